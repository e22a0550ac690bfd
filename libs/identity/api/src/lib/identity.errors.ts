import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '@xiangzhi/server/core';

/** Stable error codes of the identity domain (translated by the web apps as `errors.<CODE>`). */
export const IdentityErrorCode = {
  INVALID_CREDENTIALS: 'AUTH_INVALID_CREDENTIALS',
  ACCOUNT_LOCKED: 'AUTH_ACCOUNT_LOCKED',
  ACCOUNT_DISABLED: 'AUTH_ACCOUNT_DISABLED',
  TOO_MANY_ATTEMPTS: 'AUTH_TOO_MANY_ATTEMPTS',
  REFRESH_INVALID: 'AUTH_REFRESH_INVALID',
  REFRESH_REUSED: 'AUTH_REFRESH_REUSED',
  CURRENT_PASSWORD_INVALID: 'AUTH_CURRENT_PASSWORD_INVALID',
  PASSWORD_TOO_SHORT: 'AUTH_PASSWORD_TOO_SHORT',
  PASSWORD_TOO_LONG: 'AUTH_PASSWORD_TOO_LONG',
  PASSWORD_EQUALS_USERNAME: 'AUTH_PASSWORD_EQUALS_USERNAME',
  PASSWORD_UNCHANGED: 'AUTH_PASSWORD_UNCHANGED',
  USER_NOT_FOUND: 'USER_NOT_FOUND',
  USERNAME_TAKEN: 'USER_USERNAME_TAKEN',
  USERNAME_INVALID: 'USER_USERNAME_INVALID',
  ROLE_NOT_MANAGEABLE: 'USER_ROLE_NOT_MANAGEABLE',
  REGION_NOT_FOUND: 'USER_REGION_NOT_FOUND',
  REGION_LEVEL_MISMATCH: 'USER_REGION_LEVEL_MISMATCH',
  GRID_CODES_REQUIRED: 'USER_GRID_CODES_REQUIRED',
  GRID_CODE_INVALID: 'USER_GRID_CODE_INVALID',
  GRID_CODES_NOT_ALLOWED: 'USER_GRID_CODES_NOT_ALLOWED',
  SELF_CHANGE_REFUSED: 'USER_SELF_CHANGE_REFUSED',
} as const;

export type IdentityErrorCode = (typeof IdentityErrorCode)[keyof typeof IdentityErrorCode];

const C = IdentityErrorCode;

/** Wrong username or password; the same answer whether or not the user exists. */
export const invalidCredentials = () => new UnauthenticatedError(C.INVALID_CREDENTIALS);

/** Too many failed logins: the account is locked until `lockedUntil`. */
export const accountLocked = (lockedUntil: Date) =>
  new UnauthenticatedError(C.ACCOUNT_LOCKED, { lockedUntil: lockedUntil.toISOString() });

export const accountDisabled = () => new UnauthenticatedError(C.ACCOUNT_DISABLED);

/** Too many login attempts from one address within the throttle window. */
export const tooManyAttempts = (retryAfterSeconds: number) =>
  new DomainError(C.TOO_MANY_ATTEMPTS, 'FORBIDDEN', { retryAfterSeconds });

export const refreshInvalid = () => new UnauthenticatedError(C.REFRESH_INVALID);
export const refreshReused = () => new UnauthenticatedError(C.REFRESH_REUSED);

export const currentPasswordInvalid = () =>
  new ValidationError(C.CURRENT_PASSWORD_INVALID, { fields: ['currentPassword'] });

export const passwordPolicyViolated = (code: IdentityErrorCode, field: string) =>
  new ValidationError(code, { fields: [field] });

export const userNotFound = (id: string) => new NotFoundError(C.USER_NOT_FOUND, { id });
export const usernameTaken = (username: string) => new ConflictError(C.USERNAME_TAKEN, { username });
export const usernameInvalid = () => new ValidationError(C.USERNAME_INVALID, { fields: ['username'] });
export const roleNotManageable = (role: string) => new ForbiddenError(C.ROLE_NOT_MANAGEABLE, { role });
export const regionNotFound = (regionCode: string) =>
  new ValidationError(C.REGION_NOT_FOUND, { regionCode, fields: ['regionCode'] });
export const regionLevelMismatch = (role: string, regionCode: string) =>
  new ValidationError(C.REGION_LEVEL_MISMATCH, { role, regionCode, fields: ['regionCode'] });
export const gridRuleViolated = (code: IdentityErrorCode, details: Record<string, unknown> = {}) =>
  new ValidationError(code, { ...details, fields: ['gridCodes'] });
export const selfChangeRefused = (field: string) => new ForbiddenError(C.SELF_CHANGE_REFUSED, { field });
