import { inject, Injectable } from '@angular/core';
import type { FlowChart } from '@xiangzhi/checklists/util';
import { runApi } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { PortalChecklistsGQL, PortalChecklistsQuery } from '../generated/graphql';

/** A village's lists in force as the public site shows them (上墙): no user ids, nothing personal. */
export type PortalChecklists = PortalChecklistsQuery['publicChecklists'];
export type PortalChecklist = PortalChecklists['lists'][number];
export type PortalChecklistItem = PortalChecklist['items'][number];
export type PortalFlowChart = NonNullable<PortalChecklistItem['flow']>;

/** Paper sizes of the printable posters. */
export type ChecklistPosterSize = 'A4' | 'A3';

/** The public poster (PDF) of the version in force of a village's list. */
export function checklistPosterUrl(villageCode: string, listType: string, size: ChecklistPosterSize = 'A4'): string {
  return `/api/public/checklists/${encodeURIComponent(villageCode)}/${encodeURIComponent(listType)}/poster.pdf?size=${size}`;
}

/** A chart as the API sends it, as the util lib's `FlowChart` (for `flowChartOption` and `flowSvg`). */
export function toFlowChart(flow: PortalFlowChart): FlowChart {
  return {
    steps: flow.steps.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      role: s.role,
      timeLimitDays: s.timeLimitDays ?? null,
      materials: [...s.materials],
    })),
    transitions: flow.transitions.map((t) => ({
      from: t.from,
      to: t.to,
      action: t.action,
      ...(t.label ? { label: t.label } : {}),
      ...(t.condition ? { condition: t.condition } : {}),
    })),
  };
}

/** The portal's (no sign-in) view of a village's lists in force. */
@Injectable({ providedIn: 'root' })
export class PortalChecklistsFacade {
  private readonly listsGql = inject(PortalChecklistsGQL);

  /** The village's lists in force, in display order, with every item and its chart; empty when none is in force. */
  async lists(villageCode: string): Promise<PortalChecklists> {
    const result = await runApi(() => firstValueFrom(this.listsGql.fetch({ variables: { villageCode } })));
    return result.data?.publicChecklists ?? { villageCode, lastChangedAt: null, lists: [] };
  }
}
