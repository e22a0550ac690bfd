import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { describeParameters, ParametersLike } from '@xiangzhi/points/data-access';

/** The policy parameters of a preset or a version, in words (以户为单位, 基础分, 周期 …). */
@Component({
  selector: 'xz-parameter-summary',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="summary" data-testid="parameter-summary">
      @for (line of lines(); track line.field) {
        <dt>{{ 'schemes.param.' + line.field | transloco }}</dt>
        <dd [attr.data-field]="line.field">{{ line.valueKey | transloco: line.params ?? {} }}</dd>
      }
    </dl>
  `,
  styles: `
    .summary {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 12px;
      margin: 0;
    }
    dt {
      color: rgba(0, 0, 0, 0.55);
    }
    dd {
      margin: 0;
    }
  `,
})
export class ParameterSummaryComponent {
  readonly parameters = input.required<ParametersLike>();
  protected readonly lines = computed(() => describeParameters(this.parameters()));
}
