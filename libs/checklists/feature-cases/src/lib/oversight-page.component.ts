import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { RegionContext } from '@xiangzhi/registry/data-access';
import { CONSOLE_PAGE_STYLES, EmptyStateComponent } from '@xiangzhi/shared/ui';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { ComplaintsComponent } from './complaints.component';
import { InspectionsComponent } from './inspections.component';
import { OversightOverviewComponent } from './oversight-overview.component';

/** 清单监督评价 (`/checklists/oversight`): the per-village overview, inspections with findings, complaints. */
@Component({
  selector: 'xz-oversight-page',
  imports: [
    TranslocoPipe,
    NzTabsModule,
    EmptyStateComponent,
    OversightOverviewComponent,
    InspectionsComponent,
    ComplaintsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="title-row">
      <h2>{{ 'checklistCases.page.oversightTitle' | transloco }}</h2>
      @if (region(); as r) {
        <span class="hint">{{ r.fullName }}</span>
      }
    </div>
    @if (!region()) {
      <xz-empty-state [text]="'checklistCases.page.noRegion' | transloco" />
    } @else {
      <nz-tabs>
        <nz-tab [nzTitle]="overviewTab">
          <ng-template nz-tab><xz-oversight-overview /></ng-template>
        </nz-tab>
        <nz-tab [nzTitle]="inspectionsTab">
          <ng-template nz-tab><xz-inspections /></ng-template>
        </nz-tab>
        <nz-tab [nzTitle]="complaintsTab">
          <ng-template nz-tab><xz-complaints /></ng-template>
        </nz-tab>
      </nz-tabs>
      <ng-template #overviewTab>
        <span data-testid="tab-overview">{{ 'checklistCases.tabs.overview' | transloco }}</span>
      </ng-template>
      <ng-template #inspectionsTab>
        <span data-testid="tab-inspections">{{ 'checklistCases.tabs.inspections' | transloco }}</span>
      </ng-template>
      <ng-template #complaintsTab>
        <span data-testid="tab-complaints">{{ 'checklistCases.tabs.complaints' | transloco }}</span>
      </ng-template>
    }
  `,
  styleUrl: './cases-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class OversightPageComponent {
  protected readonly region = inject(RegionContext).current;
}
