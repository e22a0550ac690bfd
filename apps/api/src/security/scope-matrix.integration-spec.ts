import 'reflect-metadata';
import { AccessRule, Role, roleHas } from '@xiangzhi/server/core';
import { createTestApp, listOperations, TestApp } from '@xiangzhi/server/testing';
import { IdentityModule } from '@xiangzhi/identity/api';
import { RegistryModule } from '@xiangzhi/registry/api';
import { tokenFor } from '@xiangzhi/registry/api/testing';
import { allResolvers } from '../app/resolvers';
import { Operation, SchemaMap } from './operation-args';
import { buildSecurityWorld, SecurityWorld, Side } from './security-world';

/**
 * S1: every operation × every role × a target inside and outside the caller's region. Generated from the
 * resolvers and the live schema, so new operations are covered without touching this file (an argument that
 * names an unknown kind of target fails the first test until the matrix learns it).
 */
const operations = listOperations(allResolvers).filter((o) => o.access?.kind === 'permission');
const roles = Object.values(Role);

function outsideIdentifiers(side: Side): string[] {
  return [side.village, side.householdId, side.memberId, side.userId, side.fileId, side.cardNumber];
}

describe('S1 scope matrix', () => {
  let t: TestApp;
  let world: SecurityWorld;
  let schema: SchemaMap;
  const byName = new Map<string, Operation>();

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule]);
    world = await buildSecurityWorld(t.app);
    schema = await SchemaMap.load(t);
    for (const op of schema.operations()) byName.set(op.name, op);
  });
  afterAll(() => t?.close());

  it('knows every kind of target argument of every operation', () => {
    const unknown = schema.operations().flatMap((op) => schema.unknownArguments(op).map((a) => `${op.name}.${a}`));
    expect(unknown).toEqual([]);
  });

  it('covers every query and mutation of the schema', () => {
    const declared = new Set(listOperations(allResolvers).map((o) => o.name));
    expect(schema.operations().map((o) => o.name).filter((n) => !declared.has(n))).toEqual([]);
  });

  it.each(operations.map((o) => [o.name] as const))('%s refuses anonymous callers', async (name) => {
    const op = byName.get(name) as Operation;
    const res = await t.gql(schema.document(op), schema.variables(op, world.inside));
    expect(res.errors?.[0]?.extensions?.code).toBe('AUTH_UNAUTHENTICATED');
  });

  const cases = operations.flatMap((o) => roles.map((role) => [o.name, role, o.access as AccessRule & { kind: 'permission' }] as const));

  it.each(cases)('%s as %s: refused without the permission, and outside the region', async (name, role, access) => {
    const op = byName.get(name) as Operation;
    const token = tokenFor(t.app, world.actors[role]);
    const res = await t.gql(schema.document(op), schema.variables(op, world.outside), token);
    const codes = (res.errors ?? []).map((e) => e.extensions?.code);
    if (!roleHas(role, access.permission)) {
      expect(codes).toContain('AUTH_PERMISSION_DENIED');
      return;
    }
    expect(codes).not.toContain('INTERNAL_ERROR');
    if (role === Role.SYSTEM_ADMIN) return; // the whole tree is in scope
    const payload = JSON.stringify(res.data ?? {});
    for (const id of outsideIdentifiers(world.outside)) expect(payload).not.toContain(id);
    if (res.errors?.length) return; // refused
    // answered: only possible for operations with no target (me, lists filtered to the caller's scope)
    expect(schema.variables(op, world.outside)).toEqual(schema.variables(op, world.inside));
  });
});
