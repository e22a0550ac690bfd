import { inject, Injectable } from '@angular/core';
import type { FlowAction, FlowChart } from '@xiangzhi/checklists/util';
import { FileApi, pageOffset, requiredData, runApi } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import {
  CasesActGQL,
  CasesCaseGQL,
  CasesCertificateFragment,
  CasesCertificatesGQL,
  CasesDetailFragment,
  CasesIssueCertificateGQL,
  CasesListGQL,
  CasesListTypesGQL,
  CasesOpenGQL,
  CasesRevokeCertificateGQL,
  CasesRowFragment,
  CasesVersionFlowsGQL,
} from '../generated/graphql';
import { toCaseFlowChart } from './case-catalog.facade';
import type {
  CaseAttachment,
  CaseCertificate,
  CaseDetail,
  CaseRow,
  CasesPage,
  CasesQuery,
  OpenCaseRequest,
} from './case-models';
import {
  CASE_ATTACHMENT_LIMIT,
  caseAttachmentFileName,
  casesPageSize,
  certificateFileName,
  certificatePdfPath,
} from './cases-api';

/** A case row of the API as the pages' shape. */
export function toCaseRow(c: CasesRowFragment): CaseRow {
  return {
    id: c.id,
    number: c.number,
    regionCode: c.regionCode,
    listType: c.listType,
    itemCode: c.itemCode,
    itemName: c.itemName,
    applicantKind: c.applicantKind,
    applicantName: c.applicantName,
    status: c.status,
    currentStep: c.currentStep
      ? { id: c.currentStep.id, name: c.currentStep.name, role: c.currentStep.role, kind: c.currentStep.kind }
      : null,
    openedAt: c.openedAt,
    dueAt: c.dueAt ?? null,
    closedAt: c.closedAt ?? null,
    overdue: c.overdue,
    result: c.result ?? null,
  };
}

/** A certificate of the API as the pages' shape. */
export function toCaseCertificate(c: CasesCertificateFragment): CaseCertificate {
  return {
    id: c.id,
    serial: c.serial,
    caseId: c.caseId ?? null,
    regionCode: c.regionCode,
    itemCode: c.itemCode,
    itemName: c.itemName,
    holderName: c.holderName,
    purpose: c.purpose,
    basis: c.basis ?? null,
    issuedAt: c.issuedAt,
    revokedAt: c.revokedAt ?? null,
    revokeReason: c.revokeReason ?? null,
    status: c.status === 'REVOKED' || c.revokedAt ? 'REVOKED' : 'VALID',
  };
}

/** A case with its log, actions and certificate; the chart and the list's kind are added by the facade. */
export function toCaseDetail(c: CasesDetailFragment, flow: FlowChart | null, listKind: string | null): CaseDetail {
  return {
    ...toCaseRow(c),
    requestText: c.requestText ?? null,
    stepDueAt: c.stepDueAt ?? null,
    availableActions: c.availableActions.map((a) => ({ action: a.action, label: a.label, to: a.to })),
    events: c.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      action: e.action,
      fromStepId: e.fromStepId,
      fromStepName: e.fromStepName ?? null,
      toStepId: e.toStepId,
      toStepName: e.toStepName ?? null,
      actorName: null,
      actorRole: e.actorRole ?? null,
      at: e.at,
      note: e.note ?? null,
      attachmentFileIds: [...(e.attachmentFileIds ?? [])],
    })),
    reminders: c.reminders.map((r) => ({ stepId: r.stepId, day: r.day, kind: r.kind, dueAt: r.dueAt })),
    certificate: c.certificate ? toCaseCertificate(c.certificate) : null,
    flow,
    listKind,
  };
}

/**
 * Cases (办件) of the console: the list, one case with its item's chart, opening, acting on the current step, and
 * the certificates (issue, revoke, PDF, the issuance log). Answers bypass Apollo's cache (`no-cache`): steps of
 * different charts share ids (apply, review …), so normalising them by id would mix up charts and cases.
 */
@Injectable({ providedIn: 'root' })
export class ChecklistCasesFacade {
  private readonly listGql = inject(CasesListGQL);
  private readonly caseGql = inject(CasesCaseGQL);
  private readonly flowsGql = inject(CasesVersionFlowsGQL);
  private readonly listTypesGql = inject(CasesListTypesGQL);
  private readonly openGql = inject(CasesOpenGQL);
  private readonly actGql = inject(CasesActGQL);
  private readonly issueGql = inject(CasesIssueCertificateGQL);
  private readonly revokeGql = inject(CasesRevokeCertificateGQL);
  private readonly certificatesGql = inject(CasesCertificatesGQL);
  private readonly files = inject(FileApi);
  /** Charts by version and item (a version's items never change once published). */
  private readonly flows = new Map<string, Promise<Map<string, FlowChart>>>();
  /** List kinds by region (the county's list types change rarely; a reload of the page reads them again). */
  private readonly kinds = new Map<string, Promise<Map<string, string>>>();

  async cases(query: CasesQuery): Promise<CasesPage<CaseRow>> {
    const first = casesPageSize(query.pageSize);
    const result = await runApi(() =>
      firstValueFrom(
        this.listGql.fetch({
          variables: {
            regionCode: query.regionCode,
            status: query.status,
            overdue: query.overdue,
            first,
            offset: pageOffset(query.pageIndex, first),
          },
          fetchPolicy: 'no-cache',
        }),
      ),
    );
    const page = requiredData(result.data?.checklistCases);
    return { items: page.items.map(toCaseRow), total: page.total };
  }

  async case(id: string): Promise<CaseDetail> {
    const result = await runApi(() =>
      firstValueFrom(this.caseGql.fetch({ variables: { id }, fetchPolicy: 'no-cache' })),
    );
    return this.detail(requiredData(result.data?.checklistCase));
  }

  async open(request: OpenCaseRequest): Promise<CaseRow> {
    const result = await runApi(() =>
      firstValueFrom(
        this.openGql.mutate({
          fetchPolicy: 'no-cache',
          variables: {
            input: {
              villageCode: request.villageCode,
              listType: request.listType,
              itemCode: request.itemCode,
              applicantKind: request.applicantKind,
              applicantMemberId: request.applicantMemberId,
              applicantName: request.applicantKind === 'ORGANISATION' ? request.applicantName : null,
              requestText: request.requestText || null,
              clientKey: request.clientKey,
            },
          },
        }),
      ),
    );
    return toCaseRow(requiredData(result.data?.openChecklistCase));
  }

  /**
   * Takes an action on the case's current step with the files attached (uploaded with `uploadAttachment`; each
   * once, at most `CASE_ATTACHMENT_LIMIT`); answers the case as it then stands.
   */
  async act(
    caseId: string,
    action: FlowAction,
    note: string | null,
    attachmentFileIds: readonly string[] = [],
  ): Promise<CaseDetail> {
    const fileIds = [...new Set(attachmentFileIds)].slice(0, CASE_ATTACHMENT_LIMIT);
    const result = await runApi(() =>
      firstValueFrom(
        this.actGql.mutate({
          fetchPolicy: 'no-cache',
          variables: { input: { caseId, action, note, attachmentFileIds: fileIds } },
        }),
      ),
    );
    return this.detail(requiredData(result.data?.actOnChecklistCase));
  }

  /** Issues the certificate of a granted case (holder: the applicant unless given; purpose: the item's unless given). */
  async issueCertificate(caseId: string, holderName: string | null, purpose: string | null): Promise<CaseCertificate> {
    const result = await runApi(() =>
      firstValueFrom(
        this.issueGql.mutate({
          fetchPolicy: 'no-cache',
          variables: { input: { caseId, holderName: holderName || null, purpose: purpose || null } },
        }),
      ),
    );
    return toCaseCertificate(requiredData(result.data?.issueChecklistCertificate));
  }

  async revokeCertificate(id: string, reason: string): Promise<CaseCertificate> {
    const result = await runApi(() =>
      firstValueFrom(this.revokeGql.mutate({ fetchPolicy: 'no-cache', variables: { id, reason: reason.trim() } })),
    );
    return toCaseCertificate(requiredData(result.data?.revokeChecklistCertificate));
  }

  /** The issuance log (证明开具台账) of a region, newest first. */
  async certificates(regionCode: string, pageIndex: number, pageSize: number): Promise<CasesPage<CaseCertificate>> {
    const first = casesPageSize(pageSize);
    const result = await runApi(() =>
      firstValueFrom(
        this.certificatesGql.fetch({
          variables: { regionCode, first, offset: pageOffset(pageIndex, first) },
          fetchPolicy: 'no-cache',
        }),
      ),
    );
    const page = requiredData(result.data?.checklistCertificates);
    return { items: page.items.map(toCaseCertificate), total: page.total };
  }

  /** Uploads one file (photo, PDF scan of a material) to attach to the next action (`POST /api/files`). */
  async uploadAttachment(file: File): Promise<CaseAttachment> {
    const uploaded = await this.files.upload(file);
    return { id: uploaded.id, name: uploaded.name || file.name };
  }

  /** Opens an attachment of a case event (with the session) in a new tab; `index` counts from 1 for its name. */
  async openAttachment(fileId: string, index: number): Promise<void> {
    const blob = await this.files.download(fileId);
    this.files.openBlob(blob, caseAttachmentFileName(index, blob.type));
  }

  /** Opens a certificate's PDF (with the session) in a new tab to print. */
  async openCertificatePdf(c: Pick<CaseCertificate, 'id' | 'serial'>): Promise<void> {
    const blob = await this.files.getBlob(certificatePdfPath(c.id));
    this.files.openBlob(blob, certificateFileName(c.serial));
  }

  private async detail(c: CasesDetailFragment): Promise<CaseDetail> {
    const [flow, listKind] = await Promise.all([
      this.flowOf(c.versionId, c.itemCode).catch(() => null),
      this.listKindOf(c.regionCode, c.listType).catch(() => null),
    ]);
    return toCaseDetail(c, flow, listKind);
  }

  private async flowOf(versionId: string, itemCode: string): Promise<FlowChart | null> {
    let charts = this.flows.get(versionId);
    if (!charts) {
      charts = runApi(() =>
        firstValueFrom(this.flowsGql.fetch({ variables: { id: versionId }, fetchPolicy: 'no-cache' })),
      ).then((result) => {
        const version = requiredData(result.data?.checklistVersion);
        return new Map(version.items.flatMap((i) => (i.flow ? [[i.code, toCaseFlowChart(i.flow)] as const] : [])));
      });
      this.flows.set(versionId, charts);
      charts.catch(() => this.flows.delete(versionId));
    }
    return (await charts).get(itemCode) ?? null;
  }

  private async listKindOf(regionCode: string, listType: string): Promise<string | null> {
    let kinds = this.kinds.get(regionCode);
    if (!kinds) {
      kinds = runApi(() =>
        firstValueFrom(this.listTypesGql.fetch({ variables: { regionCode }, fetchPolicy: 'no-cache' })),
      ).then((result) => new Map(requiredData(result.data?.checklistListTypes).map((t) => [t.code, t.kind])));
      this.kinds.set(regionCode, kinds);
      kinds.catch(() => this.kinds.delete(regionCode));
    }
    return (await kinds).get(listType) ?? null;
  }
}
