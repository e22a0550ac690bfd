import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChecklistCasesFacade, type CaseCertificate } from '@xiangzhi/checklists/data-access';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { RegionContext } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { CertificateRevokeComponent } from './certificate-revoke.component';
import { certificateStatus, formatCst } from './case-rules';

/** 证明开具台账: the certificates issued in the region, with their status, PDF and revocation. */
@Component({
  selector: 'xz-certificates-log',
  imports: [RouterLink, TranslocoPipe, NzTableModule, NzTagModule, ErrorMessageComponent, CertificateRevokeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xz-error-message [error]="error()" />
    <nz-table
      #table
      nzSize="middle"
      [nzData]="items()"
      [nzFrontPagination]="false"
      [nzTotal]="total()"
      [nzPageIndex]="pageIndex()"
      [nzPageSize]="pageSize"
      [nzLoading]="loading()"
      [nzNoResult]="'checklistCases.certificate.empty' | transloco"
      [nzScroll]="{ x: '1000px' }"
      (nzPageIndexChange)="changePage($event)"
      data-testid="certificates-table"
    >
      <thead>
        <tr>
          <th>{{ 'checklistCases.certificate.columns.serial' | transloco }}</th>
          <th>{{ 'checklistCases.certificate.columns.item' | transloco }}</th>
          <th>{{ 'checklistCases.certificate.columns.holder' | transloco }}</th>
          <th>{{ 'checklistCases.certificate.columns.purpose' | transloco }}</th>
          <th>{{ 'checklistCases.certificate.columns.issuedAt' | transloco }}</th>
          <th>{{ 'checklistCases.certificate.columns.status' | transloco }}</th>
          <th>{{ 'common.actions' | transloco }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of table.data; track row.id) {
          @let status = statusOf(row);
          <tr data-testid="certificate-row" [attr.data-serial]="row.serial">
            <td class="mono">{{ row.serial }}</td>
            <td>{{ row.itemName }}</td>
            <td>{{ row.holderName }}</td>
            <td>{{ row.purpose }}</td>
            <td class="mono">{{ formatCst(row.issuedAt) }}</td>
            <td>
              <nz-tag
                [nzColor]="status === 'VALID' ? 'green' : 'red'"
                [attr.data-testid]="'certificate-status-' + status"
              >
                {{ 'checklistCases.certificate.' + status | transloco }}
              </nz-tag>
              @if (row.revokeReason) {
                <span class="hint">{{ row.revokeReason }}</span>
              }
            </td>
            <td>
              <a (click)="pdf(row)" data-testid="certificate-pdf">{{ 'checklistCases.certificate.pdf' | transloco }}</a>
              @if (row.caseId) {
                · <a [routerLink]="['/checklists/cases', row.caseId]">{{ 'common.details' | transloco }}</a>
              }
              @if (canRevoke() && status === 'VALID') {
                ·
                <a class="field-error" (click)="revoking.set(row)" data-testid="certificate-revoke">
                  {{ 'checklistCases.certificate.revoke' | transloco }}
                </a>
              }
            </td>
          </tr>
        }
      </tbody>
    </nz-table>
    <xz-certificate-revoke [certificate]="revoking()" (closed)="revoking.set(null)" (revoked)="afterRevoke()" />
  `,
  styleUrl: './cases-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class CertificatesLogComponent {
  private readonly facade = inject(ChecklistCasesFacade);
  private readonly session = inject(SessionFacade);
  private readonly region = inject(RegionContext).current;
  protected readonly canRevoke = computed(() => this.session.can('CHECKLIST_CERTIFY'));
  protected readonly items = signal<CaseCertificate[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = 20;
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly revoking = signal<CaseCertificate | null>(null);
  protected readonly formatCst = formatCst;
  protected readonly statusOf = certificateStatus;
  private requestId = 0;

  constructor() {
    effect(() => {
      const region = this.region();
      untracked(() => {
        this.pageIndex.set(1);
        if (region) void this.load();
      });
    });
  }

  async load(): Promise<void> {
    const region = this.region();
    if (!region) return;
    const id = ++this.requestId;
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.facade.certificates(region.code, this.pageIndex(), this.pageSize);
      if (id !== this.requestId) return;
      this.items.set(page.items);
      this.total.set(page.total);
    } catch (error) {
      if (id === this.requestId) this.error.set(ApiError.from(error));
    } finally {
      if (id === this.requestId) this.loading.set(false);
    }
  }

  protected changePage(index: number): void {
    this.pageIndex.set(index);
    void this.load();
  }

  protected pdf(row: CaseCertificate): void {
    this.facade.openCertificatePdf(row).catch((error) => this.error.set(ApiError.from(error)));
  }

  protected afterRevoke(): void {
    this.revoking.set(null);
    void this.load();
  }
}
