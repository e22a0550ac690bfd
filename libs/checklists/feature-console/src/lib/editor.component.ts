import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  ChecklistsConsoleFacade,
  ConsoleChecklistDayCounting,
  ConsoleChecklistItem,
  ConsoleChecklistListType,
  ConsoleChecklistVersion,
  refusalDetails,
} from '@xiangzhi/checklists/data-access';
import type { FlowChart } from '@xiangzhi/checklists/util';
import { regionLevelOf } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { STATUS_COLOURS } from './checklist-labels';
import { FlowEditorComponent } from './flow-editor.component';
import { flowProblems, starterFlow } from './flow-edit';
import { fieldsOfKind, ItemForm, itemFormOf, itemInputOf, itemProblems, newItemForm, problemsOf } from './item-form';

/** A text field of the item form: the form key, the `validateItem` path (also its label key) and where it shows. */
interface FieldDef {
  key: keyof ItemForm & string;
  path: string;
  multiline: boolean;
  show: 'all' | 'handled' | 'certificate' | 'negative';
  hint?: string;
}

/** The item's text fields in the order of a published list (REFERENCE-DATA.md §2). */
export const ITEM_FIELDS: readonly FieldDef[] = [
  { key: 'code', path: 'code', multiline: false, show: 'all' },
  { key: 'name', path: 'name', multiline: false, show: 'all' },
  { key: 'category', path: 'category', multiline: false, show: 'all' },
  { key: 'forbidden', path: 'forbidden', multiline: true, show: 'negative' },
  { key: 'basis', path: 'basis', multiline: true, show: 'negative' },
  { key: 'policyBasis', path: 'policyBasis', multiline: true, show: 'handled' },
  { key: 'conditions', path: 'conditions', multiline: true, show: 'handled' },
  { key: 'materials', path: 'materials', multiline: true, show: 'handled', hint: 'onePerLine' },
  { key: 'purpose', path: 'purpose', multiline: true, show: 'certificate' },
  { key: 'sample', path: 'sample', multiline: true, show: 'certificate' },
  { key: 'timeLimitText', path: 'timeLimit.text', multiline: false, show: 'handled' },
  { key: 'responsibleBody', path: 'responsibleBody', multiline: false, show: 'all' },
  { key: 'guidingUnit', path: 'guidingUnit', multiline: false, show: 'handled' },
  { key: 'fee', path: 'fee', multiline: false, show: 'handled' },
  { key: 'oversightWho', path: 'oversight.who', multiline: false, show: 'all' },
  { key: 'oversightOfWhom', path: 'oversight.ofWhom', multiline: false, show: 'all' },
  { key: 'oversightHow', path: 'oversight.how', multiline: false, show: 'all' },
  { key: 'disclosureWhat', path: 'disclosure.what', multiline: false, show: 'all' },
  { key: 'disclosureHow', path: 'disclosure.how', multiline: false, show: 'all' },
  { key: 'consultation', path: 'consultation', multiline: false, show: 'all' },
  { key: 'keywords', path: 'keywords', multiline: true, show: 'all', hint: 'onePerLine' },
  { key: 'notes', path: 'notes', multiline: true, show: 'all' },
];

/**
 * 草稿编辑: the items of a draft (edit in a form with every field and the flow editor, add, remove), the problems of
 * `validateItem` under each field, and the step after: a village submits with reason and legal basis, a town
 * publishes its template. The server re-checks everything and its coded refusals are shown translated.
 */
@Component({
  selector: 'xz-checklist-editor',
  imports: [
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzButtonModule,
    NzCardModule,
    NzInputModule,
    NzInputNumberModule,
    NzModalModule,
    NzPopconfirmModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    ErrorMessageComponent,
    FlowEditorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './editor.component.html',
  styleUrl: './checklist-pages.css',
})
export class ChecklistEditorComponent {
  private readonly facade = inject(ChecklistsConsoleFacade);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly version = signal<ConsoleChecklistVersion | null>(null);
  protected readonly type = signal<ConsoleChecklistListType | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly statusColours = STATUS_COLOURS;
  protected readonly fieldDefs = ITEM_FIELDS;
  protected readonly countings: readonly ConsoleChecklistDayCounting[] = ['CALENDAR', 'WORKING'];

  /** The item under edit (null: none open), and the code it had when opened (null: a new item). */
  protected readonly form = signal<ItemForm | null>(null);
  protected readonly editingCode = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<ApiError | null>(null);
  protected readonly saved = signal(false);

  protected readonly isTown = computed(() => {
    const v = this.version();
    return !!v && regionLevelOf(v.regionCode) === 'TOWN';
  });
  protected readonly kinds = computed(() => fieldsOfKind(this.type()?.kind ?? 'GENERAL'));
  protected readonly visibleFields = computed(() => {
    const k = this.kinds();
    return ITEM_FIELDS.filter(
      (f) =>
        f.show === 'all' ||
        (f.show === 'handled' && k.handled) ||
        (f.show === 'certificate' && k.certificate) ||
        (f.show === 'negative' && k.negative),
    );
  });
  protected readonly problems = computed(() => {
    const form = this.form();
    const type = this.type();
    return form && type ? itemProblems(form, type) : [];
  });
  protected readonly flowProblemCount = computed(() => {
    const flow = this.form()?.flow;
    return flow ? flowProblems(flow).length : 0;
  });
  protected readonly saveRefusal = computed(() => refusalDetails(this.saveError()));

  /** The step after editing: submit (village) or publish (town). */
  protected readonly finishing = signal(false);
  protected readonly changeReason = signal('');
  protected readonly legalBasis = signal('');
  protected readonly finishTried = signal(false);
  protected readonly finishError = signal<ApiError | null>(null);
  protected readonly finishRefusal = computed(() => refusalDetails(this.finishError()));

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  async load(id: string = this.id()): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const v = await this.facade.version(id);
      const types = await this.facade.listTypes(v.regionCode);
      this.version.set(v);
      this.type.set(types.find((t) => t.code === v.listType) ?? null);
      this.changeReason.set(v.changeReason ?? '');
      this.legalBasis.set(v.legalBasis ?? '');
      if (v.status !== 'DRAFT') this.error.set(new ApiError('CHECKLIST_NOT_DRAFT', 'CONFLICT'));
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected fieldProblems(path: string) {
    return problemsOf(this.problems(), path);
  }

  protected hasFlow(item: ConsoleChecklistItem): boolean {
    return !!item.flow && item.flow.steps.length > 0;
  }

  protected editItem(item: ConsoleChecklistItem): void {
    this.saveError.set(null);
    this.saved.set(false);
    this.editingCode.set(item.code);
    this.form.set(itemFormOf(item));
  }

  protected newItem(): void {
    const v = this.version();
    const type = this.type();
    if (!v || !type) return;
    this.saveError.set(null);
    this.saved.set(false);
    this.editingCode.set(null);
    this.form.set(
      newItemForm(
        type.kind,
        v.items.map((i) => i.code),
        prefixOf(v.items),
      ),
    );
  }

  protected closeForm(): void {
    this.form.set(null);
    this.editingCode.set(null);
  }

  protected patch(patch: Partial<ItemForm>): void {
    this.saved.set(false);
    this.form.update((f) => (f ? { ...f, ...patch } : f));
  }

  protected patchField(key: keyof ItemForm, value: string): void {
    this.patch({ [key]: value } as Partial<ItemForm>);
  }

  protected value(form: ItemForm, key: keyof ItemForm): string {
    const v = form[key];
    return typeof v === 'string' ? v : '';
  }

  protected setDays(days: number | null): void {
    this.patch({
      timeLimitDays: days === null || days === undefined || Number.isNaN(days) ? null : Math.max(0, Math.floor(days)),
    });
  }

  protected setFlow(flow: FlowChart): void {
    this.patch({ flow });
  }

  protected addFlow(): void {
    this.patch({ flow: starterFlow() });
  }

  protected dropFlow(): void {
    this.patch({ flow: null });
  }

  async saveItem(): Promise<void> {
    const v = this.version();
    const form = this.form();
    const type = this.type();
    if (!v || !form || !type) return;
    this.saving.set(true);
    this.saveError.set(null);
    try {
      const input = itemInputOf(form, type.kind);
      const before = this.editingCode();
      const next = await this.facade.updateDraft(v.id, {
        upsertItems: [input],
        ...(before && before !== input.code ? { removeItemCodes: [before] } : {}),
      });
      this.version.set(next);
      this.editingCode.set(input.code);
      this.saved.set(true);
    } catch (error) {
      this.saveError.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }

  async removeItem(code: string): Promise<void> {
    const v = this.version();
    if (!v) return;
    this.error.set(null);
    try {
      this.version.set(await this.facade.removeItem(v.id, code));
      if (this.editingCode() === code) this.closeForm();
    } catch (error) {
      this.error.set(ApiError.from(error));
    }
  }

  protected openFinish(): void {
    this.finishTried.set(false);
    this.finishError.set(null);
    this.finishing.set(true);
  }

  protected finishMissing(): { reason: boolean; basis: boolean } {
    if (this.isTown()) return { reason: false, basis: false };
    return { reason: !this.changeReason().trim(), basis: !this.legalBasis().trim() };
  }

  async finish(): Promise<void> {
    const v = this.version();
    if (!v) return;
    this.finishTried.set(true);
    const missing = this.finishMissing();
    if (missing.reason || missing.basis) return;
    this.saving.set(true);
    this.finishError.set(null);
    try {
      const done = this.isTown()
        ? await this.facade.publishTemplate(v.id, this.changeReason(), this.legalBasis())
        : await this.facade.submit(v.id, this.changeReason(), this.legalBasis());
      this.finishing.set(false);
      await this.router.navigate(['..'], { relativeTo: this.route, replaceUrl: true });
      this.version.set(done);
    } catch (error) {
      this.finishError.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }
}

/** The code prefix most items of the list use (ZZ-001 → ZZ), for a new item's code. */
export function prefixOf(items: readonly { code: string }[]): string {
  const counts = new Map<string, number>();
  for (const item of items) {
    const prefix = /^([A-Za-z]+)-\d+$/.exec(item.code)?.[1];
    if (prefix) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'SX';
}
