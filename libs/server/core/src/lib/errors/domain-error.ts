/** Error classes with stable codes; the global formatter puts the code in `extensions.code`. */
export type ErrorKind = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'UNAVAILABLE';

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    readonly details: Record<string, unknown> = {},
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'DomainError';
  }
}

export class ValidationError extends DomainError {
  constructor(code = 'VALIDATION_FAILED', details: Record<string, unknown> = {}, message?: string) {
    super(code, 'BAD_USER_INPUT', details, message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(code = 'AUTH_UNAUTHENTICATED', details: Record<string, unknown> = {}) {
    super(code, 'UNAUTHENTICATED', details);
  }
}

export class ForbiddenError extends DomainError {
  constructor(code = 'AUTH_PERMISSION_DENIED', details: Record<string, unknown> = {}) {
    super(code, 'FORBIDDEN', details);
  }
}

export class NotFoundError extends DomainError {
  constructor(code: string, details: Record<string, unknown> = {}) {
    super(code, 'NOT_FOUND', details);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, details: Record<string, unknown> = {}) {
    super(code, 'CONFLICT', details);
  }
}
