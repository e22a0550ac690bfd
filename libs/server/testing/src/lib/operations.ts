import { ACCESS_KEY, AccessRule } from '@xiangzhi/server/core';

export interface OperationInfo {
  kind: 'Query' | 'Mutation';
  /** The GraphQL field name. */
  name: string;
  resolver: string;
  method: string;
  /** The declared access rule, or undefined when the operation declares none. */
  access: AccessRule | undefined;
}

/** Every query and mutation of the given resolver classes, with the access rule each declares. */
export function listOperations(resolvers: ReadonlyArray<abstract new (...args: never[]) => unknown>): OperationInfo[] {
  const out: OperationInfo[] = [];
  for (const cls of resolvers) {
    const proto = cls.prototype as Record<string, unknown>;
    for (const method of Object.getOwnPropertyNames(proto)) {
      if (method === 'constructor') continue;
      const fn = proto[method];
      if (typeof fn !== 'function') continue;
      const kind = Reflect.getMetadata('graphql:resolver_type', fn) as string | undefined;
      if (kind !== 'Query' && kind !== 'Mutation') continue;
      const name = (Reflect.getMetadata('graphql:resolver_name', fn) as string | undefined) ?? method;
      const access =
        (Reflect.getMetadata(ACCESS_KEY, fn) as AccessRule | undefined) ??
        (Reflect.getMetadata(ACCESS_KEY, cls) as AccessRule | undefined);
      out.push({ kind, name, resolver: cls.name, method, access });
    }
  }
  return out;
}
