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

/** The data of a GraphQL answer, or an `UNKNOWN` error when the server sent none. */
export function requiredChecklistData<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new ApiError('UNKNOWN');
  return value;
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
