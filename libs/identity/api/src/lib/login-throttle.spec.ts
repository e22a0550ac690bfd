import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  let now = 0;
  const clock = () => now;

  beforeEach(() => {
    now = 1_000_000;
  });

  it('allows `limit` attempts per window and then says how long to wait', () => {
    const t = new LoginThrottle({ limit: 3, windowMs: 60_000, maxKeys: 100 }, clock);
    expect([t.attempt('a'), t.attempt('a'), t.attempt('a')]).toEqual([0, 0, 0]);
    now += 10_000;
    expect(t.attempt('a')).toBe(50);
    expect(t.attempt('b')).toBe(0);
  });

  it('slides: each attempt leaves the window one window after it was made', () => {
    const t = new LoginThrottle({ limit: 2, windowMs: 60_000, maxKeys: 100 }, clock);
    t.attempt('a');
    now += 30_000;
    t.attempt('a');
    now += 29_000;
    expect(t.attempt('a')).toBeGreaterThan(0);
    now += 1_001; // the first attempt has left the window
    expect(t.attempt('a')).toBe(0);
    expect(t.attempt('a')).toBeGreaterThan(0);
  });

  it('keeps memory bounded, dropping stale keys first and then the least recently used', () => {
    const t = new LoginThrottle({ limit: 5, windowMs: 1_000, maxKeys: 3 }, clock);
    t.attempt('old');
    now += 2_000;
    ['a', 'b', 'c'].forEach((k) => t.attempt(k));
    expect(t.size).toBe(3);
    t.attempt('d');
    expect(t.size).toBe(3);
    t.attempt('e');
    expect(t.size).toBe(3);
  });

  it('forgets everything on reset', () => {
    const t = new LoginThrottle({ limit: 1, windowMs: 60_000, maxKeys: 10 }, clock);
    t.attempt('a');
    expect(t.attempt('a')).toBeGreaterThan(0);
    t.reset();
    expect(t.attempt('a')).toBe(0);
  });
});
