import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ConsoleChecklistDiff } from '@xiangzhi/checklists/data-access';
import { NzTagModule } from 'ng-zorro-antd/tag';

/** What a version changes: added, removed and changed items (each changed field before → after, the chart's steps). */
@Component({
  selector: 'xz-checklist-diff-view',
  imports: [TranslocoPipe, NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './diff-view.component.html',
  styleUrl: './checklist-pages.css',
})
export class DiffViewComponent {
  readonly diff = input.required<ConsoleChecklistDiff>();
  protected readonly empty = computed(() => {
    const d = this.diff();
    return d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0;
  });
}
