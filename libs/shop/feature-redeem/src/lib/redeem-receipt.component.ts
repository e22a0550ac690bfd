import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { CounterRedemption, ShopRedeemFacade } from '@xiangzhi/shop/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { REDEEM_STYLES } from './redeem-styles';

/**
 * The receipt of an exchange: number, lines, total, balance before and after, what remains exchangeable. 打印凭证 opens
 * the receipt page (fetched with the token) in a new window for the browser's print dialog; 下载PDF saves the PDF.
 */
@Component({
  selector: 'xz-redeem-receipt',
  imports: [TranslocoPipe, ErrorMessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" data-testid="receipt-panel">
      <p class="notice-ok" role="status">{{ 'shopRedeem.receipt.title' | transloco }}</p>
      <dl class="figures">
        <div>
          <dt>{{ 'shopRedeem.receipt.number' | transloco }}</dt>
          <dd data-testid="receipt-number">{{ redemption().receiptNumber }}</dd>
        </div>
        <div>
          <dt>{{ 'shopRedeem.receipt.date' | transloco }}</dt>
          <dd>{{ redemption().occurredOn }}</dd>
        </div>
      </dl>
      <p class="muted">
        {{
          'shopRedeem.receipt.household'
            | transloco: { head: redemption().headMasked ?? '—', card: redemption().cardNumber }
        }}
      </p>
      <h2>{{ 'shopRedeem.receipt.lines' | transloco }}</h2>
      <ul class="list" data-testid="receipt-lines">
        @for (line of redemption().lines; track line.goodsId) {
          <li class="row">
            <span>{{
              'shopRedeem.basket.line' | transloco: { name: line.goodsName, quantity: line.quantity, unit: line.unit }
            }}</span>
            <span>{{ 'shopRedeem.basket.points' | transloco: { points: line.points } }}</span>
          </li>
        }
        <li class="row">
          <strong>{{ 'shopRedeem.receipt.total' | transloco }}</strong>
          <strong data-testid="receipt-total">{{
            'shopRedeem.basket.points' | transloco: { points: redemption().points }
          }}</strong>
        </li>
      </ul>
      <dl class="figures">
        <div>
          <dt>{{ 'shopRedeem.receipt.balanceBefore' | transloco }}</dt>
          <dd data-testid="receipt-balance-before">{{ redemption().balanceBefore }}</dd>
        </div>
        <div>
          <dt>{{ 'shopRedeem.receipt.balanceAfter' | transloco }}</dt>
          <dd data-testid="receipt-balance-after">{{ redemption().balanceAfter }}</dd>
        </div>
        <div class="strong">
          <dt>{{ 'shopRedeem.receipt.exchangeableAfter' | transloco }}</dt>
          <dd data-testid="receipt-exchangeable-after">{{ redemption().exchangeableAfter }}</dd>
        </div>
      </dl>
      @if (popupBlocked()) {
        <p class="notice-warn" role="alert">{{ 'shopRedeem.receipt.popupBlocked' | transloco }}</p>
      }
      <xz-error-message [error]="error()" />
      <div class="actions">
        <button type="button" class="secondary" (click)="print()" [disabled]="busy()" data-testid="receipt-print">
          {{ 'shopRedeem.receipt.print' | transloco }}
        </button>
        <button type="button" class="secondary" (click)="pdf()" [disabled]="busy()" data-testid="receipt-pdf">
          {{ 'shopRedeem.receipt.pdf' | transloco }}
        </button>
      </div>
      <button type="button" class="block" (click)="next.emit()" data-testid="receipt-next">
        {{ 'shopRedeem.receipt.next' | transloco }}
      </button>
    </section>
  `,
  styles: [
    REDEEM_STYLES,
    `
      .actions {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 8px;
        margin: 12px 0 8px;
      }
    `,
  ],
})
export class RedeemReceiptComponent {
  private readonly shop = inject(ShopRedeemFacade);

  readonly redemption = input.required<CounterRedemption>();
  /** 继续兑换: back to finding the next household. */
  readonly next = output<void>();

  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly popupBlocked = signal(false);

  /** Opens the window at once (still inside the click, so it is not blocked), then writes the fetched receipt in. */
  protected async print(): Promise<void> {
    this.error.set(null);
    this.popupBlocked.set(false);
    const win = window.open('', '_blank');
    if (!win) {
      this.popupBlocked.set(true);
      return;
    }
    this.busy.set(true);
    try {
      const html = await this.shop.receiptHtml(this.redemption().id);
      win.document.open();
      win.document.write(html);
      win.document.close();
      win.focus();
      setTimeout(() => win.print(), 300);
    } catch (error) {
      win.close();
      this.error.set(ApiError.from(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async pdf(): Promise<void> {
    this.error.set(null);
    this.busy.set(true);
    try {
      await this.shop.downloadReceiptPdf(this.redemption());
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.busy.set(false);
    }
  }
}
