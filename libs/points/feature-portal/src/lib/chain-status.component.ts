import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiChainVerdict, BoardChainVerdict, PublicPointsFacade } from '@xiangzhi/points/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { POINTS_PORTAL_STYLES } from './portal-styles';

/**
 * The verified-chain mark (T1): the browser recomputes every board's hash from its published content and checks the
 * links, and the API's own verdict is shown beside it.
 */
@Component({
  selector: 'xz-points-chain-status',
  imports: [TranslocoPipe, ErrorMessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" data-testid="points-chain">
      <h2>{{ 'pointsPortal.chain.title' | transloco }}</h2>
      <xz-error-message [error]="error()" />
      @if (browser(); as verdict) {
        @if (verdict.checks.length === 0) {
          <p class="muted" data-testid="points-chain-empty">{{ 'pointsPortal.chain.empty' | transloco }}</p>
        } @else if (verdict.valid) {
          <p class="notice-ok" data-testid="points-chain-verified">
            <strong>✓ {{ 'pointsPortal.chain.verified' | transloco }}</strong>
            {{ 'pointsPortal.chain.browserOk' | transloco: { count: verdict.checks.length } }}
          </p>
        } @else {
          <p class="notice-warn" role="alert" data-testid="points-chain-failed">
            <strong>✗ {{ 'pointsPortal.chain.notVerified' | transloco }}</strong>
            {{ 'pointsPortal.chain.browserFailed' | transloco: { seqs: failedSeqs() } }}
          </p>
        }
      } @else if (checking()) {
        <p class="muted">{{ 'pointsPortal.chain.checking' | transloco }}</p>
      }
      @if (api(); as verdict) {
        @if (verdict.checks.length > 0) {
          <p [class]="verdict.valid ? 'muted' : 'notice-warn'" data-testid="points-chain-api">
            @if (verdict.valid) {
              {{ 'pointsPortal.chain.apiOk' | transloco }}
            } @else {
              {{ 'pointsPortal.chain.apiFailed' | transloco: { seqs: apiFailedSeqs() } }}
            }
          </p>
        }
      }
      <p class="hint">{{ 'pointsPortal.chain.explain' | transloco }}</p>
    </section>
  `,
  styles: [POINTS_PORTAL_STYLES],
})
export class ChainStatusComponent {
  private readonly facade = inject(PublicPointsFacade);

  readonly villageCode = input.required<string>();

  protected readonly browser = signal<BoardChainVerdict | null>(null);
  protected readonly api = signal<ApiChainVerdict | null>(null);
  protected readonly checking = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly failedSeqs = computed(() =>
    (this.browser()?.checks ?? [])
      .filter((c) => c.problem !== null)
      .map((c) => c.seq)
      .join('、'),
  );
  protected readonly apiFailedSeqs = computed(() =>
    (this.api()?.checks ?? [])
      .filter((c) => !c.valid)
      .map((c) => c.seq)
      .join('、'),
  );

  constructor() {
    effect(() => {
      const code = this.villageCode();
      untracked(() => void this.verify(code));
    });
  }

  private async verify(villageCode: string): Promise<void> {
    this.checking.set(true);
    this.error.set(null);
    this.browser.set(null);
    this.api.set(null);
    const [browser, api] = await Promise.allSettled([
      this.facade.verifyInBrowser(villageCode),
      this.facade.verifyByApi(villageCode),
    ]);
    if (browser.status === 'fulfilled') this.browser.set(browser.value);
    else this.error.set(ApiError.from(browser.reason));
    if (api.status === 'fulfilled') this.api.set(api.value);
    this.checking.set(false);
  }
}
