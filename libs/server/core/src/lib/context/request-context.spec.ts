import DataLoader from 'dataloader';
import { Permission, Role } from '../auth/roles';
import { DomainError } from '../errors/domain-error';
import { Actor, RequestContext } from './request-context';

const VILLAGE = '150121100001';

function actor(role: Role, scopePrefixes: string[] = [VILLAGE]): Actor {
  return {
    userId: '3f0e9a1e-41d5-4b5f-9f0e-2a4c1c9b7d11',
    username: 'probe',
    displayName: 'probe',
    role,
    regionCode: VILLAGE,
    scopePrefixes,
  };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof DomainError ? `${err.kind}:${err.code}` : String(err);
  }
  return undefined;
}

describe('RequestContext', () => {
  describe('an anonymous caller', () => {
    const ctx = new RequestContext('req-anon', null);

    it('is not authenticated and can do nothing', () => {
      expect(ctx.isAuthenticated).toBe(false);
      expect(ctx.can(Permission.SELF)).toBe(false);
      expect(ctx.scopePrefixes).toEqual([]);
      expect(ctx.inScope(VILLAGE)).toBe(false);
    });

    it('is refused as UNAUTHENTICATED (not FORBIDDEN) wherever an actor is needed', () => {
      expect(codeOf(() => ctx.requireActor())).toBe('UNAUTHENTICATED:AUTH_UNAUTHENTICATED');
      expect(codeOf(() => ctx.requirePermission(Permission.REGION_READ))).toBe('UNAUTHENTICATED:AUTH_UNAUTHENTICATED');
      expect(codeOf(() => ctx.assertInScope(VILLAGE))).toBe('UNAUTHENTICATED:AUTH_UNAUTHENTICATED');
    });
  });

  describe('requirePermission', () => {
    it('returns the actor when the role holds the permission', () => {
      const ctx = new RequestContext('req-1', actor(Role.VILLAGE_ADMIN));
      expect(ctx.requirePermission(Permission.HOUSEHOLD_WRITE)).toBe(ctx.actor);
      expect(ctx.can(Permission.HOUSEHOLD_WRITE)).toBe(true);
    });

    it('refuses with AUTH_PERMISSION_DENIED and names the permission', () => {
      const ctx = new RequestContext('req-1', actor(Role.VILLAGE_REVIEWER));
      expect(ctx.can(Permission.HOUSEHOLD_WRITE)).toBe(false);
      let caught: unknown;
      try {
        ctx.requirePermission(Permission.HOUSEHOLD_WRITE);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(DomainError);
      expect(caught).toMatchObject({
        code: 'AUTH_PERMISSION_DENIED',
        kind: 'FORBIDDEN',
        details: { permission: 'HOUSEHOLD_WRITE' },
      });
    });
  });

  describe('assertInScope', () => {
    it('accepts the own region and everything below it', () => {
      const ctx = new RequestContext('req-1', actor(Role.VILLAGE_ADMIN));
      expect(() => ctx.assertInScope(VILLAGE)).not.toThrow();
      expect(() => ctx.assertInScope(`${VILLAGE}004`)).not.toThrow();
    });

    it('refuses a sibling or a parent region with SCOPE_OUT_OF_REGION', () => {
      const ctx = new RequestContext('req-1', actor(Role.VILLAGE_ADMIN));
      expect(codeOf(() => ctx.assertInScope('150121100002'))).toBe('FORBIDDEN:SCOPE_OUT_OF_REGION');
      expect(codeOf(() => ctx.assertInScope('150121100000'))).toBe('FORBIDDEN:SCOPE_OUT_OF_REGION');
    });

    it('lets a grid worker into their grids only', () => {
      const ctx = new RequestContext('req-1', actor(Role.GRID_WORKER, [`${VILLAGE}001`, `${VILLAGE}002`]));
      expect(() => ctx.assertInScope(`${VILLAGE}002`)).not.toThrow();
      expect(codeOf(() => ctx.assertInScope(`${VILLAGE}003`))).toBe('FORBIDDEN:SCOPE_OUT_OF_REGION');
      expect(codeOf(() => ctx.assertInScope(VILLAGE))).toBe('FORBIDDEN:SCOPE_OUT_OF_REGION');
    });
  });

  describe('system()', () => {
    it('acts as a system administrator over every region', () => {
      const ctx = RequestContext.system('job-42');
      expect(ctx.requestId).toBe('job-42');
      expect(ctx.actor?.role).toBe(Role.SYSTEM_ADMIN);
      expect(ctx.can(Permission.REGION_MANAGE)).toBe(true);
      expect(() => ctx.assertInScope('650000000000')).not.toThrow();
      expect(() => ctx.assertInScope(`${VILLAGE}001`)).not.toThrow();
    });
  });

  describe('loader', () => {
    it('makes one loader per factory and context, and none for other contexts', async () => {
      const made: RequestContext[] = [];
      const batches: number[][] = [];
      const double = (ctx: RequestContext) => {
        made.push(ctx);
        return new DataLoader<number, number>(async (keys) => {
          batches.push([...keys]);
          return keys.map((k) => k * 2);
        });
      };
      const other = () => new DataLoader<number, string>(async (keys) => keys.map(String));
      const a = new RequestContext('req-a', actor(Role.VILLAGE_ADMIN));
      const b = new RequestContext('req-b', actor(Role.VILLAGE_ADMIN));

      expect(a.loader(double)).toBe(a.loader(double));
      expect(a.loader(double)).not.toBe(b.loader(double));
      expect(a.loader(other)).not.toBe(a.loader(double) as unknown);
      expect(made).toEqual([a, b]);

      const [x, y, z] = await Promise.all([
        a.loader(double).load(1),
        a.loader(double).load(2),
        a.loader(double).load(1),
      ]);
      expect([x, y, z]).toEqual([2, 4, 2]);
      await a.loader(double).load(2); // cached within the request
      expect(batches).toEqual([[1, 2]]);
      await b.loader(double).load(2); // not shared with another request
      expect(batches).toEqual([[1, 2], [2]]);
    });
  });

  describe('note', () => {
    it('collects audit notes in order', () => {
      const ctx = new RequestContext('req-1', actor(Role.VILLAGE_ADMIN));
      ctx.note({ targetType: 'household', targetId: '1', regionCode: VILLAGE, summary: { a: 1 } });
      ctx.note({ targetType: 'member', targetId: '2', regionCode: VILLAGE, summary: {} });
      expect(ctx.auditNotes.map((n) => n.targetId)).toEqual(['1', '2']);
      expect(ctx.em).toBeUndefined();
    });
  });
});
