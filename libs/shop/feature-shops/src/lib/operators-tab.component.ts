import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { ConsoleOperatorCandidate, ConsoleShop, ShopsConsoleFacade } from '@xiangzhi/shop/data-access';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';

/** 经营者: the SHOP_OPERATOR users bound to the shop; bind one more or unbind. */
@Component({
  selector: 'xz-shop-operators-tab',
  imports: [
    FormsModule,
    TranslocoPipe,
    NzButtonModule,
    NzPopconfirmModule,
    NzSelectModule,
    NzTableModule,
    ErrorMessageComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (canManage()) {
      <div class="toolbar">
        <nz-select
          class="filter"
          nzShowSearch
          nzServerSearch
          [nzLoading]="searching()"
          [nzPlaceHolder]="'shopConsole.operators.pick' | transloco"
          [(ngModel)]="picked"
          (nzOnSearch)="search($event)"
          data-testid="operator-pick"
        >
          @for (user of available(); track user.id) {
            <nz-option [nzValue]="user.id" [nzLabel]="user.displayName + ' (' + user.username + ')'" />
          }
        </nz-select>
        <button
          nz-button
          nzType="primary"
          [disabled]="!picked"
          [nzLoading]="saving()"
          (click)="bind()"
          data-testid="operator-bind"
        >
          {{ 'shopConsole.operators.bind' | transloco }}
        </button>
      </div>
    }
    <xz-error-message [error]="error()" />
    <nz-table
      #table
      nzSize="middle"
      [nzData]="shop().operators"
      [nzShowPagination]="false"
      [nzNoResult]="'shopConsole.operators.empty' | transloco"
      data-testid="operator-table"
    >
      <thead>
        <tr>
          <th>{{ 'shopConsole.operators.name' | transloco }}</th>
          @if (canManage()) {
            <th>{{ 'common.actions' | transloco }}</th>
          }
        </tr>
      </thead>
      <tbody>
        @for (operator of table.data; track operator.userId) {
          <tr data-testid="operator-row">
            <td>{{ operator.displayName }}</td>
            @if (canManage()) {
              <td>
                <a
                  nz-popconfirm
                  [nzPopconfirmTitle]="'shopConsole.operators.unbindConfirm' | transloco"
                  (nzOnConfirm)="unbind(operator.userId)"
                  data-testid="operator-unbind"
                >
                  {{ 'shopConsole.operators.unbind' | transloco }}
                </a>
              </td>
            }
          </tr>
        }
      </tbody>
    </nz-table>
  `,
  styleUrl: './shop-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class OperatorsTabComponent implements OnInit {
  private readonly facade = inject(ShopsConsoleFacade);
  private readonly session = inject(SessionFacade);
  readonly shop = input.required<ConsoleShop>();
  readonly changed = output<ConsoleShop>();

  protected readonly canManage = computed(() => this.session.can('SHOP_MANAGE'));
  protected readonly candidates = signal<ConsoleOperatorCandidate[]>([]);
  protected readonly available = computed(() => {
    const bound = new Set(this.shop().operators.map((o) => o.userId));
    return this.candidates().filter((u) => u.active && !bound.has(u.id));
  });
  protected readonly searching = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected picked: string | null = null;

  ngOnInit(): void {
    if (this.canManage()) void this.search('');
  }

  async search(text: string): Promise<void> {
    this.searching.set(true);
    try {
      this.candidates.set(await this.facade.operatorCandidates(this.shop().regionCode, text));
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.searching.set(false);
    }
  }

  async bind(): Promise<void> {
    if (!this.picked) return;
    await this.run(() => this.facade.bindOperator(this.shop().id, this.picked as string));
    this.picked = null;
  }

  async unbind(userId: string): Promise<void> {
    await this.run(() => this.facade.unbindOperator(this.shop().id, userId));
  }

  private async run(call: () => Promise<ConsoleShop>): Promise<void> {
    this.saving.set(true);
    this.error.set(null);
    try {
      this.changed.emit(await call());
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }
}
