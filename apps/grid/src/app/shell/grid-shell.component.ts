import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { defineScope } from '@xiangzhi/shared/i18n';
import { LanguageSwitchComponent } from '@xiangzhi/shared/ui';

/**
 * The frame's own labels (scope `gridShell`), read through the service: a scope provided on the frame would be seen by
 * every routed page below it and hide the pages' own scopes.
 */
export const GRID_SHELL_SCOPE = defineScope('gridShell', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});

/**
 * The phone app's frame: a slim top bar and a bottom tab bar (thumb reach) around the routed page; the 积分兑换 tab
 * shows only to users who may exchange points at a shop counter.
 */
@Component({
  selector: 'xz-grid-shell',
  imports: [RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe, LanguageSwitchComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './grid-shell.component.html',
  styleUrl: './grid-shell.component.css',
})
export class GridShellComponent {
  private readonly session = inject(SessionFacade);
  private readonly router = inject(Router);
  protected readonly user = this.session.user;
  /** 积分兑换 only for roles that may exchange at a shop counter (SHOP_OPERATOR, VILLAGE_ADMIN). */
  protected readonly canRedeem = computed(() => this.session.can('SHOP_REDEEM'));
  protected readonly shopLabel = toSignal(
    inject(TranslocoService).selectTranslate<string>('shop', {}, GRID_SHELL_SCOPE),
    {
      initialValue: '',
    },
  );

  protected async logout(): Promise<void> {
    await this.session.logout();
    await this.router.navigate(['/login']);
  }
}
