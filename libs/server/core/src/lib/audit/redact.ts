/** Argument names whose values never reach the audit log or the logs. */
const SECRET_KEYS = /password|token|secret|idNumber|phone|contact/i;

/** A copy of `value` with secrets replaced, long strings cut and depth bounded. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 4) return '…';
  if (value === null || value === undefined) return value;
  if (typeof value === 'string') return value.length > 200 ? value.slice(0, 200) + '…' : value;
  if (typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    const head = value.slice(0, 20).map((v) => redact(v, depth + 1));
    return value.length > 20 ? [...head, `…(+${value.length - 20})`] : head;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out[k] = SECRET_KEYS.test(k) ? '[redacted]' : redact(v, depth + 1);
  }
  return out;
}
