import type { ChecklistCertificateEntity } from './certificate.entity';
import { ChecklistCertificateStatus, type ChecklistCertificateModel } from './certificate.model';

export function toCertificateModel(r: ChecklistCertificateEntity): ChecklistCertificateModel {
  return {
    id: r.id,
    serial: r.serial,
    caseId: r.caseId,
    regionCode: r.regionCode,
    itemCode: r.itemCode,
    itemName: r.itemName,
    holderName: r.holderName,
    purpose: r.purpose,
    basis: r.basis,
    issuedBy: r.issuedBy,
    issuedAt: r.issuedAt,
    status: r.revokedAt ? ChecklistCertificateStatus.REVOKED : ChecklistCertificateStatus.VALID,
    revokedAt: r.revokedAt,
    revokedBy: r.revokedBy,
    revokeReason: r.revokeReason,
  };
}
