import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  checklistPosterUrl,
  PortalChecklist,
  PortalChecklists,
  PortalChecklistsFacade,
} from '@xiangzhi/checklists/data-access';
import { PublicRegistryFacade } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { ChecklistItemComponent } from './checklist-item.component';
import { CHECKLISTS_PORTAL_STYLES } from './checklists-portal-styles';
import { formatDay } from './portal-format';

/**
 * A village's lists in force on the public site (`/lists/<villageCode>`, optionally `?list=CERTIFICATE&item=ZM-001`):
 * one tab per list (in the county's display order) with its version, the day it came into force, why it changed,
 * the poster downloads, and its items with their details and flow charts. No sign-in, nothing personal.
 */
@Component({
  selector: 'xz-checklist-lists-page',
  imports: [RouterLink, TranslocoPipe, EmptyStateComponent, ErrorMessageComponent, ChecklistItemComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="links">
      <a [routerLink]="['/v', villageCode()]" data-testid="checklists-village-link"
        >← {{ 'checklistsPortal.nav.village' | transloco }}</a
      >
      <a [routerLink]="['/cases', villageCode()]" data-testid="checklists-cases-link">{{
        'checklistsPortal.nav.cases' | transloco
      }}</a>
      <a [routerLink]="['/complaint', villageCode()]" data-testid="checklists-complaint-link">{{
        'checklistsPortal.nav.complaint' | transloco
      }}</a>
    </nav>
    <h1 data-testid="checklists-title">
      @if (villageName(); as name) {
        {{ 'checklistsPortal.lists.village' | transloco: { village: name } }}
      } @else {
        {{ 'checklistsPortal.lists.title' | transloco }}
      }
    </h1>
    <p class="muted">{{ 'checklistsPortal.lists.intro' | transloco }}</p>
    @if (data()?.lastChangedAt; as changed) {
      <p class="muted" data-testid="checklists-last-changed">
        {{ 'checklistsPortal.lists.lastChanged' | transloco: { date: day(changed) } }}
      </p>
    }
    <xz-error-message [error]="error()" />
    @if (loading()) {
      <p class="muted">{{ 'common.loading' | transloco }}</p>
    } @else if (lists().length === 0) {
      @if (!error()) {
        <xz-empty-state [text]="'checklistsPortal.lists.none' | transloco" />
      }
    } @else {
      <div class="tabs" role="tablist" [attr.aria-label]="'checklistsPortal.lists.tabs' | transloco">
        @for (list of lists(); track list.listType) {
          <button
            type="button"
            role="tab"
            [attr.aria-selected]="list.listType === current()?.listType"
            [class.active]="list.listType === current()?.listType"
            [attr.data-testid]="'checklist-tab-' + list.listType"
            (click)="selected.set(list.listType)"
          >
            {{ listName(list) }} <span class="count">{{ list.items.length }}</span>
          </button>
        }
      </div>
      @if (current(); as list) {
        <section class="card" role="tabpanel" [attr.data-testid]="'checklist-list-' + list.listType">
          <h2>{{ listName(list) }}</h2>
          <p class="version" data-testid="checklist-version">
            {{ 'checklistsPortal.lists.version' | transloco: { version: list.version, date: day(list.lastChangedAt) } }}
            · {{ 'checklistsPortal.lists.count' | transloco: { count: list.items.length } }}
          </p>
          @if (list.changeReason) {
            <p class="note" data-testid="checklist-change-reason">
              <span class="muted">{{ 'checklistsPortal.lists.changeReason' | transloco }}：</span
              >{{ list.changeReason }}
            </p>
          }
          @if (list.legalBasis) {
            <p class="note">
              <span class="muted">{{ 'checklistsPortal.lists.legalBasis' | transloco }}：</span>{{ list.legalBasis }}
            </p>
          }
          <p class="posters">
            <a
              [href]="poster(list.listType, 'A4')"
              target="_blank"
              rel="noopener"
              [attr.data-testid]="'checklist-poster-' + list.listType"
              >{{ 'checklistsPortal.lists.poster' | transloco }}</a
            >
            <a
              [href]="poster(list.listType, 'A3')"
              target="_blank"
              rel="noopener"
              [attr.data-testid]="'checklist-poster-a3-' + list.listType"
              >{{ 'checklistsPortal.lists.posterA3' | transloco }}</a
            >
          </p>
          @for (item of list.items; track item.code) {
            <xz-checklist-item [item]="item" [open]="item.code === openItem()" />
          } @empty {
            <xz-empty-state [text]="'checklistsPortal.lists.noItems' | transloco" />
          }
        </section>
      }
    }
  `,
  styles: [
    CHECKLISTS_PORTAL_STYLES,
    `
      .tabs {
        display: flex;
        gap: 6px;
        margin: 12px 0 0;
        overflow-x: auto;
      }
      .tabs button {
        flex: 0 0 auto;
        min-height: 44px;
        padding: 0 12px;
        border: 1px solid #eee;
        border-radius: 22px;
        background: #fff;
        color: #333;
        font: inherit;
        cursor: pointer;
      }
      .tabs button.active {
        border-color: #c41d7f;
        background: #fff0f6;
        color: #c41d7f;
        font-weight: 600;
      }
      .count {
        color: #999;
        font-size: 13px;
      }
      .version {
        margin: 0 0 6px;
      }
      .note {
        margin: 0 0 6px;
        font-size: 14px;
      }
      .posters {
        display: flex;
        flex-wrap: wrap;
        gap: 0 16px;
        margin: 4px 0 8px;
      }
      .posters a {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
      }
    `,
  ],
})
export class ChecklistListsPageComponent {
  private readonly facade = inject(PortalChecklistsFacade);
  private readonly registry = inject(PublicRegistryFacade);
  private readonly lang = toSignal(inject(TranslocoService).langChanges$, { initialValue: 'zh-CN' });

  /** Route parameter `:villageCode`. */
  readonly villageCode = input.required<string>();
  /** Query parameter `list`: the list shown first (default: the first in display order). */
  readonly list = input<string | undefined>(undefined);
  /** Query parameter `item`: an item code opened at first. */
  readonly item = input<string | undefined>(undefined);

  protected readonly data = signal<PortalChecklists | null>(null);
  protected readonly villageName = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly selected = signal<string | null>(null);
  protected readonly openItem = computed(() => this.item() ?? null);

  protected readonly lists = computed(() => this.data()?.lists ?? []);
  protected readonly current = computed<PortalChecklist | null>(() => {
    const lists = this.lists();
    const wanted = this.selected() ?? this.list();
    return lists.find((l) => l.listType === wanted) ?? lists[0] ?? null;
  });

  constructor() {
    effect(() => {
      const code = this.villageCode();
      untracked(() => void this.load(code));
    });
  }

  protected listName(list: PortalChecklist): string {
    return this.lang() === 'en' ? list.nameEn : list.nameZh;
  }

  protected day(iso: string): string {
    return formatDay(iso, this.lang());
  }

  protected poster(listType: string, size: 'A4' | 'A3'): string {
    return checklistPosterUrl(this.villageCode(), listType, size);
  }

  private async load(code: string): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    this.villageName.set(null);
    this.selected.set(null);
    // the village's name is only a heading: the lists show without it
    void this.registry
      .village(code)
      .then((village) => code === this.villageCode() && this.villageName.set(village?.name ?? null))
      .catch(() => undefined);
    try {
      const data = await this.facade.lists(code);
      if (code === this.villageCode()) this.data.set(data);
    } catch (error) {
      this.data.set(null);
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }
}
