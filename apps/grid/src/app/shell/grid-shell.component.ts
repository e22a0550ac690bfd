import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { LanguageSwitchComponent } from '@xiangzhi/shared/ui';

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

  protected async logout(): Promise<void> {
    await this.session.logout();
    await this.router.navigate(['/login']);
  }
}
