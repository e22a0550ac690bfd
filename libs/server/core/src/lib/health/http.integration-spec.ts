import { createTestApp, TestApp } from '../../testing/harness';
import type { LightMyRequestResponse } from 'fastify';
import { ProbeModule } from '../../testing/probe.module';

function expectHardened(res: LightMyRequestResponse) {
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  expect(res.headers['x-powered-by']).toBeUndefined();
  expect(res.headers['server']).toBeUndefined();
}

describe('health and HTTP hardening (S6, integration)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp([ProbeModule]);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('/health answers 200 with the database up, without a token', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it.each([
    ['GET', '/health'],
    ['POST', '/graphql'],
    ['GET', '/api/nothing-here'],
    ['GET', '/api/probe/boom'],
  ] as const)('sends the security headers and no framework banner on %s %s', async (method, url) => {
    const res = await t.app.inject({
      method,
      url,
      ...(method === 'POST'
        ? { headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ query: '{ probePing }' }) }
        : {}),
    });
    expectHardened(res);
  });

  it('sends no CORS headers when CORS_ORIGINS is empty', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health', headers: { origin: 'https://evil.example.com' } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('CORS allow-list (S6, integration)', () => {
  let t: TestApp;
  const allowed = 'https://console.xiangzhi.example.cn';

  beforeAll(async () => {
    t = await createTestApp([ProbeModule], { CORS_ORIGINS: `${allowed}, https://grid.xiangzhi.example.cn` });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('allows a listed origin, without credentials', async () => {
    const res = await t.app.inject({
      method: 'OPTIONS',
      url: '/graphql',
      headers: {
        origin: allowed,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(res.statusCode).toBeLessThan(300);
    expect(res.headers['access-control-allow-origin']).toBe(allowed);
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('does not allow an unlisted origin', async () => {
    for (const origin of ['https://evil.example.com', 'https://console.xiangzhi.example.cn.evil.com', 'null']) {
      const res = await t.app.inject({
        method: 'OPTIONS',
        url: '/graphql',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    }
  });
});
