import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  WritableSignal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  itemFormValue,
  LedgerGrants,
  parametersFormValue,
  parametersPatch,
  pointsRange,
  SCHEME_CHOICES,
  SchemeItem,
  SchemeItemFormValue,
  SchemeParametersFormValue,
  SchemesFacade,
  schemeStatusColor,
  SchemeVersionDetail,
  toSchemeItemInput,
} from '@xiangzhi/points/data-access';
import { takesEntitlement } from '@xiangzhi/points/util';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ParameterSummaryComponent } from './parameter-summary.component';

/** The item the server refused as taking an entitlement (seed 002), from its error. */
export function refusedItemCode(error: ApiError | null): string | null {
  if (error?.code !== 'SCHEME_ITEM_TAKES_ENTITLEMENT') return null;
  const code = error.fields['itemCode'];
  return typeof code === 'string' ? code : null;
}

/** What the item dialog should warn about before saving (the server decides). */
export function itemWarnings(value: SchemeItemFormValue): ('entitlement' | 'range')[] {
  const warnings: ('entitlement' | 'range')[] = [];
  if (
    takesEntitlement({
      kind: value.kind,
      name: value.name,
      category: value.category,
      publicWording: value.publicWording,
    })
  ) {
    warnings.push('entitlement');
  }
  if (value.minPoints > value.maxPoints) warnings.push('range');
  return warnings;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** One version: parameters and items; a draft is edited and submitted, a submitted version approved or rejected. */
@Component({
  selector: 'xz-scheme-editor',
  imports: [
    DatePipe,
    FormsModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzCheckboxModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    NzPopconfirmModule,
    NzSelectModule,
    NzSpinModule,
    NzTableModule,
    NzTagModule,
    ErrorMessageComponent,
    ParameterSummaryComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scheme-editor.component.html',
  styleUrl: './schemes-pages.css',
})
export class SchemeEditorComponent {
  private readonly facade = inject(SchemesFacade);
  private readonly grants = inject(LedgerGrants);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly message = inject(NzMessageService);
  private readonly transloco = inject(TranslocoService);

  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly choices = SCHEME_CHOICES;
  protected readonly months = MONTHS;
  protected readonly version = signal<SchemeVersionDetail | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly saving = signal(false);
  protected readonly paramsError = signal<ApiError | null>(null);
  protected readonly canEdit = computed(
    () => this.version()?.status === 'DRAFT' && this.grants.can('POINTS_SCHEME_EDIT'),
  );
  protected readonly canDecide = computed(
    () => this.version()?.status === 'SUBMITTED' && this.grants.can('POINTS_SCHEME_MANAGE'),
  );

  protected readonly nameControl = this.fb.control('', [Validators.required, Validators.maxLength(200)]);
  protected readonly params = this.fb.group({
    subjectModel: this.fb.control<SchemeParametersFormValue['subjectModel']>('HOUSEHOLD'),
    basePoints: this.fb.control(0, [Validators.required, Validators.min(0)]),
    cycle: this.fb.control<SchemeParametersFormValue['cycle']>('ANNUAL_RESET'),
    rankingBasis: this.fb.control<SchemeParametersFormValue['rankingBasis']>('HOUSEHOLD_TOTAL'),
    exchangeValuePoints: this.fb.control<number | null>(null, Validators.min(1)),
    exchangeValueYuan: this.fb.control<number | null>(null, Validators.min(0)),
    exchangeableRule: this.fb.control<SchemeParametersFormValue['exchangeableRule']>('BALANCE'),
    exchangeThreshold: this.fb.control(0, [Validators.required, Validators.min(0)]),
    exchangeWindowMonths: this.fb.control<number[]>([]),
    exchangeWindowLabel: this.fb.control(''),
    blackListBlocksExchange: this.fb.control(false),
    awardRule: this.fb.control<SchemeParametersFormValue['awardRule']>('NONE'),
    reviewCadenceMonths: this.fb.control(1, [Validators.required, Validators.min(1)]),
    publicationCadenceMonths: this.fb.control(3, [Validators.required, Validators.min(1)]),
    objectionWindowDays: this.fb.control(20, [Validators.required, Validators.min(1)]),
    villageAdoption: this.fb.control<SchemeParametersFormValue['villageAdoption']>('APPROVAL'),
  });

  /** The item dialog: undefined = closed, null = a new item, else the item edited. */
  protected readonly editing = signal<SchemeItem | null | undefined>(undefined);
  protected readonly itemForm = this.fb.group({
    code: this.fb.control('', [Validators.required, Validators.maxLength(32)]),
    category: this.fb.control('', [Validators.required, Validators.maxLength(60)]),
    name: this.fb.control('', [Validators.required, Validators.maxLength(200)]),
    kind: this.fb.control<SchemeItemFormValue['kind']>('POSITIVE'),
    minPoints: this.fb.control(1, [Validators.required, Validators.min(0)]),
    maxPoints: this.fb.control(1, [Validators.required, Validators.min(0)]),
    subject: this.fb.control<SchemeItemFormValue['subject']>('HOUSEHOLD'),
    capPerPeriod: this.fb.control<number | null>(null, Validators.min(1)),
    evidenceRequired: this.fb.control(false),
    publicWording: this.fb.control('', Validators.maxLength(200)),
    example: this.fb.control(false),
  });
  private readonly itemValue = toSignal(this.itemForm.valueChanges, { initialValue: this.itemForm.getRawValue() });
  protected readonly itemWarnings = computed(() => {
    this.itemValue();
    return itemWarnings(this.itemForm.getRawValue());
  });
  protected readonly itemError = signal<ApiError | null>(null);
  /** The code the server last refused as taking an entitlement (marked in the table). */
  protected readonly refusedCode = signal<string | null>(null);

  /** Submit / approve / reject dialogs. */
  protected readonly deciding = signal<'submit' | 'approve' | 'reject' | null>(null);
  protected readonly reason = signal('');
  protected readonly reasonMissing = signal(false);
  protected readonly decisionError = signal<ApiError | null>(null);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected statusColor(status: SchemeVersionDetail['status']): string {
    return schemeStatusColor(status);
  }

  protected range(item: SchemeItem): string {
    return pointsRange(item);
  }

  protected async saveParameters(): Promise<void> {
    const version = this.version();
    if (!version || this.params.invalid || this.nameControl.invalid) {
      this.params.markAllAsTouched();
      return;
    }
    const patch = parametersPatch(version.parameters, this.params.getRawValue());
    const name = this.nameControl.value.trim();
    if (!patch && name === version.name) {
      this.message.info(this.transloco.translate('schemes.editor.nothingChanged'));
      return;
    }
    await this.write(this.paramsError, () =>
      this.facade.updateDraft({ id: version.id, parameters: patch, name: name !== version.name ? name : null }),
    );
  }

  protected openItem(item: SchemeItem | null): void {
    this.itemForm.reset(itemFormValue(item));
    this.itemError.set(null);
    this.editing.set(item);
  }

  protected async saveItem(): Promise<void> {
    const version = this.version();
    const editing = this.editing();
    if (!version || editing === undefined) return;
    if (this.itemForm.invalid) {
      this.itemForm.markAllAsTouched();
      return;
    }
    const input = toSchemeItemInput(this.itemForm.getRawValue());
    const renamed = editing && editing.code !== input.itemCode ? [editing.code] : null;
    const ok = await this.write(this.itemError, () =>
      this.facade.updateDraft({ id: version.id, upsertItems: [input], removeItems: renamed }),
    );
    if (ok) {
      this.editing.set(undefined);
      if (this.refusedCode() === input.itemCode) this.refusedCode.set(null);
    } else {
      this.refusedCode.set(refusedItemCode(this.itemError()));
    }
  }

  protected async removeItem(item: SchemeItem): Promise<void> {
    const version = this.version();
    if (!version) return;
    await this.write(this.paramsError, () => this.facade.updateDraft({ id: version.id, removeItems: [item.code] }));
  }

  protected openDecision(kind: 'submit' | 'approve' | 'reject'): void {
    this.reason.set('');
    this.reasonMissing.set(false);
    this.decisionError.set(null);
    this.deciding.set(kind);
  }

  protected async confirmDecision(): Promise<void> {
    const version = this.version();
    const kind = this.deciding();
    if (!version || !kind) return;
    if (kind === 'reject' && !this.reason().trim()) {
      this.reasonMissing.set(true);
      return;
    }
    const reason = this.reason();
    const ok = await this.write(this.decisionError, () =>
      kind === 'submit'
        ? this.facade.submit(version.id, reason)
        : kind === 'approve'
          ? this.facade.approve(version.id, reason)
          : this.facade.reject(version.id, reason),
    );
    if (ok) this.deciding.set(null);
  }

  private async write(
    errorSignal: WritableSignal<ApiError | null>,
    call: () => Promise<SchemeVersionDetail>,
  ): Promise<boolean> {
    this.saving.set(true);
    errorSignal.set(null);
    try {
      this.show(await call());
      this.message.success(this.transloco.translate('common.saved'));
      return true;
    } catch (error) {
      errorSignal.set(ApiError.from(error));
      return false;
    } finally {
      this.saving.set(false);
    }
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.show(await this.facade.version(id));
    } catch (error) {
      this.loadError.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  private show(version: SchemeVersionDetail): void {
    this.version.set(version);
    this.nameControl.setValue(version.name);
    this.params.reset(parametersFormValue(version.parameters));
  }
}
