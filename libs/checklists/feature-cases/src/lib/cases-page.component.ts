import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { RegionContext } from '@xiangzhi/registry/data-access';
import { CONSOLE_PAGE_STYLES, EmptyStateComponent } from '@xiangzhi/shared/ui';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { CasesListComponent } from './cases-list.component';
import { CertificatesLogComponent } from './certificates-log.component';
import { GateCheckComponent } from './gate-check.component';
import { FindingsToRectifyComponent } from './findings-to-rectify.component';
import { RefusalsLogComponent } from './refusals-log.component';

/** 清单事项办理 (`/checklists/cases`): cases, the request check, the refusals log and the certificate log. */
@Component({
  selector: 'xz-cases-page',
  imports: [
    TranslocoPipe,
    NzTabsModule,
    EmptyStateComponent,
    CasesListComponent,
    GateCheckComponent,
    RefusalsLogComponent,
    CertificatesLogComponent,
    FindingsToRectifyComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="title-row">
      <h2>{{ 'checklistCases.page.title' | transloco }}</h2>
      @if (region(); as r) {
        <span class="hint">{{ r.fullName }}</span>
      }
    </div>
    <p class="hint">{{ 'checklistCases.page.hint' | transloco }}</p>
    @if (!region()) {
      <xz-empty-state [text]="'checklistCases.page.noRegion' | transloco" />
    } @else {
      <nz-tabs>
        <nz-tab [nzTitle]="casesTab">
          <ng-template nz-tab><xz-cases-list /></ng-template>
        </nz-tab>
        @if (canCheck()) {
          <nz-tab [nzTitle]="gateTab">
            <ng-template nz-tab><xz-gate-check /></ng-template>
          </nz-tab>
        }
        <nz-tab [nzTitle]="refusalsTab">
          <ng-template nz-tab><xz-refusals-log /></ng-template>
        </nz-tab>
        <nz-tab [nzTitle]="certificatesTab">
          <ng-template nz-tab><xz-certificates-log /></ng-template>
        </nz-tab>
        @if (canRectify()) {
          <nz-tab [nzTitle]="findingsTab">
            <ng-template nz-tab><xz-findings-to-rectify /></ng-template>
          </nz-tab>
        }
      </nz-tabs>
      <ng-template #casesTab
        ><span data-testid="tab-cases">{{ 'checklistCases.tabs.cases' | transloco }}</span></ng-template
      >
      <ng-template #gateTab
        ><span data-testid="tab-gate">{{ 'checklistCases.tabs.gate' | transloco }}</span></ng-template
      >
      <ng-template #refusalsTab>
        <span data-testid="tab-refusals">{{ 'checklistCases.tabs.refusals' | transloco }}</span>
      </ng-template>
      <ng-template #findingsTab>
        <span data-testid="tab-findings">{{ 'checklistCases.tabs.findings' | transloco }}</span>
      </ng-template>
      <ng-template #certificatesTab>
        <span data-testid="tab-certificates">{{ 'checklistCases.tabs.certificates' | transloco }}</span>
      </ng-template>
    }
  `,
  styleUrl: './cases-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class CasesPageComponent {
  private readonly session = inject(SessionFacade);
  protected readonly region = inject(RegionContext).current;
  protected readonly canCheck = computed(() => this.session.can('CHECKLIST_CASE'));
  protected readonly canRectify = computed(() => this.session.can('CHECKLIST_EDIT'));
}
