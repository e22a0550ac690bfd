import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ConsoleChecklistItem, ConsoleChecklistListKind } from '@xiangzhi/checklists/data-access';
import { FlowChartComponent } from './flow-chart.component';
import { flowFromItem } from './flow-edit';
import { fieldsOfKind } from './item-form';

/** One item with every field of its list kind (REFERENCE-DATA.md §2) and its flow chart drawn. */
@Component({
  selector: 'xz-checklist-item-view',
  imports: [TranslocoPipe, FlowChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './item-view.component.html',
  styleUrl: './checklist-pages.css',
})
export class ItemViewComponent {
  readonly item = input.required<ConsoleChecklistItem>();
  readonly kind = input.required<ConsoleChecklistListKind>();
  protected readonly fields = computed(() => fieldsOfKind(this.kind()));
  protected readonly chart = computed(() => flowFromItem(this.item().flow));
}
