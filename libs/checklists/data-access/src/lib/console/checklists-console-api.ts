import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApiError } from '@xiangzhi/shared/data-access';

/**
 * Awaits an API call and rethrows any failure as an `ApiError`. The checklist server puts an error's details next to
 * its code (`extensions.itemCode`, `field`, `flowProblem`, `stepId`, `problems`), so they are kept in `fields`: the
 * editor points at the item and field a refusal names.
 */
export async function runChecklistConsoleApi<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw checklistApiError(error);
  }
}

/** `ApiError.from`, keeping the details the checklist server sends beside the code. */
export function checklistApiError(error: unknown): ApiError {
  const base = ApiError.from(error);
  if (!CombinedGraphQLErrors.is(error)) return base;
  const extensions = error.errors[0]?.extensions ?? {};
  const details: Record<string, unknown> = { ...base.fields };
  for (const [key, value] of Object.entries(extensions)) {
    if (key !== 'code' && key !== 'kind') details[key] = value;
  }
  return new ApiError(base.code, base.kind, details, base.message);
}

/** One problem of a refused item as the server lists it in `details.problems`. */
export interface ChecklistRefusalProblem {
  code: string;
  field: string;
  message: string;
  flowProblem?: string;
  stepId?: string | null;
}

/** The item and its problems a refusal names (empty when the error is not about an item). */
export function refusalDetails(error: ApiError | null): {
  itemCode: string | null;
  problems: ChecklistRefusalProblem[];
} {
  const fields = error?.fields ?? {};
  const itemCode = typeof fields['itemCode'] === 'string' ? (fields['itemCode'] as string) : null;
  const raw = Array.isArray(fields['problems']) ? (fields['problems'] as unknown[]) : [];
  const problems = raw.filter(
    (p): p is ChecklistRefusalProblem =>
      typeof p === 'object' && p !== null && typeof (p as { code?: unknown }).code === 'string',
  );
  return { itemCode, problems };
}

/** The most rows one page may ask for (the API's PageArgs limit). */
export const CHECKLIST_MAX_PAGE_SIZE = 100;

/** Poster sizes of a version (engineer B's poster endpoint). */
export type ChecklistConsolePosterSize = 'A3' | 'A4';

/** `GET /api/checklists/versions/<id>/poster.pdf?size=A3|A4` (staff, with the session). */
export function checklistPosterPath(versionId: string, size: ChecklistConsolePosterSize): string {
  return `/api/checklists/versions/${encodeURIComponent(versionId)}/poster.pdf?size=${size}`;
}

/** The file name offered for a version's poster. */
export function checklistPosterFileName(listName: string, version: number, size: ChecklistConsolePosterSize): string {
  return `${listName}-第${version}版-${size}.pdf`;
}

/** A county list type as the form edits it (the order as typed, so an empty field can be reported). */
export interface ChecklistListTypeDraft {
  code: string;
  nameZh: string;
  nameEn: string;
  order: number | null;
  kind: 'GENERAL' | 'NEGATIVE' | 'CERTIFICATE';
  enabled: boolean;
}

/** A field of the list type form and what is wrong with it. */
export type ChecklistListTypeProblem = 'code' | 'nameZh' | 'nameEn' | 'order' | 'kind';

/** The server's rules for a list type code (SetChecklistListTypeInput.code). */
export const CHECKLIST_LIST_TYPE_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

/**
 * The fields of a list type the server would refuse, by its rules: the code `^[A-Z][A-Z0-9_]{1,39}$`, the Chinese name
 * 2–50 characters and the English 2–100 (trimmed), the order a whole number 0–999, one of the three kinds.
 */
export function listTypeProblems(draft: ChecklistListTypeDraft): ChecklistListTypeProblem[] {
  const problems: ChecklistListTypeProblem[] = [];
  if (!CHECKLIST_LIST_TYPE_CODE.test(draft.code.trim())) problems.push('code');
  const zh = draft.nameZh.trim().length;
  if (zh < 2 || zh > 50) problems.push('nameZh');
  const en = draft.nameEn.trim().length;
  if (en < 2 || en > 100) problems.push('nameEn');
  const order = draft.order;
  if (order === null || !Number.isInteger(order) || order < 0 || order > 999) problems.push('order');
  if (!['GENERAL', 'NEGATIVE', 'CERTIFICATE'].includes(draft.kind)) problems.push('kind');
  return problems;
}
