import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import { actorFromClaims, claimsFromActor } from '../auth/access-token';
import { Role } from '../auth/roles';
import { RequestContextFactory } from './context-factory';
import type { Actor } from './request-context';

const SECRET = 'b5d1f0e4c3a2918f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f';
const jwt = new JwtService({
  secret: SECRET,
  signOptions: { algorithm: 'HS256', expiresIn: 900 },
  verifyOptions: { algorithms: ['HS256'] },
});
const factory = new RequestContextFactory(jwt);

const ACTOR: Actor = {
  userId: '5b3c2a1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d',
  username: 'li.lei',
  displayName: '李雷',
  role: Role.GRID_WORKER,
  regionCode: '150121100001',
  scopePrefixes: ['150121100001001', '150121100001002'],
};

function request(headers: Record<string, string> = {}, id = 'req-0001-abcd'): FastifyRequest {
  return { id, raw: {}, ip: '10.1.2.3', headers } as unknown as FastifyRequest;
}

function b64(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('access token claims', () => {
  it('round-trip an actor', () => {
    const claims = claimsFromActor(ACTOR, 'session-1');
    expect(claims).toMatchObject({ sub: ACTOR.userId, usr: 'li.lei', role: Role.GRID_WORKER, sid: 'session-1' });
    expect(actorFromClaims(claims)).toEqual(ACTOR);
  });
});

describe('RequestContextFactory.fromRequest', () => {
  it('reads the actor from a valid bearer token', () => {
    const token = jwt.sign({ ...claimsFromActor(ACTOR, 'session-1') });
    const ctx = factory.fromRequest(request({ authorization: `Bearer ${token}`, 'user-agent': 'probe/1.0' }));
    expect(ctx.actor).toEqual(ACTOR);
    expect(ctx.requestId).toBe('req-0001-abcd');
    expect(ctx.ip).toBe('10.1.2.3');
    expect(ctx.userAgent).toBe('probe/1.0');
  });

  it('prefers the request id set on the raw request (by the HTTP logger)', () => {
    const req = request();
    (req.raw as unknown as { id: string }).id = 'raw-id-1234';
    expect(factory.fromRequest(req).requestId).toBe('raw-id-1234');
  });

  it('builds the context once per request', () => {
    const req = request();
    expect(factory.fromRequest(req)).toBe(factory.fromRequest(req));
  });

  it.each([
    ['no header', {}],
    ['a non-bearer scheme', { authorization: 'Basic bGk6bGVp' }],
    ['garbage', { authorization: 'Bearer not.a.token' }],
    [
      'a token signed with another secret',
      {
        authorization: `Bearer ${new JwtService({ secret: 'x'.repeat(64) }).sign({ ...claimsFromActor(ACTOR, 's') })}`,
      },
    ],
    [
      'an expired token',
      {
        authorization: `Bearer ${new JwtService({ secret: SECRET }).sign({ ...claimsFromActor(ACTOR, 's'), exp: Math.floor(Date.now() / 1000) - 3600 })}`,
      },
    ],
    [
      'an unsigned token (alg none)',
      { authorization: `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64(claimsFromActor(ACTOR, 's'))}.` },
    ],
  ])('treats %s as anonymous', (_label, headers) => {
    const ctx = factory.fromRequest(request(headers));
    expect(ctx.actor).toBeNull();
    expect(ctx.isAuthenticated).toBe(false);
  });
});
