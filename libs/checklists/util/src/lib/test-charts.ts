/** Small charts shared by the specs (not exported from the library). */
import type { FlowChart, FlowStep } from './flow';

/** A TASK step with the given id, role and time limit. */
export function task(id: string, role = 'VILLAGE_ADMIN', timeLimitDays: number | null = 1): FlowStep {
  return { id, name: `步骤${id}`, kind: 'TASK', role, timeLimitDays, materials: [] };
}

/** START → a → b → END with a REJECT branch from a to END and a RETURN from b to a. */
export function smallChart(): FlowChart {
  return {
    steps: [
      { id: 's', name: '申请', kind: 'START', role: 'APPLICANT', timeLimitDays: null, materials: [] },
      task('a', 'VILLAGE_ADMIN', 2),
      task('b', 'TOWN_OFFICER', 3),
      { id: 'e', name: '办结', kind: 'END', role: '', timeLimitDays: null, materials: [] },
    ],
    transitions: [
      { from: 's', to: 'a', action: 'SUBMIT' },
      { from: 'a', to: 'b', action: 'APPROVE' },
      { from: 'a', to: 'e', action: 'REJECT' },
      { from: 'b', to: 'a', action: 'RETURN' },
      { from: 'b', to: 'e', action: 'COMPLETE' },
    ],
  };
}
