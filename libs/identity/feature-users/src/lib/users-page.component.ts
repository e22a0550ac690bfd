import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { provideTranslocoScope, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ROLES, Role, SessionFacade, UserRow, UsersFacade } from '@xiangzhi/identity/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { PickedRegion, RegionPickerComponent } from './region-picker.component';
import { UserFormComponent } from './user-form.component';
import { MIN_PASSWORD_LENGTH, USERS_SCOPE } from './users-scope';

/** Users administration: list with paging, search, role and region filters; create, edit, enable, reset password. */
@Component({
  selector: 'xz-users-page',
  imports: [
    DatePipe,
    FormsModule,
    TranslocoPipe,
    NzTableModule,
    NzButtonModule,
    NzInputModule,
    NzSelectModule,
    NzModalModule,
    NzPopconfirmModule,
    NzTagModule,
    ErrorMessageComponent,
    RegionPickerComponent,
    UserFormComponent,
  ],
  providers: [provideTranslocoScope(USERS_SCOPE)],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-page.component.html',
  styles: `
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 16px;
    }
    .toolbar .search {
      width: 240px;
    }
    .toolbar .role {
      width: 200px;
    }
    .spacer {
      flex: 1;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
  `,
})
export class UsersPageComponent implements OnInit {
  private readonly usersFacade = inject(UsersFacade);
  private readonly session = inject(SessionFacade);
  private readonly message = inject(NzMessageService);
  private readonly transloco = inject(TranslocoService);

  protected readonly items = this.usersFacade.items;
  protected readonly total = this.usersFacade.total;
  protected readonly loading = this.usersFacade.loading;
  protected readonly error = this.usersFacade.error;
  protected readonly query = this.usersFacade.query;
  protected readonly roles = ROLES;
  protected readonly canManage = computed(
    () => this.session.can('USER_MANAGE') && this.usersFacade.manageableRoles().length > 0,
  );
  protected readonly minLength = MIN_PASSWORD_LENGTH;

  protected readonly search = signal(this.usersFacade.query().search);
  /** The user being edited; `null` for a new one; `undefined` when the form is closed. */
  protected readonly editing = signal<UserRow | null | undefined>(undefined);
  protected readonly resetting = signal<UserRow | null>(null);
  protected readonly newPassword = signal('');
  protected readonly resetError = signal<ApiError | null>(null);
  protected readonly resetBusy = signal(false);
  protected readonly rowError = signal<ApiError | null>(null);

  ngOnInit(): void {
    void this.usersFacade.load();
  }

  protected submitSearch(): void {
    void this.usersFacade.load({ search: this.search() });
  }

  protected filterRole(role: Role | null): void {
    void this.usersFacade.load({ role });
  }

  protected filterRegion(region: PickedRegion | null): void {
    void this.usersFacade.load({ regionCode: region?.code ?? null });
  }

  protected changePage(pageIndex: number): void {
    void this.usersFacade.load({ pageIndex });
  }

  protected changePageSize(pageSize: number): void {
    void this.usersFacade.load({ pageSize });
  }

  protected openCreate(): void {
    this.editing.set(null);
  }

  protected openEdit(user: UserRow): void {
    this.editing.set(user);
  }

  protected closeForm(): void {
    this.editing.set(undefined);
  }

  protected userSaved(): void {
    this.editing.set(undefined);
    this.message.success(this.transloco.translate('users.saved'));
  }

  protected async toggleActive(user: UserRow): Promise<void> {
    this.rowError.set(null);
    try {
      await this.usersFacade.setActive(user.id, !user.active);
    } catch (error) {
      this.rowError.set(ApiError.from(error));
    }
  }

  protected openReset(user: UserRow): void {
    this.resetting.set(user);
    this.newPassword.set('');
    this.resetError.set(null);
  }

  protected closeReset(): void {
    this.resetting.set(null);
  }

  protected async submitReset(): Promise<void> {
    const user = this.resetting();
    if (!user || this.newPassword().length < MIN_PASSWORD_LENGTH) return;
    this.resetBusy.set(true);
    this.resetError.set(null);
    try {
      await this.usersFacade.resetPassword(user.id, this.newPassword());
      this.resetting.set(null);
      this.message.success(this.transloco.translate('users.passwordReset'));
    } catch (error) {
      this.resetError.set(ApiError.from(error));
    } finally {
      this.resetBusy.set(false);
    }
  }
}
