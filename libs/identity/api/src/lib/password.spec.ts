import { IdentityErrorCode } from './identity.errors';
import { hashPassword, passwordNeedsRehash, passwordPolicyViolation, verifyDummy, verifyPassword } from './password';

describe('password policy', () => {
  it.each([
    ['short7!', 'alice', IdentityErrorCode.PASSWORD_TOO_SHORT],
    ['', 'alice', IdentityErrorCode.PASSWORD_TOO_SHORT],
    ['x'.repeat(129), 'alice', IdentityErrorCode.PASSWORD_TOO_LONG],
    ['village-admin', 'Village-Admin', IdentityErrorCode.PASSWORD_EQUALS_USERNAME],
    [' longusername ', 'longusername', IdentityErrorCode.PASSWORD_EQUALS_USERNAME],
    ['eight888', 'alice', null],
    ['x'.repeat(128), 'alice', null],
    ['八个汉字的密码啊', 'alice', null],
  ])('%j for user %s → %s', (password, username, expected) => {
    expect(passwordPolicyViolation(password, username)).toBe(expected);
  });

  it('counts characters, not UTF-16 units or bytes', () => {
    expect(passwordPolicyViolation('😀😀😀😀😀😀😀', 'alice')).toBe(IdentityErrorCode.PASSWORD_TOO_SHORT);
    expect(passwordPolicyViolation('😀😀😀😀😀😀😀😀', 'alice')).toBeNull();
  });
});

describe('argon2id hashing', () => {
  it('uses the OWASP parameters and verifies', async () => {
    const hash = await hashPassword('correct horse');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(verifyPassword(hash, 'correct horse')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'wrong horse')).resolves.toBe(false);
    expect(passwordNeedsRehash(hash)).toBe(false);
  });

  it('treats a malformed hash as a mismatch and asks for a rehash of weaker ones', async () => {
    await expect(verifyPassword('not-a-hash', 'x')).resolves.toBe(false);
    expect(passwordNeedsRehash('$argon2id$v=19$m=4096,t=3,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo')).toBe(true);
    expect(passwordNeedsRehash('$2b$10$abcdefghijklmnopqrstuu')).toBe(true);
  });

  it('spends a verification on unknown users without failing', async () => {
    await expect(verifyDummy('anything')).resolves.toBeUndefined();
  });
});
