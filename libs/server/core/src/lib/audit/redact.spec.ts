import { redact } from './redact';

describe('redact', () => {
  it('replaces secrets by name, whatever the case and wherever they sit', () => {
    const out = redact({
      username: 'li.lei',
      password: 'hunter2',
      newPassword: 'hunter3',
      refreshToken: 'r.t',
      accessToken: 'a.t',
      clientSecret: 's',
      idNumber: '110101199003077777',
      members: [{ name: '王芳', idNumber: '110101199003078888', phone: '13812345678' }],
      contact: '13900000001',
      complainant: { mobilePhone: '13900000000', note: 'ok' },
    });
    expect(out).toEqual({
      username: 'li.lei',
      password: '[redacted]',
      newPassword: '[redacted]',
      refreshToken: '[redacted]',
      accessToken: '[redacted]',
      clientSecret: '[redacted]',
      idNumber: '[redacted]',
      members: [{ name: '王芳', idNumber: '[redacted]', phone: '[redacted]' }],
      contact: '[redacted]',
      complainant: { mobilePhone: '[redacted]', note: 'ok' },
    });
    expect(JSON.stringify(out)).not.toMatch(/hunter|1101011990|138123|139000/);
  });

  it('redacts a secret whole, even when its value is an object', () => {
    expect(redact({ token: { value: 'abc', kind: 'refresh' } })).toEqual({ token: '[redacted]' });
  });

  it('keeps short strings and cuts long ones at 200 characters', () => {
    const exactly = 'x'.repeat(200);
    expect(redact(exactly)).toBe(exactly);
    const long = redact('y'.repeat(5000)) as string;
    expect(long).toBe('y'.repeat(200) + '…');
    expect((redact({ note: 'z'.repeat(201) }) as { note: string }).note).toHaveLength(201);
  });

  it('keeps scalars, null and undefined; dates become ISO strings', () => {
    expect(redact(42)).toBe(42);
    expect(redact(true)).toBe(true);
    expect(redact(null)).toBeNull();
    expect(redact(undefined)).toBeUndefined();
    expect(redact(new Date('2026-01-02T03:04:05.000Z'))).toBe('2026-01-02T03:04:05.000Z');
  });

  it('bounds the depth', () => {
    const deep = { a: { b: { c: { d: { e: { f: { g: 1 } } } } } } };
    expect(redact(deep)).toEqual({ a: { b: { c: { d: { e: '…' } } } } });
  });

  it('keeps the first 20 items of an array and counts the rest', () => {
    const items = Array.from({ length: 25 }, (_v, i) => i);
    expect(redact(items)).toEqual([...items.slice(0, 20), '…(+5)']);
    expect(redact(items.slice(0, 20))).toEqual(items.slice(0, 20));
  });

  it('survives a cyclic structure', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a['self'] = a;
    expect(() => JSON.stringify(redact(a))).not.toThrow();
  });

  it('does not change its input', () => {
    const input = { password: 'p', nested: { phone: '1', list: ['x'.repeat(300)] } };
    const copy = structuredClone(input);
    redact(input);
    expect(input).toEqual(copy);
  });
});
