import 'reflect-metadata';
import { Role, roleHas, AccessRule } from '@xiangzhi/server/core';
import { createTestApp, listOperations, TestApp } from '@xiangzhi/server/testing';
import { IdentityModule } from '@xiangzhi/identity/api';
import { RegistryModule } from '@xiangzhi/registry/api';
import { tokenFor } from '@xiangzhi/registry/api/testing';
import { writeFileSync } from 'node:fs';
import { allResolvers } from '../app/resolvers';
import { SchemaMap } from './operation-args';
import { buildSecurityWorld } from './security-world';

it('diag', async () => {
  const t: TestApp = await createTestApp([IdentityModule, RegistryModule]);
  const world = await buildSecurityWorld(t.app);
  const schema = await SchemaMap.load(t);
  const ops = listOperations(allResolvers).filter((o) => o.access?.kind === 'permission');
  const lines: string[] = [];
  for (const o of ops) {
    const op = schema.operations().find((x) => x.name === o.name)!;
    lines.push(`## ${o.name} ${JSON.stringify(schema.variables(op, world.outside))}`);
    for (const role of Object.values(Role)) {
      if (!roleHas(role, (o.access as AccessRule & { kind: 'permission' }).permission)) continue;
      const token = tokenFor(t.app, world.actors[role]);
      const out = await t.gql(schema.document(op), schema.variables(op, world.outside), token);
      const ins = await t.gql(schema.document(op), schema.variables(op, world.inside), token);
      const f = (r: any) => r.errors ? r.errors.map((e: any) => e.extensions?.code + ':' + e.message.slice(0, 100)).join('|') : 'OK ' + JSON.stringify(r.data).slice(0, 100);
      lines.push(`  ${role}\n    out: ${f(out)}\n    in:  ${f(ins)}`);
    }
  }
  writeFileSync('/tmp/sec/diag.txt', lines.join('\n'));
  await t.close();
}, 300000);
