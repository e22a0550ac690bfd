import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { ConsoleShop, ShopsConsoleFacade } from '@xiangzhi/shop/data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { PhotoUploadComponent } from './photo-upload.component';
import { SixHaveRow, sixHaveInputs, sixHaveRows } from './shop-rules';

/** 六有: a description and a photo for each of the six; the missing ones are marked. */
@Component({
  selector: 'xz-shop-six-haves-tab',
  imports: [
    FormsModule,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzInputModule,
    NzTagModule,
    ErrorMessageComponent,
    PhotoUploadComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (missing().length > 0) {
      <nz-alert
        nzType="warning"
        nzShowIcon
        [nzMessage]="'shopConsole.sixHaves.missing' | transloco: { count: missing().length }"
        [nzDescription]="missingTpl"
        data-testid="six-missing"
      />
      <ng-template #missingTpl>
        @for (row of missing(); track row.key) {
          <nz-tag nzColor="red">{{ 'shopConsole.sixHave.' + row.key | transloco }}</nz-tag>
        }
      </ng-template>
    } @else {
      <nz-alert nzType="success" nzShowIcon [nzMessage]="'shopConsole.sixHaves.complete' | transloco" />
    }
    <div class="six">
      @for (row of rows(); track row.key) {
        <section class="six-card" [class.missing]="!row.present" [attr.data-testid]="'six-' + row.key">
          <h4>
            <span>{{ 'shopConsole.sixHave.' + row.key | transloco }}</span>
            <nz-tag [nzColor]="row.present ? 'green' : 'red'">
              {{ (row.present ? 'shopConsole.sixHaves.present' : 'shopConsole.sixHaves.absent') | transloco }}
            </nz-tag>
          </h4>
          <textarea
            nz-input
            rows="2"
            [disabled]="!canManage()"
            [placeholder]="'shopConsole.sixHaves.descriptionHint' | transloco"
            [ngModel]="row.description"
            (ngModelChange)="patch(row.key, { description: $event })"
          ></textarea>
          <xz-shop-photo-upload
            [disabled]="!canManage()"
            [fileId]="row.photoFileId"
            (fileIdChange)="patch(row.key, { photoFileId: $event })"
            (busyChange)="busy.set($event)"
          />
        </section>
      }
    </div>
    <xz-error-message [error]="error()" />
    @if (canManage()) {
      <div class="toolbar">
        <button
          nz-button
          nzType="primary"
          [nzLoading]="saving()"
          [disabled]="busy()"
          (click)="save()"
          data-testid="six-save"
        >
          {{ 'common.save' | transloco }}
        </button>
      </div>
    }
  `,
  styleUrl: './shop-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class SixHavesTabComponent {
  private readonly facade = inject(ShopsConsoleFacade);
  private readonly session = inject(SessionFacade);
  readonly shop = input.required<ConsoleShop>();
  readonly changed = output<ConsoleShop>();

  protected readonly canManage = computed(() => this.session.can('SHOP_MANAGE'));
  protected readonly rows = signal<SixHaveRow[]>([]);
  protected readonly missing = computed(() => this.rows().filter((r) => !r.present));
  protected readonly saving = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  constructor() {
    effect(() => this.rows.set(sixHaveRows(this.shop())));
  }

  protected patch(key: string, change: Partial<Pick<SixHaveRow, 'description' | 'photoFileId'>>): void {
    this.rows.update((rows) => rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  }

  async save(): Promise<void> {
    this.saving.set(true);
    this.error.set(null);
    try {
      this.changed.emit(await this.facade.saveSixHaves(this.shop(), sixHaveInputs(this.rows())));
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }
}
