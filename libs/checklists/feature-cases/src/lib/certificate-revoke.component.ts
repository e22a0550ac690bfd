import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChecklistCasesFacade, type CaseCertificate } from '@xiangzhi/checklists/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { validReason } from './case-rules';

/** 作废证明: a modal asking the reason, then revoking (verification answers REVOKED from then on). */
@Component({
  selector: 'xz-certificate-revoke',
  imports: [
    FormsModule,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzInputModule,
    NzModalModule,
    ErrorMessageComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="certificate() !== null"
      [nzTitle]="'checklistCases.certificate.revokeTitle' | transloco"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <ng-container *nzModalContent>
        @if (certificate(); as c) {
          <nz-alert nzType="warning" nzShowIcon [nzMessage]="'checklistCases.certificate.revokeWarning' | transloco" />
          <p class="mono">{{ c.serial }} · {{ c.itemName }} · {{ c.holderName }}</p>
          <label class="form-row">
            <span>{{ 'checklistCases.certificate.revokeReason' | transloco }}</span>
            <textarea
              nz-input
              rows="3"
              maxlength="500"
              [(ngModel)]="reason"
              data-testid="certificate-revoke-reason"
            ></textarea>
            @if (submitted() && !reasonValid()) {
              <span class="field-error">{{ 'checklistCases.certificate.reasonRequired' | transloco }}</span>
            }
          </label>
          <xz-error-message [error]="error()" />
        }
      </ng-container>
    </nz-modal>
    <ng-template #footer>
      <button nz-button type="button" (click)="closed.emit()">{{ 'common.cancel' | transloco }}</button>
      <button
        nz-button
        nzType="primary"
        nzDanger
        type="button"
        [nzLoading]="saving()"
        (click)="revoke()"
        data-testid="certificate-revoke-confirm"
      >
        {{ 'checklistCases.certificate.revokeConfirm' | transloco }}
      </button>
    </ng-template>
  `,
  styleUrl: './cases-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class CertificateRevokeComponent {
  private readonly facade = inject(ChecklistCasesFacade);
  /** The certificate to revoke; null keeps the modal closed. */
  readonly certificate = input<CaseCertificate | null>(null);
  readonly closed = output<void>();
  readonly revoked = output<CaseCertificate>();

  protected reason = '';
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  constructor() {
    effect(() => {
      if (this.certificate()) {
        this.reason = '';
        this.submitted.set(false);
        this.error.set(null);
      }
    });
  }

  protected reasonValid(): boolean {
    return validReason(this.reason);
  }

  async revoke(): Promise<void> {
    const c = this.certificate();
    this.submitted.set(true);
    if (!c || !validReason(this.reason) || this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    try {
      this.revoked.emit(await this.facade.revokeCertificate(c.id, this.reason.trim()));
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }
}
