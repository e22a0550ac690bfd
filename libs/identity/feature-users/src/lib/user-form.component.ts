import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { Role, UserRow, UsersFacade } from '@xiangzhi/identity/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { PickedRegion, RegionPickerComponent } from './region-picker.component';
import { MIN_PASSWORD_LENGTH } from './users-scope';

/** Same rules as the server (usernames are stored in lower case). */
const USERNAME_PATTERN = /^[A-Za-z0-9._@-]{3,64}$/;
const PHONE_PATTERN = /^\+?[0-9][0-9 -]{4,30}$/;

/** Create or edit a user. Roles offered are those the signed-in user may manage. */
@Component({
  selector: 'xz-user-form',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    NzFormModule,
    NzInputModule,
    NzSelectModule,
    NzButtonModule,
    ErrorMessageComponent,
    RegionPickerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-form.component.html',
})
export class UserFormComponent implements OnInit {
  private readonly users = inject(UsersFacade);
  private readonly fb = inject(NonNullableFormBuilder);

  /** The user to edit; null to create one. */
  readonly user = input<UserRow | null>(null);
  readonly saved = output<void>();
  readonly cancelled = output<void>();

  protected readonly minLength = MIN_PASSWORD_LENGTH;
  protected readonly roles = this.users.manageableRoles;
  protected readonly form = this.fb.group({
    username: ['', [Validators.required, Validators.pattern(USERNAME_PATTERN)]],
    displayName: ['', Validators.required],
    password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
    role: this.fb.control<Role | ''>('', Validators.required),
    regionCode: ['', Validators.required],
    gridCodes: this.fb.control<string[]>([]),
    phone: ['', Validators.pattern(PHONE_PATTERN)],
  });
  protected readonly regionName = signal('');
  protected readonly regionLevel = signal('');
  protected readonly grids = signal<{ code: string; name: string }[]>([]);
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  private readonly role = toSignal(this.form.controls.role.valueChanges, { initialValue: '' as Role | '' });
  protected readonly showGrids = computed(() => this.role() === 'GRID_WORKER' && this.regionLevel() === 'VILLAGE');
  protected readonly editing = computed(() => this.user() !== null);

  ngOnInit(): void {
    const user = this.user();
    if (!user) return;
    this.form.patchValue({
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      regionCode: user.regionCode,
      gridCodes: [...user.gridCodes],
    });
    this.form.controls.username.disable();
    this.form.controls.password.disable();
    this.regionName.set(user.region?.fullName ?? user.regionCode);
    this.regionLevel.set(user.regionCode.length === 12 && !user.regionCode.endsWith('000') ? 'VILLAGE' : '');
    if (this.regionLevel() === 'VILLAGE') void this.loadGrids(user.regionCode);
  }

  protected pickRegion(region: PickedRegion | null): void {
    this.form.controls.regionCode.setValue(region?.code ?? '');
    this.form.controls.regionCode.markAsDirty();
    this.regionName.set(region?.name ?? '');
    this.regionLevel.set(region?.level ?? '');
    this.form.controls.gridCodes.setValue([]);
    this.grids.set([]);
    if (region?.level === 'VILLAGE') void this.loadGrids(region.code);
  }

  protected async submitUser(): Promise<void> {
    if (this.form.invalid) {
      Object.values(this.form.controls).forEach((c) => {
        c.markAsDirty();
        c.updateValueAndValidity();
      });
      return;
    }
    const value = this.form.getRawValue();
    const role = value.role as Role;
    const gridCodes = role === 'GRID_WORKER' ? value.gridCodes : [];
    const phone = value.phone.trim() || null;
    this.saving.set(true);
    this.error.set(null);
    try {
      const user = this.user();
      if (user) {
        await this.users.update({
          id: user.id,
          displayName: value.displayName.trim(),
          role,
          regionCode: value.regionCode,
          gridCodes,
          ...(phone ? { phone } : {}),
        });
      } else {
        await this.users.create({
          username: value.username.trim(),
          displayName: value.displayName.trim(),
          password: value.password,
          role,
          regionCode: value.regionCode,
          gridCodes,
          phone,
        });
      }
      this.saved.emit();
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }

  private async loadGrids(villageCode: string): Promise<void> {
    this.grids.set(await this.users.villageGrids(villageCode).catch(() => []));
  }
}
