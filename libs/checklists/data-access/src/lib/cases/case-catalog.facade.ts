import { inject, Injectable } from '@angular/core';
import type { FlowChart } from '@xiangzhi/checklists/util';
import { firstValueFrom } from 'rxjs';
import {
  CasesApplicantSearchGQL,
  CasesFlowChartFragment,
  CasesListInForceGQL,
  CasesListInForceQuery,
  CasesListTypesGQL,
  CasesListTypesQuery,
} from '../generated/graphql';
import { requiredData, runApi } from '@xiangzhi/shared/data-access';

export type CaseListType = CasesListTypesQuery['checklistListTypes'][number];
export type CaseCatalogItem = NonNullable<CasesListInForceQuery['checklistInForce']>['items'][number];
export type CaseFlowChart = CasesFlowChartFragment;

/** A household member who can apply for a case (found by name, address, card number or ID number). */
export interface CaseApplicantOption {
  memberId: string;
  name: string;
  isHead: boolean;
  relation: string;
  idNumberMasked: string;
  householdId: string;
  cardNumber: string;
  address: string;
}

/** The items of a list in force for which a case can be opened: only items with a flow chart. */
export interface CaseCatalog {
  versionId: string;
  version: number;
  items: CaseCatalogItem[];
}

/** The chart of the API (nullable materials, labels) as the util's FlowChart (for the engine and drawings). */
export function toCaseFlowChart(flow: CaseFlowChart): FlowChart {
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

/** Household members of a search answer, heads first within each household. */
export function applicantOptions(
  households: readonly {
    id: string;
    cardNumber: string;
    address: string;
    members: readonly { id: string; name: string; isHead: boolean; relation: string; idNumberMasked: string }[];
  }[],
): CaseApplicantOption[] {
  return households.flatMap((h) =>
    [...h.members]
      .sort((a, b) => Number(b.isHead) - Number(a.isHead))
      .map((m) => ({
        memberId: m.id,
        name: m.name,
        isHead: m.isHead,
        relation: m.relation,
        idNumberMasked: m.idNumberMasked,
        householdId: h.id,
        cardNumber: h.cardNumber,
        address: h.address,
      })),
  );
}

/** What a case is opened for (list types, items in force with their flow) and who applies (member search). */
@Injectable({ providedIn: 'root' })
export class CaseCatalogFacade {
  private readonly listTypesGql = inject(CasesListTypesGQL);
  private readonly inForceGql = inject(CasesListInForceGQL);
  private readonly searchGql = inject(CasesApplicantSearchGQL);

  async listTypes(regionCode: string | null): Promise<CaseListType[]> {
    const result = await runApi(() =>
      firstValueFrom(this.listTypesGql.fetch({ variables: { regionCode }, fetchPolicy: 'no-cache' })),
    );
    return [...requiredData(result.data?.checklistListTypes)].sort((a, b) => a.order - b.order);
  }

  /** The village's list in force of a type, with only the items a case can run through; null when none is in force. */
  async itemsInForce(villageCode: string, listType: string): Promise<CaseCatalog | null> {
    const result = await runApi(() =>
      firstValueFrom(
        this.inForceGql.fetch({ variables: { regionCode: villageCode, listType }, fetchPolicy: 'no-cache' }),
      ),
    );
    const version = result.data?.checklistInForce;
    if (!version) return null;
    return { versionId: version.id, version: version.version, items: version.items.filter((i) => !!i.flow) };
  }

  /** Members of the village's households matching the text (at most 20 households). Empty text finds nothing. */
  async searchApplicants(villageCode: string, text: string): Promise<CaseApplicantOption[]> {
    const search = text.trim();
    if (!search) return [];
    const result = await runApi(() =>
      firstValueFrom(
        this.searchGql.fetch({
          variables: { regionCode: villageCode, search, first: 20 },
          fetchPolicy: 'no-cache',
        }),
      ),
    );
    return applicantOptions(requiredData(result.data?.households).items);
  }
}
