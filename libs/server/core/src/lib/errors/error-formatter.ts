import { GraphQLError } from 'graphql';
import { DomainError, ErrorKind } from './domain-error';

export interface FormattedError {
  message: string;
  code: string;
  kind: ErrorKind | 'INTERNAL';
  details?: Record<string, unknown>;
}

/** Postgres error codes that mean "the database is not reachable right now". */
const UNAVAILABLE_PG_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
const UNAVAILABLE_NET = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

/** Maps any thrown value to a stable, safe shape: no stack traces, no SQL, no internals. */
export function toFormattedError(err: unknown): FormattedError {
  if (err instanceof DomainError) {
    return { message: err.message, code: err.code, kind: err.kind, details: err.details };
  }
  const anyErr = err as {
    code?: string;
    status?: number;
    statusCode?: number;
    response?: unknown;
    name?: string;
  } | null;
  // class-validator via ValidationPipe (BadRequestException)
  if (anyErr && anyErr.name === 'BadRequestException' && anyErr.response) {
    const resp = anyErr.response as { message?: unknown };
    return {
      message: 'VALIDATION_FAILED',
      code: 'VALIDATION_FAILED',
      kind: 'BAD_USER_INPUT',
      details: { fields: Array.isArray(resp.message) ? resp.message : [String(resp.message ?? '')] },
    };
  }
  const refusal = requestRefusalStatus(err);
  if (refusal) {
    const code = refusal === 413 ? 'REQUEST_TOO_LARGE' : 'BAD_REQUEST';
    return { message: code, code, kind: 'BAD_USER_INPUT' };
  }
  if (anyErr && typeof anyErr.code === 'string') {
    if (UNAVAILABLE_PG_CODES.has(anyErr.code) || UNAVAILABLE_NET.has(anyErr.code)) {
      return { message: 'SERVICE_UNAVAILABLE', code: 'SERVICE_UNAVAILABLE', kind: 'UNAVAILABLE' };
    }
    if (anyErr.code === '23505') {
      return { message: 'CONFLICT_DUPLICATE', code: 'CONFLICT_DUPLICATE', kind: 'CONFLICT' };
    }
    if (anyErr.code === '22P02' || anyErr.code === '22001' || anyErr.code === '22003') {
      return { message: 'VALIDATION_FAILED', code: 'VALIDATION_FAILED', kind: 'BAD_USER_INPUT' };
    }
  }
  if (anyErr && /Connection terminated|timeout exceeded when trying to connect/i.test(String((err as Error).message))) {
    return { message: 'SERVICE_UNAVAILABLE', code: 'SERVICE_UNAVAILABLE', kind: 'UNAVAILABLE' };
  }
  return { message: 'INTERNAL_ERROR', code: 'INTERNAL_ERROR', kind: 'INTERNAL' };
}

/**
 * The 4xx status of a request that Fastify or one of its plugins refused before any handler ran (body over the
 * limit, unsupported media type, malformed body or multipart), else undefined.
 */
export function requestRefusalStatus(err: unknown): number | undefined {
  const e = err as { code?: unknown; statusCode?: unknown } | null;
  if (!e || typeof e.code !== 'string' || !e.code.startsWith('FST_') || typeof e.statusCode !== 'number')
    return undefined;
  return e.statusCode >= 400 && e.statusCode < 500 ? e.statusCode : undefined;
}

const HTTP_STATUS: Record<FormattedError['kind'], number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export function httpStatusOf(kind: FormattedError['kind']): number {
  return HTTP_STATUS[kind];
}

/** A GraphQL error (from execution) turned into one with `extensions.code`. */
export function formatGraphQLError(error: GraphQLError): GraphQLError {
  const original = error.originalError;
  const fromMercurius = (original as { code?: string } | undefined)?.code?.startsWith('MER_ERR_GQL');
  if (!original || original instanceof GraphQLError || fromMercurius) {
    // validation/parse errors: keep the message (it names the field), add a code
    const code = (error.extensions?.['code'] as string | undefined) ?? 'GRAPHQL_VALIDATION_FAILED';
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      path: error.path,
      extensions: { code, kind: 'BAD_USER_INPUT' },
    });
  }
  const f = toFormattedError(original);
  return new GraphQLError(f.code === 'INTERNAL_ERROR' ? 'Internal error' : f.message, {
    path: error.path,
    // details first: a detail named `code` or `kind` must never replace the real ones
    extensions: { ...(f.details ?? {}), code: f.code, kind: f.kind },
  });
}
