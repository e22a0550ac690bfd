import { randomUUID } from 'node:crypto';
import type { ChecklistItemContent } from '@xiangzhi/checklists/util';
import { Actor, RequestContext } from '@xiangzhi/server/core';
import { DayCountingValue, FlowActionValue, FlowStepKindValue } from './lib/checklists.enums';
import type { ChecklistItemInput } from './lib/dto/item.input';

/** Test fixtures of the checklist domain. */

/** A fresh request context for `actor`. */
export const checklistCtx = (actor: Actor) => new RequestContext(`req-${randomUUID()}`, actor);

/** An item as the editor sends it (GraphQL input shape), from stored content such as an example item. */
export function itemInput(item: ChecklistItemContent, over: Partial<ChecklistItemInput> = {}): ChecklistItemInput {
  const input: ChecklistItemInput = {
    code: item.code,
    name: item.name,
    category: item.category,
    policyBasis: item.policyBasis,
    conditions: item.conditions,
    materials: [...item.materials],
    timeLimit: {
      text: item.timeLimit.text,
      days: item.timeLimit.days ?? null,
      counting: (item.timeLimit.counting as DayCountingValue | undefined) ?? null,
    },
    responsibleBody: item.responsibleBody,
    guidingUnit: item.guidingUnit,
    oversight: { ...item.oversight },
    fee: item.fee,
    disclosure: { ...item.disclosure },
    notes: item.notes ?? null,
    consultation: item.consultation ?? null,
    keywords: item.keywords ? [...item.keywords] : null,
    purpose: item.purpose ?? null,
    sample: item.sample ?? null,
    forbidden: item.forbidden ?? null,
    basis: item.basis ?? null,
    flow: item.flow
      ? {
          steps: item.flow.steps.map((s) => ({
            ...s,
            kind: s.kind as FlowStepKindValue,
            materials: [...s.materials],
          })),
          transitions: item.flow.transitions.map((t) => ({
            from: t.from,
            to: t.to,
            action: t.action as FlowActionValue,
            condition: t.condition ?? null,
            label: t.label ?? null,
          })),
        }
      : null,
  };
  return { ...input, ...over };
}

export { publishExampleLists } from './lib/cases/case-fixtures';
export { oversightCtx, publishVillageList } from './lib/oversight/oversight.testing';
