import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { PortalCertificateVerification, PortalChecklistPublicFacade } from '@xiangzhi/checklists/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { CHECKLISTS_PORTAL_STYLES } from './checklists-portal-styles';
import { formatDate } from './portal-format';

/**
 * The page a certificate's QR code opens (`/verify/<serial>`; `/verify` for typing a serial): a clear 真实有效,
 * 已撤销 or 未找到, with the matter, the village, the masked holder and the dates. No sign-in.
 */
@Component({
  selector: 'xz-certificate-verify-page',
  imports: [TranslocoPipe, ErrorMessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'checklistsPortal.verify.title' | transloco }}</h1>
    <p class="muted">{{ 'checklistsPortal.verify.intro' | transloco }}</p>
    <xz-error-message [error]="error()" />
    @if (loading()) {
      <p class="muted">{{ 'common.loading' | transloco }}</p>
    } @else if (result(); as r) {
      <section [class]="'card result status-' + r.status" data-testid="certificate-result">
        <p class="status" data-testid="certificate-status" [attr.data-status]="r.status">
          <span class="mark" aria-hidden="true">{{
            r.status === 'VALID' ? '✓' : r.status === 'REVOKED' ? '✕' : '?'
          }}</span>
          {{ 'checklistsPortal.verify.status.' + r.status | transloco }}
        </p>
        <p data-testid="certificate-explanation">
          @switch (r.status) {
            @case ('VALID') {
              {{ 'checklistsPortal.verify.valid' | transloco: { village: r.villageName ?? '' } }}
            }
            @case ('REVOKED') {
              {{ 'checklistsPortal.verify.revoked' | transloco: { date: day(r.revokedOn) } }}
            }
            @default {
              {{ 'checklistsPortal.verify.unknown' | transloco: { serial: r.serial } }}
            }
          }
        </p>
        <dl class="facts">
          <dt>{{ 'checklistsPortal.verify.serial' | transloco }}</dt>
          <dd data-testid="certificate-serial">{{ r.serial }}</dd>
          @if (r.itemName) {
            <dt>{{ 'checklistsPortal.verify.item' | transloco }}</dt>
            <dd data-testid="certificate-item">{{ r.itemName }}</dd>
          }
          @if (r.villageName) {
            <dt>{{ 'checklistsPortal.verify.village' | transloco }}</dt>
            <dd data-testid="certificate-village">{{ r.villageName }}</dd>
          }
          @if (r.holderMasked) {
            <dt>{{ 'checklistsPortal.verify.holder' | transloco }}</dt>
            <dd data-testid="certificate-holder">{{ r.holderMasked }}</dd>
          }
          @if (r.issuedOn) {
            <dt>{{ 'checklistsPortal.verify.issuedOn' | transloco }}</dt>
            <dd data-testid="certificate-issued-on">{{ day(r.issuedOn) }}</dd>
          }
          @if (r.revokedOn) {
            <dt>{{ 'checklistsPortal.verify.revokedOn' | transloco }}</dt>
            <dd data-testid="certificate-revoked-on">{{ day(r.revokedOn) }}</dd>
          }
        </dl>
      </section>
    }
    <form class="lookup" (submit)="lookup($event)">
      <label for="certificate-serial">{{ 'checklistsPortal.verify.serial' | transloco }}</label>
      <div class="row">
        <input
          id="certificate-serial"
          name="serial"
          autocomplete="off"
          maxlength="64"
          [value]="typed()"
          (input)="typed.set($any($event.target).value)"
          [placeholder]="'checklistsPortal.verify.serialPlaceholder' | transloco"
          data-testid="certificate-serial-input"
        />
        <button type="submit" data-testid="certificate-verify-submit">
          {{ 'checklistsPortal.verify.check' | transloco }}
        </button>
      </div>
    </form>
  `,
  styles: [
    CHECKLISTS_PORTAL_STYLES,
    `
      .status {
        display: flex;
        align-items: center;
        gap: 10px;
        margin: 0 0 8px;
        font-size: 24px;
        font-weight: 700;
      }
      .mark {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        width: 40px;
        height: 40px;
        border-radius: 50%;
        color: #fff;
        font-size: 22px;
      }
      .status-VALID {
        border-color: #b7eb8f;
        background: #f6ffed;
      }
      .status-VALID .status {
        color: #237804;
      }
      .status-VALID .mark {
        background: #389e0d;
      }
      .status-REVOKED {
        border-color: #ffa39e;
        background: #fff1f0;
      }
      .status-REVOKED .status {
        color: #a8071a;
      }
      .status-REVOKED .mark {
        background: #cf1322;
      }
      .status-UNKNOWN .status {
        color: #595959;
      }
      .status-UNKNOWN .mark {
        background: #8c8c8c;
      }
      .facts {
        display: grid;
        grid-template-columns: 5.5em minmax(0, 1fr);
        gap: 6px 8px;
        margin: 0;
      }
      dt {
        color: #666;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .lookup {
        margin: 20px 0 0;
      }
      .lookup .row {
        display: flex;
        gap: 8px;
        margin-top: 4px;
      }
      .lookup input {
        flex: 1;
        min-width: 0;
        min-height: 44px;
        padding: 0 10px;
        border: 1px solid #d9d9d9;
        border-radius: 6px;
        font: inherit;
      }
      .lookup button {
        min-height: 44px;
        padding: 0 16px;
        border: 0;
        border-radius: 6px;
        background: #c41d7f;
        color: #fff;
        font: inherit;
      }
    `,
  ],
})
export class CertificateVerifyPageComponent {
  private readonly facade = inject(PortalChecklistPublicFacade);
  private readonly router = inject(Router);
  private readonly lang = toSignal(inject(TranslocoService).langChanges$, { initialValue: 'zh-CN' });

  /** Route parameter `:serial` (absent on `/verify`). */
  readonly serial = input<string | undefined>(undefined);

  protected readonly result = signal<PortalCertificateVerification | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly typed = signal('');

  constructor() {
    effect(() => {
      const serial = (this.serial() ?? '').trim();
      untracked(() => {
        this.typed.set(serial);
        void this.load(serial);
      });
    });
  }

  protected day(value: string | null | undefined): string {
    return formatDate(value, this.lang());
  }

  protected lookup(event: Event): void {
    event.preventDefault();
    const serial = this.typed().trim();
    if (serial) void this.router.navigate(['/verify', serial]);
  }

  private async load(serial: string): Promise<void> {
    this.result.set(null);
    this.error.set(null);
    if (!serial) return;
    this.loading.set(true);
    try {
      const result = await this.facade.verify(serial);
      if (serial === (this.serial() ?? '').trim()) this.result.set(result);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }
}
