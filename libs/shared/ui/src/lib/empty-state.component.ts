import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A quiet "nothing here" message. */
@Component({
  selector: 'xz-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p class="xz-empty-state" data-testid="empty-state">{{ text() }}</p>`,
  styles: `
    .xz-empty-state {
      margin: 24px 0;
      text-align: center;
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class EmptyStateComponent {
  readonly text = input.required<string>();
}
