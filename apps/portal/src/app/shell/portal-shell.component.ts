import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageSwitchComponent } from '@xiangzhi/shared/ui';

/** The public site's frame: a header with the language switch, the page, a footer. */
@Component({
  selector: 'xz-portal-shell',
  imports: [RouterLink, RouterOutlet, TranslocoPipe, LanguageSwitchComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="top">
      <a class="brand" routerLink="/">{{ 'app.portal' | transloco }}</a>
      <xz-language-switch />
    </header>
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
export class PortalShellComponent {}
