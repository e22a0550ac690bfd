import { ApiError } from '@xiangzhi/shared/data-access';

/** Awaits an API call and rethrows any failure as an `ApiError` (with its stable code). */
export async function runCasesApi<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw ApiError.from(error);
  }
}

/** The data of a GraphQL answer, or an `UNKNOWN` error when the server sent none. */
export function requiredCasesData<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new ApiError('UNKNOWN');
  return value;
}

/**
 * A client key for one attempt of opening a case: a UUID v4 (the server answers a repeated key with the case the
 * first attempt opened). `crypto.randomUUID` exists only in secure contexts, so the key is built from
 * `crypto.getRandomValues` when it is missing.
 */
export function newCaseClientKey(
  source: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = globalThis.crypto,
): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The most rows one page may ask for (the API's PageArgs limit). */
export const CASES_MAX_PAGE_SIZE = 100;

/** A page size the API accepts: 1 … 100. */
export function casesPageSize(size: number): number {
  return Math.min(CASES_MAX_PAGE_SIZE, Math.max(1, Math.floor(size)));
}

/** `offset` of a 1-based page. */
export function casesPageOffset(pageIndex: number, pageSize: number): number {
  return Math.max(0, pageIndex - 1) * pageSize;
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
