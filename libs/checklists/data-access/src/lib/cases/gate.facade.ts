import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { CasesCheckRequestGQL, CasesCheckRequestMutation, CasesGateRefusalsGQL } from '../generated/graphql';
import type { CasesPage, GateCheckRequest, GateDecisionView, GateRefusalRow } from './case-models';
import { casesPageSize } from './cases-api';
import { pageOffset, requiredData, runApi } from '@xiangzhi/shared/data-access';

/** The gate's answer as the pages' shape. */
export function toGateDecision(d: CasesCheckRequestMutation['checkChecklistRequest']): GateDecisionView {
  return {
    allowed: d.allowed,
    itemName: d.itemName ?? null,
    refusal: d.refusal
      ? {
          code: d.refusal.code,
          itemCode: d.refusal.itemCode ?? null,
          itemName: d.refusal.itemName ?? '',
          basis: d.refusal.basis,
          alternative: d.refusal.alternative ?? null,
        }
      : null,
    matches: d.matches.map((m) => ({
      code: m.source,
      itemCode: m.code,
      itemName: m.name,
      basis: m.basis,
      alternative: null,
    })),
  };
}

/** The negative-list gate (前置审查) and the log of its refusals. */
@Injectable({ providedIn: 'root' })
export class ChecklistGateFacade {
  private readonly checkGql = inject(CasesCheckRequestGQL);
  private readonly refusalsGql = inject(CasesGateRefusalsGQL);

  /** Checks a request; a refusal is recorded on the server even though the answer is not an error. */
  async check(request: GateCheckRequest): Promise<GateDecisionView> {
    const result = await runApi(() =>
      firstValueFrom(
        this.checkGql.mutate({
          fetchPolicy: 'no-cache',
          variables: {
            input: {
              villageCode: request.villageCode,
              kind: request.kind,
              text: request.text,
              department: request.department,
            },
          },
        }),
      ),
    );
    return toGateDecision(requiredData(result.data?.checkChecklistRequest));
  }

  async refusals(regionCode: string, pageIndex: number, pageSize: number): Promise<CasesPage<GateRefusalRow>> {
    const first = casesPageSize(pageSize);
    const result = await runApi(() =>
      firstValueFrom(
        this.refusalsGql.fetch({
          variables: { regionCode, first, offset: pageOffset(pageIndex, first) },
          fetchPolicy: 'no-cache',
        }),
      ),
    );
    const page = requiredData(result.data?.checklistGateRefusals);
    return {
      total: page.total,
      items: page.items.map((r) => ({
        id: r.id,
        regionCode: r.regionCode,
        requestedAt: r.requestedAt,
        requestKind: r.requestKind,
        requestText: r.requestText,
        department: r.department ?? null,
        matchedCode: r.matchedCode ?? null,
        matchedName: r.matchedName ?? null,
        policyBasis: r.policyBasis,
      })),
    };
  }
}
