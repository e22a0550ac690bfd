import { createHash } from 'node:crypto';
import { canonicalJson, publicationHash } from './publication-hash';

function nodeSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no spaces', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: '乡治' } })).toBe(
      '{"a":{"c":"乡治","d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('drops undefined object members and writes null for undefined array members, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, null], c: Number.NaN })).toBe('{"b":[null,null],"c":null}');
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson({ a: BigInt(1) })).toThrow(TypeError);
  });
});

describe('publicationHash', () => {
  const content = { period: { year: 2026, fromMonth: 1, toMonth: 3 }, rows: [{ householdId: 'h1', value: 12 }] };

  it('is the sha256 of the canonical JSON of { previousHash, content } (known vector)', async () => {
    const text =
      '{"content":{"period":{"fromMonth":1,"toMonth":3,"year":2026},"rows":[{"householdId":"h1","value":12}]},' +
      '"previousHash":null}';
    expect(canonicalJson({ previousHash: null, content })).toBe(text);
    const hash = await publicationHash(null, content);
    expect(hash).toBe(nodeSha256(text));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes the empty string vector the same as every sha256', async () => {
    // sha256("") is a fixed public vector; guards against a wrong digest algorithm
    expect(nodeSha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const text = '{"content":"","previousHash":"abc"}';
    expect(await publicationHash('abc', '')).toBe(nodeSha256(text));
  });

  it('does not depend on key order', async () => {
    const reordered = { rows: [{ value: 12, householdId: 'h1' }], period: { toMonth: 3, fromMonth: 1, year: 2026 } };
    expect(await publicationHash('p', reordered)).toBe(await publicationHash('p', content));
  });

  it('changes with any change of content or of the previous hash', async () => {
    const base = await publicationHash('p', content);
    const changed = { ...content, rows: [{ householdId: 'h1', value: 13 }] };
    expect(await publicationHash('p', changed)).not.toBe(base);
    expect(await publicationHash('q', content)).not.toBe(base);
    expect(await publicationHash(null, content)).not.toBe(base);
    expect(await publicationHash('p', { ...content, extra: true })).not.toBe(base);
    // array order is content
    const two = { rows: [1, 2] };
    expect(await publicationHash('p', two)).not.toBe(await publicationHash('p', { rows: [2, 1] }));
  });
});
