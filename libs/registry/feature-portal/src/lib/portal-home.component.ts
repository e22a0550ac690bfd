import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** Start page of the public site. */
@Component({
  selector: 'xz-portal-home',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="hero">
      <h1>{{ 'portal.home.title' | transloco }}</h1>
      <p>{{ 'portal.home.intro' | transloco }}</p>
      <a class="cta" routerLink="/regions" data-testid="portal-choose-village">{{
        'portal.home.choose' | transloco
      }}</a>
    </section>
  `,
  styles: `
    .hero {
      padding: 32px 0;
    }
    h1 {
      margin: 0 0 12px;
      font-size: 26px;
    }
    p {
      margin: 0 0 24px;
      color: #555;
      line-height: 1.7;
    }
    .cta {
      display: inline-block;
      min-height: 44px;
      padding: 10px 24px;
      border-radius: 6px;
      background: #c41d7f;
      color: #fff;
      font-size: 17px;
      text-decoration: none;
    }
  `,
})
export class PortalHomeComponent {}
