import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  CasesActOnFindingGQL,
  CasesComplaintFragment,
  CasesComplaintsGQL,
  CasesFindingFragment,
  CasesFindingsGQL,
  CasesHandleComplaintGQL,
  CasesInspectionFragment,
  CasesInspectionsGQL,
  CasesOversightGQL,
  CasesRecordInspectionGQL,
  CasesRecordRectificationGQL,
} from '../generated/graphql';
import type {
  CasesPage,
  ComplaintActionValue,
  ComplaintRow,
  ComplaintStatusValue,
  FindingActionValue,
  FindingRow,
  FindingStatusValue,
  InspectionRow,
  OversightRow,
  RecordInspectionRequest,
} from './case-models';
import { casesPageSize } from './cases-api';
import { pageOffset, requiredData, runApi } from '@xiangzhi/shared/data-access';

export function toFindingRow(f: CasesFindingFragment): FindingRow {
  return {
    id: f.id,
    inspectionId: f.inspectionId,
    regionCode: f.regionCode,
    seq: f.seq,
    text: f.text,
    severity: f.severity,
    status: f.status,
    dueOn: f.dueOn ?? null,
    overdue: f.overdue,
    rectificationText: f.rectificationText ?? null,
    rectifiedAt: f.rectifiedAt ?? null,
    verifiedAt: f.verifiedAt ?? null,
  };
}

export function toInspectionRow(i: CasesInspectionFragment): InspectionRow {
  return {
    id: i.id,
    regionCode: i.regionCode,
    targetKind: i.targetKind,
    listType: i.listType,
    itemCode: i.itemCode ?? null,
    itemName: i.itemName ?? null,
    caseId: i.caseId ?? null,
    summary: i.summary,
    inspectedOn: i.inspectedOn,
    inspectorRole: i.inspectorRole,
    createdAt: i.createdAt,
    findings: [...i.findings].sort((a, b) => a.seq - b.seq).map(toFindingRow),
  };
}

export function toComplaintRow(c: CasesComplaintFragment): ComplaintRow {
  return {
    id: c.id,
    number: c.number,
    regionCode: c.regionCode,
    subject: c.subject,
    text: c.text,
    contactMasked: c.contactMasked ?? null,
    status: c.status,
    reply: c.reply ?? null,
    repliedAt: c.repliedAt ?? null,
    submittedAt: c.submittedAt,
    acceptedAt: c.acceptedAt ?? null,
    closedAt: c.closedAt ?? null,
  };
}

/** Oversight (监督评价): the per-village view, inspections and their findings, residents' complaints. */
@Injectable({ providedIn: 'root' })
export class ChecklistOversightFacade {
  private readonly oversightGql = inject(CasesOversightGQL);
  private readonly inspectionsGql = inject(CasesInspectionsGQL);
  private readonly recordGql = inject(CasesRecordInspectionGQL);
  private readonly actGql = inject(CasesActOnFindingGQL);
  private readonly rectifyGql = inject(CasesRecordRectificationGQL);
  private readonly findingsGql = inject(CasesFindingsGQL);
  private readonly complaintsGql = inject(CasesComplaintsGQL);
  private readonly handleGql = inject(CasesHandleComplaintGQL);

  /** Per village of a region: open and overdue cases, refusals, open complaints and findings. */
  async overview(regionCode: string): Promise<OversightRow[]> {
    const result = await runApi(() =>
      firstValueFrom(this.oversightGql.fetch({ variables: { regionCode }, fetchPolicy: 'no-cache' })),
    );
    return requiredData(result.data?.checklistOversight).villages.map((v) => ({
      villageCode: v.villageCode,
      villageName: v.villageName,
      openCases: v.openCases,
      overdueCases: v.overdueCases,
      refusals: v.refusals,
      openComplaints: v.openComplaints,
      openFindings: v.openFindings,
    }));
  }

  async inspections(regionCode: string, pageIndex: number, pageSize: number): Promise<CasesPage<InspectionRow>> {
    const first = casesPageSize(pageSize);
    const result = await runApi(() =>
      firstValueFrom(
        this.inspectionsGql.fetch({
          variables: { regionCode, first, offset: pageOffset(pageIndex, first) },
          fetchPolicy: 'no-cache',
        }),
      ),
    );
    const page = requiredData(result.data?.checklistInspections);
    return { items: page.items.map(toInspectionRow), total: page.total };
  }

  async recordInspection(request: RecordInspectionRequest): Promise<InspectionRow> {
    const result = await runApi(() =>
      firstValueFrom(
        this.recordGql.mutate({
          fetchPolicy: 'no-cache',
          variables: {
            input: {
              villageCode: request.villageCode,
              listType: request.listType,
              itemCode: request.itemCode,
              caseId: request.caseId,
              inspectedOn: request.inspectedOn,
              summary: request.summary,
              findings: request.findings.map((f) => ({ text: f.text, severity: f.severity, dueOn: f.dueOn })),
              clientKey: request.clientKey,
            },
          },
        }),
      ),
    );
    return toInspectionRow(requiredData(result.data?.recordChecklistInspection));
  }

  /** An inspector's decision on a finding (require rectification by a date, verify, reopen, close). */
  async actOnFinding(
    findingId: string,
    action: FindingActionValue,
    note: string | null,
    dueOn: string | null,
  ): Promise<FindingRow> {
    const result = await runApi(() =>
      firstValueFrom(
        this.actGql.mutate({ fetchPolicy: 'no-cache', variables: { input: { findingId, action, note, dueOn } } }),
      ),
    );
    return toFindingRow(requiredData(result.data?.actOnChecklistFinding));
  }

  /** Findings of a region's villages in a status (e.g. RECTIFICATION_REQUIRED: what the village must rectify). */
  async findings(
    regionCode: string,
    status: FindingStatusValue | null,
    pageIndex: number,
    pageSize: number,
  ): Promise<CasesPage<FindingRow>> {
    const first = casesPageSize(pageSize);
    const result = await runApi(() =>
      firstValueFrom(
        this.findingsGql.fetch({
          variables: { regionCode, status, first, offset: pageOffset(pageIndex, first) },
          fetchPolicy: 'no-cache',
        }),
      ),
    );
    const page = requiredData(result.data?.checklistFindings);
    return { items: page.items.map(toFindingRow), total: page.total };
  }

  /** The village's rectification of a finding (整改情况). */
  async recordRectification(findingId: string, text: string, fileIds: readonly string[] = []): Promise<FindingRow> {
    const result = await runApi(() =>
      firstValueFrom(
        this.rectifyGql.mutate({
          fetchPolicy: 'no-cache',
          variables: { input: { findingId, text, fileIds: [...fileIds] } },
        }),
      ),
    );
    return toFindingRow(requiredData(result.data?.recordChecklistRectification));
  }

  async complaints(
    regionCode: string,
    status: ComplaintStatusValue | null,
    pageIndex: number,
    pageSize: number,
  ): Promise<CasesPage<ComplaintRow>> {
    const first = casesPageSize(pageSize);
    const result = await runApi(() =>
      firstValueFrom(
        this.complaintsGql.fetch({
          variables: {
            regionCode,
            status,
            first,
            offset: pageOffset(pageIndex, first),
          },
          fetchPolicy: 'no-cache',
        }),
      ),
    );
    const page = requiredData(result.data?.checklistComplaints);
    return { items: page.items.map(toComplaintRow), total: page.total };
  }

  async handleComplaint(complaintId: string, action: ComplaintActionValue, text: string | null): Promise<ComplaintRow> {
    const result = await runApi(() =>
      firstValueFrom(
        this.handleGql.mutate({ fetchPolicy: 'no-cache', variables: { input: { complaintId, action, text } } }),
      ),
    );
    return toComplaintRow(requiredData(result.data?.handleChecklistComplaint));
  }
}
