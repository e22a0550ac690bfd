import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageSwitchComponent } from '@xiangzhi/shared/ui';
import { filter, map } from 'rxjs';
import { checklistsLinkFor } from './checklists-link';
import { shopLinkFor } from './shop-link';

/** The public site's frame: a header with the language switch and the sections, the page, a footer. */
@Component({
  selector: 'xz-portal-shell',
  imports: [RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe, LanguageSwitchComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="top">
      <a class="brand" routerLink="/">{{ 'app.portal' | transloco }}</a>
      <xz-language-switch />
    </header>
    <nav class="sections" [attr.aria-label]="'nav.sections' | transloco">
      <a [routerLink]="shopLink()" routerLinkActive="active" data-testid="portal-nav-shop">
        {{ 'nav.shopShops' | transloco }}
      </a>
      <a [routerLink]="checklistsLink()" routerLinkActive="active" data-testid="portal-nav-checklists">
        {{ 'nav.portalChecklists' | transloco }}
      </a>
    </nav>
    <main class="page">
      <router-outlet />
    </main>
    <footer class="bottom">{{ 'app.name' | transloco }}</footer>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
    }
    .top {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      padding: 10px 16px;
      background: #c41d7f;
      color: #fff;
    }
    .brand {
      color: #fff;
      font-size: 17px;
      font-weight: 600;
      text-decoration: none;
    }
    .sections {
      display: flex;
      gap: 4px;
      width: 100%;
      max-width: 960px;
      box-sizing: border-box;
      margin: 0 auto;
      padding: 0 16px;
      border-bottom: 1px solid #eee;
      overflow-x: auto;
    }
    .sections a {
      display: inline-flex;
      flex: 0 0 auto;
      align-items: center;
      min-height: 44px;
      padding: 0 10px;
      color: #555;
      text-decoration: none;
      white-space: nowrap;
    }
    .sections a.active {
      border-bottom: 2px solid #c41d7f;
      color: #c41d7f;
      font-weight: 600;
    }
    .page {
      flex: 1;
      width: 100%;
      max-width: 960px;
      margin: 0 auto;
      padding: 12px 16px 32px;
    }
    .bottom {
      padding: 16px;
      text-align: center;
      color: #888;
      font-size: 13px;
    }
  `,
})
export class PortalShellComponent {
  private readonly router = inject(Router);
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );

  /** The 积分超市 entry keeps the village being viewed. */
  protected readonly shopLink = computed(() => shopLinkFor(this.url()));
  /** The 村级清单 entry keeps the village being viewed too. */
  protected readonly checklistsLink = computed(() => checklistsLinkFor(this.url()));
}
