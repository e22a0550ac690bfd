import 'reflect-metadata';
import { listOperations } from '@xiangzhi/server/testing';
import { allResolvers } from '../app/resolvers';

describe('every operation declares its permission', () => {
  const operations = listOperations(allResolvers);

  it('finds the operations of every domain', () => {
    const names = operations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['login', 'me', 'households', 'createHousehold']));
  });

  it.each(operations.map((o) => [`${o.kind}.${o.name}`, o] as const))('%s has @Allow or @Public', (_label, op) => {
    expect(op.access).toBeDefined();
  });
});
