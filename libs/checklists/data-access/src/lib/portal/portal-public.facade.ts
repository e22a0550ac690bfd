import { inject, Injectable } from '@angular/core';
import { ApiError, newClientKey, runApi } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import {
  PortalChecklistCasesGQL,
  PortalChecklistCasesQuery,
  PortalSubmitComplaintGQL,
  PortalVerifyCertificateGQL,
  PortalVerifyCertificateQuery,
} from '../generated/graphql';

/** What the verification page shows of a certificate: VALID, REVOKED or UNKNOWN, the item, village and dates. */
export type PortalCertificateVerification = PortalVerifyCertificateQuery['verifyChecklistCertificate'];
export type PortalCertificateStatus = PortalCertificateVerification['status'];
/** One page of a village's disclosed case results (no applicant, nothing personal). */
export type PortalCasePage = PortalChecklistCasesQuery['publicChecklistCases'];
export type PortalCaseResult = PortalCasePage['items'][number];

/** A resident's complaint as the form sends it. */
export interface PortalComplaint {
  villageCode: string;
  subject: string;
  text: string;
  /** A phone number to call back, or empty. */
  contact: string;
  /** One key per complaint written: a repeated send (double tap, retry) gets the first one's number. */
  clientKey: string;
}

/** A fresh key for one complaint. */
export function newComplaintKey(): string {
  return newClientKey();
}

/** Rows per page of the public case results. */
export const PORTAL_CASES_PAGE = 20;

/** The public site's certificate check, case results and complaints (no sign-in). */
@Injectable({ providedIn: 'root' })
export class PortalChecklistPublicFacade {
  private readonly verifyGql = inject(PortalVerifyCertificateGQL);
  private readonly casesGql = inject(PortalChecklistCasesGQL);
  private readonly complaintGql = inject(PortalSubmitComplaintGQL);

  /** VALID, REVOKED or UNKNOWN for a serial (always answered fresh: a revocation shows at once). */
  async verify(serial: string): Promise<PortalCertificateVerification> {
    const result = await runApi(() =>
      firstValueFrom(this.verifyGql.fetch({ variables: { serial }, fetchPolicy: 'network-only' })),
    );
    const found = result.data?.verifyChecklistCertificate;
    if (!found) throw new ApiError('UNKNOWN');
    return found;
  }

  /** One page of a village's disclosed results, newest first. */
  async cases(villageCode: string, page = 0, size = PORTAL_CASES_PAGE): Promise<PortalCasePage> {
    const variables = { villageCode, first: size, offset: page * size };
    const result = await runApi(() => firstValueFrom(this.casesGql.fetch({ variables })));
    return result.data?.publicChecklistCases ?? { total: 0, items: [] };
  }

  /** Sends a complaint; answers the number to quote. */
  async complain(complaint: PortalComplaint): Promise<string> {
    const input = {
      villageCode: complaint.villageCode,
      subject: complaint.subject.trim(),
      text: complaint.text.trim(),
      contact: complaint.contact.trim() === '' ? null : complaint.contact.trim(),
      clientKey: complaint.clientKey,
    };
    const result = await runApi(() => firstValueFrom(this.complaintGql.mutate({ variables: { input } })));
    const number = result.data?.submitChecklistComplaint.number;
    if (!number) throw new ApiError('UNKNOWN');
    return number;
  }
}
