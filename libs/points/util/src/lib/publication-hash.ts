/**
 * The publication chain (T1), computed the same way by the API and in the browser (Web Crypto SHA-256 through
 * `globalThis.crypto.subtle`, present in Node 20+ and every current browser; no `node:crypto`).
 */

function canonical(value: unknown, path: string): string | undefined {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: () => unknown }).toJSON();
  }
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      // as JSON.stringify: NaN and ±Infinity become null
      return JSON.stringify(value);
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'bigint':
      throw new TypeError(`canonicalJson: a bigint cannot be hashed (at ${path || 'the top'})`);
    case 'object':
      break;
  }
  if (Array.isArray(value)) {
    // as JSON.stringify: holes, undefined and functions inside an array become null
    return `[${value.map((v, i) => canonical(v, `${path}[${i}]`) ?? 'null').join(',')}]`;
  }
  const obj = value as Record<string, unknown>;
  const parts: string[] = [];
  // default sort = UTF-16 code unit order: the same on every platform and locale
  for (const key of Object.keys(obj).sort()) {
    const v = canonical(obj[key], `${path}.${key}`);
    if (v !== undefined) parts.push(`${JSON.stringify(key)}:${v}`);
  }
  return `{${parts.join(',')}}`;
}

/** JSON with object keys sorted at every depth, no spaces: the bytes that are hashed. */
export function canonicalJson(value: unknown): string {
  const json = canonical(value, '');
  if (json === undefined) throw new TypeError('canonicalJson: nothing to serialise');
  return json;
}

/** sha256 hex of canonicalJson({ previousHash, content }). */
export async function publicationHash(previousHash: string | null, content: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson({ previousHash, content }));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
