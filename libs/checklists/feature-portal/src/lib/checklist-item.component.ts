import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PortalChecklistItem } from '@xiangzhi/checklists/data-access';
import { ChecklistFlowChartComponent } from './checklist-flow-chart.component';
import { itemFields } from './portal-format';

/**
 * One item of a list on the public site: a summary line (name, code, time limit) that opens to every field and the
 * flow chart. Native `<details>` so it works without script state and prints open.
 */
@Component({
  selector: 'xz-checklist-item',
  imports: [TranslocoPipe, ChecklistFlowChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details [attr.data-testid]="'checklist-item-' + item().code" [open]="open()">
      <summary>
        <span class="name">{{ item().name }}</span>
        <span class="meta">
          <span class="code">{{ item().code }}</span>
          @if (item().timeLimit.text) {
            <span>· {{ item().timeLimit.text }}</span>
          }
        </span>
      </summary>
      <dl class="fields">
        @for (field of fields(); track field.key) {
          <div class="field" [attr.data-testid]="'checklist-field-' + field.key">
            <dt>{{ 'checklistsPortal.fields.' + field.key | transloco }}</dt>
            <dd>
              @if (field.list) {
                <ol>
                  @for (entry of field.list; track $index) {
                    <li>{{ entry }}</li>
                  }
                </ol>
              } @else if (field.parts) {
                @for (part of field.parts; track part.label) {
                  <div>
                    <span class="part">{{ part.label | transloco }}：</span>{{ part.value }}
                  </div>
                }
              } @else {
                {{ field.text }}
              }
            </dd>
          </div>
        }
      </dl>
      @if (item().flow; as flow) {
        @if (flow.steps.length > 0) {
          <h4>{{ 'checklistsPortal.item.flow' | transloco }}</h4>
          <xz-checklist-flow-chart [flow]="flow" [code]="item().code" />
        }
      }
    </details>
  `,
  styles: `
    :host {
      display: block;
    }
    details {
      border-top: 1px solid #f0f0f0;
    }
    summary {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 2px 12px;
      min-height: 44px;
      padding: 10px 0;
      cursor: pointer;
      list-style-position: inside;
    }
    .name {
      font-weight: 600;
    }
    .meta {
      color: #666;
      font-size: 13px;
    }
    .code {
      font-variant-numeric: tabular-nums;
    }
    .fields {
      margin: 0 0 8px;
    }
    .field {
      display: grid;
      grid-template-columns: 6.5em minmax(0, 1fr);
      gap: 8px;
      padding: 6px 0;
      border-top: 1px dashed #f0f0f0;
    }
    dt {
      color: #a8071a;
      overflow-wrap: normal;
      hyphens: auto;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
      white-space: pre-line;
    }
    dd ol {
      margin: 0;
      padding-left: 20px;
      white-space: normal;
    }
    .part {
      color: #666;
    }
    h4 {
      margin: 12px 0 4px;
      font-size: 15px;
    }
    @media print {
      details > :not(summary) {
        display: block;
      }
    }
  `,
})
export class ChecklistItemComponent {
  readonly item = input.required<PortalChecklistItem>();
  /** Open at first (e.g. the item named in the address). */
  readonly open = input(false);

  protected readonly fields = computed(() => itemFields(this.item()));
}
