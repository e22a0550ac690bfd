import { ChangeDetectionStrategy, Component, computed, model, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FlowAction, FlowChart, FlowStepKind } from '@xiangzhi/checklists/util';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { FlowChartComponent } from './flow-chart.component';
import {
  ACTIONS,
  addStep,
  addTransition,
  flowDays,
  flowProblems,
  linesOf,
  removeStep,
  removeTransition,
  ROLE_OPTIONS,
  STEP_KINDS,
  updateStep,
  updateTransition,
} from './flow-edit';

/**
 * 流程图编辑: steps (name, kind, role, time limit, materials) and transitions (from, action, to, condition) in
 * tables, the chart redrawn as you type, and the problems of `validateFlow` listed in words. Saving is the page's.
 */
@Component({
  selector: 'xz-checklist-flow-editor',
  imports: [
    FormsModule,
    TranslocoPipe,
    NzButtonModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    FlowChartComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './flow-editor.component.html',
  styleUrl: './checklist-pages.css',
})
export class FlowEditorComponent {
  /** The chart under edit (two-way: `[(chart)]`). */
  readonly chart = model.required<FlowChart>();

  protected readonly kinds = STEP_KINDS;
  protected readonly actions = ACTIONS;
  protected readonly roles = ROLE_OPTIONS;
  protected readonly problems = computed(() => flowProblems(this.chart()));
  protected readonly days = computed(() => (this.problems().length === 0 ? flowDays(this.chart()) : null));
  protected readonly draft = signal<{ from: string; action: FlowAction; to: string; condition: string }>({
    from: '',
    action: 'APPROVE',
    to: '',
    condition: '',
  });

  protected stepName(id: string): string {
    const step = this.chart().steps.find((s) => s.id === id);
    return step?.name?.trim() || id;
  }

  protected addStep(kind: FlowStepKind = 'TASK'): void {
    this.chart.update((c) => addStep(c, kind));
  }

  protected removeStep(id: string): void {
    this.chart.update((c) => removeStep(c, id));
  }

  protected setName(id: string, name: string): void {
    this.chart.update((c) => updateStep(c, id, { name }));
  }

  protected setKind(id: string, kind: FlowStepKind): void {
    this.chart.update((c) => {
      const step = c.steps.find((s) => s.id === id);
      const role = kind === 'END' ? '' : step?.role || (kind === 'START' ? 'APPLICANT' : 'VILLAGE_ADMIN');
      const timeLimitDays = kind === 'TASK' ? (step?.timeLimitDays ?? 1) : null;
      return updateStep(c, id, { kind, role, timeLimitDays });
    });
  }

  protected setRole(id: string, role: string | null): void {
    this.chart.update((c) => updateStep(c, id, { role: role ?? '' }));
  }

  protected setDays(id: string, days: number | null): void {
    const value = days === null || days === undefined || Number.isNaN(days) ? null : Math.max(0, Math.floor(days));
    this.chart.update((c) => updateStep(c, id, { timeLimitDays: value }));
  }

  protected setMaterials(id: string, text: string): void {
    this.chart.update((c) => updateStep(c, id, { materials: linesOf(text) }));
  }

  protected materialsText(materials: readonly string[]): string {
    return materials.join('\n');
  }

  protected setTransition(
    index: number,
    patch: { from?: string; to?: string; action?: FlowAction; condition?: string },
  ): void {
    this.chart.update((c) => updateTransition(c, index, patch));
  }

  protected removeTransition(index: number): void {
    this.chart.update((c) => removeTransition(c, index));
  }

  protected patchDraft(patch: Partial<{ from: string; action: FlowAction; to: string; condition: string }>): void {
    this.draft.update((d) => ({ ...d, ...patch }));
  }

  protected canAddTransition(): boolean {
    const d = this.draft();
    return !!d.from && !!d.to;
  }

  protected addTransition(): void {
    const d = this.draft();
    if (!d.from || !d.to) return;
    this.chart.update((c) =>
      addTransition(c, { from: d.from, to: d.to, action: d.action, condition: d.condition || undefined }),
    );
    this.draft.set({ from: '', action: 'APPROVE', to: '', condition: '' });
  }
}
