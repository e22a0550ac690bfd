/** The most rows one page may ask for (the API's PageArgs limit). */
export const CASES_MAX_PAGE_SIZE = 100;

/** A page size the API accepts: 1 … 100. */
export function casesPageSize(size: number): number {
  return Math.min(CASES_MAX_PAGE_SIZE, Math.max(1, Math.floor(size)));
}

/** `GET /api/checklists/certificates/<id>/certificate.pdf` (staff, with the session). */
export function certificatePdfPath(certificateId: string): string {
  return `/api/checklists/certificates/${encodeURIComponent(certificateId)}/certificate.pdf`;
}

/** At most this many files go with one action (the API's limit). */
export const CASE_ATTACHMENT_LIMIT = 20;

/** The file name offered for the `index`th (from 1) attachment of a case event, by its content type. */
export function caseAttachmentFileName(index: number, contentType: string): string {
  const type = contentType.split(';')[0].trim().toLowerCase();
  const ext: Record<string, string> = {
    'application/pdf': '.pdf',
    'image/jpeg': '.jpg',
    'image/png': '.png',
    'image/gif': '.gif',
    'image/webp': '.webp',
    'image/heic': '.heic',
  };
  return `附件-${index}${ext[type] ?? ''}`;
}

/** The file name offered for a certificate's PDF. */
export function certificateFileName(serial: string): string {
  return `证明-${serial}.pdf`;
}
