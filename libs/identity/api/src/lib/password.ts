import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { IdentityErrorCode } from './identity.errors';

/** OWASP Password Storage Cheat Sheet: argon2id, m = 19 MiB, t = 2, p = 1. */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** The argon2id PHC string of `password`. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

/** Whether `password` matches `hash`; a malformed hash is a mismatch, never an error. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Whether a stored hash was made with other parameters (or another algorithm) and should be remade at sign-in. */
export function passwordNeedsRehash(hash: string): boolean {
  if (!hash.startsWith('$argon2id$')) return true;
  const { memoryCost, timeCost, parallelism } = ARGON2_OPTIONS;
  try {
    return argon2.needsRehash(hash, { memoryCost, timeCost, parallelism });
  } catch {
    return true;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the time of one verification, so that an unknown username answers as slowly as a wrong password. */
export async function verifyDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(await dummyHash, password);
}

/** The first rule `password` breaks (code and field), or null. Length counts characters, not bytes. */
export function passwordPolicyViolation(password: string, username: string): IdentityErrorCode | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return IdentityErrorCode.PASSWORD_TOO_SHORT;
  if (length > PASSWORD_MAX_LENGTH) return IdentityErrorCode.PASSWORD_TOO_LONG;
  if (password.trim().toLowerCase() === username.trim().toLowerCase())
    return IdentityErrorCode.PASSWORD_EQUALS_USERNAME;
  return null;
}
