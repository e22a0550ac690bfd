import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** Error kinds of the API (docs/graphql.md). */
export type ApiErrorKind =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'UNAVAILABLE';

const KINDS: readonly string[] = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNAVAILABLE',
];

/** A failed API call, reduced to what the UI needs: the stable code (translated as `errors.<CODE>`), kind and fields. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ApiErrorKind | null = null,
    readonly fields: Readonly<Record<string, unknown>> = {},
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'ApiError';
  }

  /** Reads `extensions.code/kind/fields` of the first GraphQL error, or classifies a network/HTTP failure. */
  static from(error: unknown): ApiError {
    if (error instanceof ApiError) return error;
    if (CombinedGraphQLErrors.is(error)) {
      const first = error.errors[0];
      return fromExtensions(first?.extensions, first?.message);
    }
    if (ServerError.is(error)) {
      return fromBody(error.bodyText, error.statusCode) ?? fromStatus(error.statusCode);
    }
    if (isGraphQLErrorList(error)) {
      return fromExtensions(error.errors[0]?.extensions, error.errors[0]?.message);
    }
    if (error instanceof TypeError) {
      // fetch() rejects with a TypeError when the network is down
      return new ApiError('NETWORK_ERROR', 'UNAVAILABLE', {}, error.message);
    }
    return new ApiError('UNKNOWN', null, {}, error instanceof Error ? error.message : String(error));
  }

  /** The error of a failed REST response (JSON `{ code, kind }` or `{ errors: [{ extensions }] }`, else by status). */
  static async fromResponse(response: Response): Promise<ApiError> {
    let text = '';
    try {
      text = await response.text();
    } catch {
      // body unreadable: fall back to the status
    }
    return fromBody(text, response.status) ?? fromStatus(response.status);
  }
}

/** Whether the error means the caller is not (or no longer) signed in. */
export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some(
      (e) => e.extensions?.['kind'] === 'UNAUTHENTICATED' || e.extensions?.['code'] === 'UNAUTHENTICATED',
    );
  }
  if (ServerError.is(error)) return error.statusCode === 401;
  return error instanceof ApiError && error.kind === 'UNAUTHENTICATED';
}

function fromExtensions(extensions: Record<string, unknown> | undefined, message?: string): ApiError {
  const code = typeof extensions?.['code'] === 'string' ? (extensions['code'] as string) : 'UNKNOWN';
  const kindValue = extensions?.['kind'];
  const kind = typeof kindValue === 'string' && KINDS.includes(kindValue) ? (kindValue as ApiErrorKind) : null;
  const fieldsValue = extensions?.['fields'];
  const fields = fieldsValue && typeof fieldsValue === 'object' ? (fieldsValue as Record<string, unknown>) : {};
  return new ApiError(code, kind ?? kindOfCode(code), fields, message);
}

function fromBody(text: string, status: number): ApiError | null {
  if (!text) return null;
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    if (isGraphQLErrorList(body)) return fromExtensions(body.errors[0]?.extensions, body.errors[0]?.message);
    if (typeof body['code'] === 'string') {
      const extensions = { ...body, kind: body['kind'] ?? kindOfStatus(status) };
      return fromExtensions(extensions, typeof body['message'] === 'string' ? body['message'] : undefined);
    }
  } catch {
    // not JSON
  }
  return null;
}

function fromStatus(status: number): ApiError {
  return new ApiError(`HTTP_${status}`, kindOfStatus(status));
}

function kindOfStatus(status: number): ApiErrorKind | null {
  if (status === 400 || status === 413 || status === 415 || status === 422) return 'BAD_USER_INPUT';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status >= 500) return 'UNAVAILABLE';
  return null;
}

/** Codes such as `UNAUTHENTICATED` that are themselves kinds (some servers use the kind as the code). */
function kindOfCode(code: string): ApiErrorKind | null {
  return KINDS.includes(code) ? (code as ApiErrorKind) : null;
}

function isGraphQLErrorList(
  value: unknown,
): value is { errors: { message?: string; extensions?: Record<string, unknown> }[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { errors?: unknown }).errors) &&
    (value as { errors: unknown[] }).errors.length > 0
  );
}
