import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { PORTAL_CASES_PAGE, PortalCasePage, PortalChecklistPublicFacade } from '@xiangzhi/checklists/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { CHECKLISTS_PORTAL_STYLES } from './checklists-portal-styles';
import { formatDate } from './portal-format';
import { VillageHeading } from './village-heading';

/**
 * A village's disclosed case results on the public site (`/cases/<villageCode>`, 公开运行结果): number, matter,
 * when received and closed, and the result, 20 a page. No applicant, nothing personal.
 */
@Component({
  selector: 'xz-public-cases-page',
  imports: [RouterLink, TranslocoPipe, EmptyStateComponent, ErrorMessageComponent],
  providers: [VillageHeading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="links">
      <a [routerLink]="['/v', villageCode()]">← {{ 'checklistsPortal.nav.village' | transloco }}</a>
      <a [routerLink]="['/lists', villageCode()]" data-testid="public-cases-lists-link">{{
        'checklistsPortal.nav.lists' | transloco
      }}</a>
      <a [routerLink]="['/complaint', villageCode()]">{{ 'checklistsPortal.nav.complaint' | transloco }}</a>
    </nav>
    <h1 data-testid="public-cases-title">
      @if (heading.name(); as name) {
        {{ 'checklistsPortal.cases.village' | transloco: { village: name } }}
      } @else {
        {{ 'checklistsPortal.cases.title' | transloco }}
      }
    </h1>
    <p class="muted">{{ 'checklistsPortal.cases.intro' | transloco }}</p>
    <xz-error-message [error]="error()" />
    @if (loading()) {
      <p class="muted">{{ 'common.loading' | transloco }}</p>
    } @else if (data(); as d) {
      @if (d.items.length > 0) {
        <p class="muted" data-testid="public-cases-total">
          {{ 'checklistsPortal.cases.total' | transloco: { total: d.total } }}
        </p>
        <ul class="results">
          @for (c of d.items; track c.number) {
            <li class="card" [attr.data-testid]="'public-case-' + c.number">
              <div class="top">
                <span class="item">{{ c.itemName }}</span>
                <span class="result" [class]="'result result-' + c.result" data-testid="public-case-result">{{
                  'checklistsPortal.cases.result.' + c.result | transloco
                }}</span>
              </div>
              <div class="meta">
                <span>{{ 'checklistsPortal.cases.number' | transloco }} {{ c.number }}</span>
                <span>{{ 'checklistsPortal.cases.opened' | transloco }} {{ day(c.openedOn) }}</span>
                <span>{{ 'checklistsPortal.cases.closed' | transloco }} {{ day(c.closedOn) }}</span>
              </div>
            </li>
          }
        </ul>
        @if (pages() > 1) {
          <nav class="pager">
            <button type="button" [disabled]="page() === 0" (click)="go(page() - 1)" data-testid="public-cases-prev">
              {{ 'checklistsPortal.cases.previous' | transloco }}
            </button>
            <span>{{ 'checklistsPortal.cases.page' | transloco: { page: page() + 1, pages: pages() } }}</span>
            <button
              type="button"
              [disabled]="page() + 1 >= pages()"
              (click)="go(page() + 1)"
              data-testid="public-cases-next"
            >
              {{ 'checklistsPortal.cases.next' | transloco }}
            </button>
          </nav>
        }
      } @else {
        <xz-empty-state [text]="'checklistsPortal.cases.none' | transloco" />
      }
    }
  `,
  styles: [
    CHECKLISTS_PORTAL_STYLES,
    `
      .results {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .top {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        justify-content: space-between;
        gap: 4px 12px;
      }
      .item {
        font-weight: 600;
      }
      .result {
        padding: 0 8px;
        border-radius: 10px;
        font-size: 13px;
        white-space: nowrap;
      }
      .result-APPROVED {
        background: #f6ffed;
        color: #237804;
      }
      .result-REJECTED {
        background: #fff1f0;
        color: #a8071a;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 2px 14px;
        margin-top: 4px;
        color: #666;
        font-size: 13px;
      }
      .pager {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 8px;
      }
      .pager button {
        min-height: 44px;
        padding: 0 14px;
        border: 1px solid #d9d9d9;
        border-radius: 6px;
        background: #fff;
        font: inherit;
      }
    `,
  ],
})
export class PublicCasesPageComponent {
  private readonly facade = inject(PortalChecklistPublicFacade);
  private readonly lang = toSignal(inject(TranslocoService).langChanges$, { initialValue: 'zh-CN' });
  protected readonly heading = inject(VillageHeading);

  /** Route parameter `:villageCode`. */
  readonly villageCode = input.required<string>();

  protected readonly data = signal<PortalCasePage | null>(null);
  protected readonly page = signal(0);
  protected readonly loading = signal(true);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly pages = computed(() => Math.ceil((this.data()?.total ?? 0) / PORTAL_CASES_PAGE));

  constructor() {
    effect(() => {
      const code = this.villageCode();
      untracked(() => {
        this.heading.load(code);
        void this.load(code, 0);
      });
    });
  }

  protected day(value: string): string {
    return formatDate(value, this.lang());
  }

  protected go(page: number): void {
    void this.load(this.villageCode(), page);
  }

  private async load(code: string, page: number): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const data = await this.facade.cases(code, page);
      if (code === this.villageCode()) {
        this.data.set(data);
        this.page.set(page);
      }
    } catch (error) {
      this.data.set(null);
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }
}
