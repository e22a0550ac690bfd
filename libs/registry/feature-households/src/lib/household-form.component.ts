import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { GridItem, GridsFacade, HouseholdFacade, Residency } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDividerModule } from 'ng-zorro-antd/divider';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { MemberFieldsComponent } from './member-fields.component';
import { memberFormGroup, MemberFormGroup, revealErrors, toMemberInput } from './member-form';
import { VillageOptions } from './village-options';

/** A non-local household must say since when it lives in the village. */
export function residentSinceRequired(group: AbstractControl): ValidationErrors | null {
  const value = group.value as { residency?: Residency; residentSince?: string };
  return value.residency === 'NON_LOCAL' && !value.residentSince ? { residentSinceRequired: true } : null;
}

/** How many members are marked as the head (relation HEAD); a household needs exactly one. */
export function countHeads(members: readonly { relation: string }[]): number {
  return members.filter((m) => m.relation === 'HEAD').length;
}

/** Create a household with its members, or edit a household's own fields (members are edited on the detail page). */
@Component({
  selector: 'xz-household-form',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    NzFormModule,
    NzInputModule,
    NzSelectModule,
    NzRadioModule,
    NzCheckboxModule,
    NzButtonModule,
    NzDividerModule,
    ErrorMessageComponent,
    MemberFieldsComponent,
  ],
  providers: [VillageOptions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './household-form.component.html',
  styles: `
    :host {
      display: block;
      max-width: 960px;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
      column-gap: 16px;
    }
    .member {
      padding: 12px 16px 0;
      margin-bottom: 12px;
      border: 1px solid #f0f0f0;
      border-radius: 8px;
    }
    .member-header {
      display: flex;
      justify-content: space-between;
      align-items: center;
    }
    .form-actions {
      display: flex;
      gap: 8px;
      margin-top: 16px;
    }
    .field-error {
      color: #ff4d4f;
    }
  `,
})
export class HouseholdFormComponent {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly facade = inject(HouseholdFacade);
  private readonly gridsFacade = inject(GridsFacade);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly transloco = inject(TranslocoService);

  /** Route parameter `:id` when editing; absent when creating. */
  readonly id = input<string | undefined>(undefined);

  protected readonly villages = inject(VillageOptions).villages;
  protected readonly residencies: Residency[] = ['LOCAL_HUKOU', 'NON_LOCAL'];
  protected readonly form = this.fb.group(
    {
      villageCode: ['', Validators.required],
      gridCode: [''],
      address: ['', Validators.required],
      residency: this.fb.control<Residency>('LOCAL_HUKOU', Validators.required),
      residentSince: [''],
      participating: [true],
      members: this.fb.array<MemberFormGroup>([]),
    },
    { validators: residentSinceRequired },
  );
  protected readonly editing = computed(() => !!this.id());
  protected readonly grids = signal<GridItem[]>([]);
  /** The village of the household being edited (it cannot move village here). */
  protected readonly editVillage = signal<{ code: string; name: string } | null>(null);
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  private version = 0;
  private readonly villageCode = toSignal(this.form.controls.villageCode.valueChanges, { initialValue: '' });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => (id ? void this.loadForEdit(id) : this.startNew()));
    });
    // a single village in scope is preselected
    effect(() => {
      const villages = this.villages();
      untracked(() => {
        if (!this.editing() && villages.length === 1 && !this.form.controls.villageCode.value) {
          this.form.controls.villageCode.setValue(villages[0].code);
        }
      });
    });
    effect(() => {
      const village = this.villageCode();
      untracked(() => void this.loadGrids(village));
    });
    // a non-local household takes part only once the village committee has admitted it
    this.form.controls.residency.valueChanges.subscribe((residency) => {
      if (residency === 'NON_LOCAL' && !this.editing()) this.form.controls.participating.setValue(false);
    });
  }

  protected get members() {
    return this.form.controls.members;
  }

  protected addMember(): void {
    const member = memberFormGroup(this.fb, true);
    this.members.push(member);
  }

  protected removeMember(index: number): void {
    this.members.removeAt(index);
  }

  protected headMissing(): boolean {
    return !this.editing() && countHeads(this.members.getRawValue()) !== 1;
  }

  protected async submitHousehold(): Promise<void> {
    this.submitted.set(true);
    if (this.form.invalid || this.headMissing()) {
      revealErrors(this.form);
      this.members.controls.forEach((m) => revealErrors(m));
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.error.set(null);
    try {
      const id = this.id();
      const common = {
        gridCode: value.gridCode || null,
        address: value.address.trim(),
        residency: value.residency,
        residentSince: value.residentSince || null,
        participating: value.participating,
      };
      if (id) {
        await this.facade.update({ id, version: this.version, ...common });
        this.message.success(this.transloco.translate('households.form.saved'));
        await this.router.navigate(['/households', id]);
      } else {
        const createdId = await this.facade.create({
          regionCode: value.villageCode,
          ...common,
          members: value.members.map((m) => toMemberInput(m)),
        });
        this.message.success(this.transloco.translate('households.form.saved'));
        await this.router.navigate(['/households', createdId]);
      }
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }

  private startNew(): void {
    this.editVillage.set(null);
    this.form.controls.villageCode.enable();
    this.members.clear();
    const head = memberFormGroup(this.fb, true);
    head.patchValue({ relation: 'HEAD' });
    this.members.push(head);
  }

  private async loadForEdit(id: string): Promise<void> {
    const household = await this.facade.load(id);
    if (!household) {
      this.error.set(this.facade.error());
      return;
    }
    this.version = household.version;
    this.editVillage.set({ code: household.village.code, name: household.village.fullName });
    this.members.clear();
    this.form.patchValue({
      villageCode: household.regionCode,
      gridCode: household.gridCode ?? '',
      address: household.address,
      residency: household.residency,
      residentSince: household.residentSince ?? '',
      participating: household.participating,
    });
    this.form.controls.villageCode.disable();
  }

  private async loadGrids(villageCode: string): Promise<void> {
    this.grids.set(villageCode ? await this.gridsFacade.load(villageCode) : []);
  }
}
