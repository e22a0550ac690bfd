import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { RegionContext } from '@xiangzhi/registry/data-access';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { BulkRecordComponent } from './bulk-record.component';
import { RecordEntryComponent } from './record-entry.component';

/** 积分登记: one entry, or one item for many households. */
@Component({
  selector: 'xz-record-page',
  imports: [TranslocoPipe, NzTabsModule, RecordEntryComponent, BulkRecordComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="title-row">
      <h2>{{ 'ledger.record.title' | transloco }}</h2>
      @if (region(); as current) {
        <span class="muted">{{ current.fullName }}</span>
      }
    </div>
    <nz-tabs>
      <nz-tab [nzTitle]="singleTitle">
        <ng-template nz-tab>
          <xz-record-entry />
        </ng-template>
      </nz-tab>
      <nz-tab [nzTitle]="bulkTitle">
        <ng-template nz-tab>
          <xz-bulk-record />
        </ng-template>
      </nz-tab>
    </nz-tabs>
    <ng-template #singleTitle>
      <span data-testid="record-tab-single">{{ 'ledger.record.single' | transloco }}</span>
    </ng-template>
    <ng-template #bulkTitle>
      <span data-testid="record-tab-bulk">{{ 'ledger.record.bulk' | transloco }}</span>
    </ng-template>
  `,
  styleUrl: './ledger-pages.css',
})
export class RecordPageComponent {
  protected readonly region = inject(RegionContext).current;
}
