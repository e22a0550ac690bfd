import 'reflect-metadata';
import { isDeepStrictEqual } from 'node:util';
import { AccessRule, Role, roleHas } from '@xiangzhi/server/core';
import { createTestApp, GqlResult, listOperations, TestApp } from '@xiangzhi/server/testing';
import { tokenFor } from '@xiangzhi/registry/api/testing';
import { allResolvers } from '../app/resolvers';
import { allAt, Operation, SchemaMap } from './operation-args';
import { buildSecurityWorld, SECURITY_MODULES, SecurityWorld, Side } from './security-world';

/**
 * S1: every operation × every role × targets inside and outside the caller's region. Generated from the resolvers
 * and the live schema, so new operations are covered without touching this file (an argument that names an unknown
 * kind of target fails the first test until the generator learns it).
 *
 * For each role holding the operation's permission: every call pointing outside is refused, and the same call
 * pointing inside is answered (so the refusals are about the target, not about malformed arguments). "Outside" is
 * every place around the caller's region that the caller's scope does not hold (the grid next door for a grid
 * worker, the next village, a village of the next town, one of another county), with all targets there and then
 * one target at a time. No answer, and no refusal, carries an identifier of an outside place that the caller did not
 * send. Roles without the permission are refused before anything else.
 */
const operations = listOperations(allResolvers).filter((o) => o.access?.kind === 'permission');
const roles = Object.values(Role);

/** Identifiers of a place that no one outside it may learn from an answer. */
function secrets(side: Side): Array<[string, string]> {
  const keys = ['region', 'grid', 'householdId', 'memberId', 'cardNumber', 'userId', 'fileId', 'importId'] as const;
  return keys.map((k) => [`${side.place}.${k}`, String(side[k])]);
}

/** Secrets of `sides` that `res` carries although the caller did not send them. */
function leaks(res: GqlResult, variables: Record<string, unknown>, sides: Side[]): string[] {
  const text = JSON.stringify(res);
  const sent = JSON.stringify(variables);
  return sides.flatMap((s) =>
    secrets(s)
      .filter(([, id]) => text.includes(id) && !sent.includes(id))
      .map(([k]) => k),
  );
}

const codesOf = (res: GqlResult) => (res.errors ?? []).map((e) => e.extensions?.code ?? e.message);

describe('S1 scope matrix', () => {
  let t: TestApp;
  let world: SecurityWorld;
  let schema: SchemaMap;
  const byName = new Map<string, Operation>();

  beforeAll(async () => {
    t = await createTestApp(SECURITY_MODULES);
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
    const names = schema.operations().map((o) => o.name);
    expect(names.filter((n) => !declared.has(n))).toEqual([]);
    expect(names.length).toBeGreaterThan(20);
  });

  it('places every side of the world outside some role and inside the system admin', () => {
    for (const side of world.around) {
      expect(roles.filter((r) => world.outsideOf(world.actors[r]).includes(side)).length).toBeGreaterThan(0);
    }
    expect(world.outsideOf(world.actors[Role.SYSTEM_ADMIN])).toEqual([]);
    expect(world.outsideOf(world.actors[Role.GRID_WORKER]).map((s) => s.place)).toEqual([
      'nextGrid',
      'nextVillage',
      'nextTown',
      'nextCounty',
    ]);
  });

  it.each(operations.map((o) => [o.name] as const))('%s refuses anonymous callers', async (name) => {
    const op = byName.get(name) as Operation;
    const res = await t.gql(schema.document(op), schema.variablesAt(op, world.inside));
    expect(codesOf(res)).toEqual(['AUTH_UNAUTHENTICATED']);
    expect(res.data?.[name] ?? null).toBeNull();
  });

  const cases = operations.flatMap((o) =>
    roles.map((role) => [o.name, role, o.access as AccessRule & { kind: 'permission' }] as const),
  );

  it.each(cases)('%s as %s: answered inside, refused outside', async (name, role, access) => {
    const op = byName.get(name) as Operation;
    const actor = world.actors[role];
    const token = tokenFor(t.app, actor);
    const call = (variables: Record<string, unknown>) => t.gql(schema.document(op), variables, token);

    if (!roleHas(role, access.permission)) {
      const res = await call(schema.variablesAt(op, world.inside));
      expect(codesOf(res)).toEqual(['AUTH_PERMISSION_DENIED']);
      expect(res.data?.[name] ?? null).toBeNull();
      return;
    }

    const outsides = world.outsideOf(actor);
    const problems: string[] = [];
    const refused = (label: string, res: GqlResult, variables: Record<string, unknown>) => {
      const codes = codesOf(res);
      if (codes.length === 0) problems.push(`${label}: answered ${JSON.stringify(res.data).slice(0, 300)}`);
      else if (codes.some((c) => c === 'INTERNAL_ERROR' || c === 'GRAPHQL_VALIDATION_FAILED'))
        problems.push(`${label}: ${JSON.stringify(res.errors)}`);
      if ((res.data?.[name] ?? null) !== null) problems.push(`${label}: data along with ${codes}`);
      for (const leak of leaks(res, variables, outsides)) problems.push(`${label}: carries ${leak}`);
    };
    const answered = (label: string, res: GqlResult, variables: Record<string, unknown>) => {
      if (res.errors?.length) problems.push(`${label}: refused ${JSON.stringify(res.errors)}`);
      else if ((res.data?.[name] ?? null) === null) problems.push(`${label}: no data`);
      for (const leak of leaks(res, variables, outsides)) problems.push(`${label}: carries ${leak}`);
    };

    // a mutation gets targets made for it (it changes them); a refresh token inside is the caller's own
    const mutation = op.kind === 'mutation';
    const inside = mutation ? await world.fresh('inside', schema.fields(op), actor) : world.inside;
    for (let shape = 0; shape < schema.shapes(op); shape++) {
      const insideVariables = schema.variables(op, allAt(inside), inside, shape);
      const targets = schema.targets(op, shape);
      // refused calls first: they change nothing, so the inside call after them still finds its targets as made
      for (const side of outsides) {
        const variants = new Map<string, Record<string, unknown>>();
        variants.set(`${side.place}, every target`, schema.variables(op, allAt(side), inside, shape));
        for (const path of targets) {
          const pick = (p: string) => (p === path ? [inside, side] : [inside]);
          variants.set(`${side.place}, ${path}`, schema.variables(op, pick, inside, shape));
        }
        const seen: Array<Record<string, unknown>> = [insideVariables];
        for (const [label, variables] of variants) {
          if (seen.some((v) => isDeepStrictEqual(v, variables))) continue; // points nowhere outside
          seen.push(variables);
          refused(`#${shape} ${label}`, await call(variables), variables);
        }
      }
      answered(`#${shape} inside`, await call(insideVariables), insideVariables);
      if (role === Role.SYSTEM_ADMIN && targets.length > 0) {
        // the whole tree is in scope: another county too
        const far = mutation ? await world.fresh('nextCounty', schema.fields(op), actor) : world.at('nextCounty');
        const variables = schema.variables(op, allAt(far), far, shape);
        answered(`#${shape} another county`, await call(variables), variables);
      }
    }
    expect(problems).toEqual([]);
  });
});
