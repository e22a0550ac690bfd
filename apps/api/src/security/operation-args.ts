import type { TestApp } from '@xiangzhi/server/testing';
import type { Side } from './security-world';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
interface Field {
  name: string;
  args: InputValue[];
  type: TypeRef;
}
interface FullType {
  kind: string;
  name: string;
  fields: Field[] | null;
  inputFields: InputValue[] | null;
  enumValues: Array<{ name: string }> | null;
}

export interface Operation {
  kind: 'query' | 'mutation';
  name: string;
  args: InputValue[];
  type: TypeRef;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
const INTROSPECTION = `{ __schema { queryType { name } mutationType { name } types { kind name
  fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } }
  inputFields { name type { ${TYPE_REF} } } enumValues { name } } } }`;

/** The schema as the running API describes it (introspection is on outside production). */
export class SchemaMap {
  private constructor(private readonly types: Map<string, FullType>) {}

  static async load(t: TestApp): Promise<SchemaMap> {
    const res = await t.gql<{ __schema: { types: FullType[] } }>(INTROSPECTION);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return new SchemaMap(new Map(res.data.__schema.types.map((x) => [x.name, x])));
  }

  operations(): Operation[] {
    const ops: Operation[] = [];
    for (const [root, kind] of [
      ['Query', 'query'],
      ['Mutation', 'mutation'],
    ] as const) {
      for (const f of this.types.get(root)?.fields ?? []) ops.push({ kind, name: f.name, args: f.args, type: f.type });
    }
    return ops;
  }

  /** A document calling `op` with variables for every argument, selecting scalar fields two levels deep. */
  document(op: Operation): string {
    const vars = op.args.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');
    const call = op.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const selection = this.selection(op.type, 2);
    return `${op.kind} Probe${vars ? `(${vars})` : ''} { ${op.name}${call ? `(${call})` : ''} ${selection} }`;
  }

  private selection(ref: TypeRef, depth: number): string {
    const named = namedType(ref);
    const type = this.types.get(named.name as string);
    if (!type || (type.kind !== 'OBJECT' && type.kind !== 'INTERFACE')) return '';
    const parts = ['__typename'];
    for (const f of type.fields ?? []) {
      if (f.args.some((a) => a.type.kind === 'NON_NULL')) continue;
      const inner = this.types.get(namedType(f.type).name as string);
      if (!inner || inner.kind === 'SCALAR' || inner.kind === 'ENUM') parts.push(f.name);
      else if (depth > 0) parts.push(`${f.name} ${this.selection(f.type, depth - 1)}`);
    }
    return `{ ${parts.join(' ')} }`;
  }

  /** Variables for `op` pointing every target-like argument at `side`. */
  variables(op: Operation, side: Side): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const a of op.args) {
      const v = this.value(op, a.name, a.type, side, true);
      if (v !== undefined) out[a.name] = v;
    }
    return out;
  }

  /** Names of arguments (at any depth of input objects) that no target rule knows: the matrix must learn them. */
  unknownArguments(op: Operation): string[] {
    const unknown: string[] = [];
    const walk = (name: string, ref: TypeRef, required: boolean) => {
      const named = namedType(ref);
      const type = this.types.get(named.name as string);
      if (type?.kind === 'INPUT_OBJECT') {
        for (const f of type.inputFields ?? []) walk(f.name, f.type, f.type.kind === 'NON_NULL');
      } else if (type?.kind === 'SCALAR' && (named.name === 'String' || named.name === 'ID') && required) {
        if (targetValue(op.name, name, FAKE_SIDE) === undefined && !NEUTRAL_STRINGS[name]) unknown.push(name);
      }
    };
    for (const a of op.args) walk(a.name, a.type, a.type.kind === 'NON_NULL');
    return unknown;
  }

  private value(op: Operation, name: string, ref: TypeRef, side: Side, top: boolean): unknown {
    const required = ref.kind === 'NON_NULL';
    const inner = required ? (ref.ofType as TypeRef) : ref;
    if (inner.kind === 'LIST') {
      const item = this.value(op, singular(name), inner.ofType as TypeRef, side, false);
      return item === undefined ? (required ? [] : undefined) : [item];
    }
    const type = this.types.get(inner.name as string);
    const target = targetValue(op.name, name, side);
    if (type?.kind === 'INPUT_OBJECT') {
      const obj: Record<string, unknown> = {};
      for (const f of type.inputFields ?? []) {
        const v = this.value(op, f.name, f.type, side, false);
        if (v !== undefined) obj[f.name] = v;
      }
      return obj;
    }
    if (target !== undefined) return target;
    if (!required && !top) return undefined;
    if (!required) return undefined;
    if (type?.kind === 'ENUM') return type.enumValues?.[0]?.name;
    switch (inner.name) {
      case 'Int':
        return name === 'offset' ? 0 : 10;
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'Date':
        return '2020-01-01';
      case 'DateTime':
        return '2020-01-01T00:00:00.000Z';
      default:
        return NEUTRAL_STRINGS[name] ?? '测试';
    }
  }
}

/** String arguments that name no target: any well-formed value will do. */
const NEUTRAL_STRINGS: Record<string, string> = {
  username: 'probe.user',
  password: 'Probe@12345',
  currentPassword: 'Probe@12345',
  newPassword: 'Probe@123456',
  displayName: '探针',
  name: '探针',
  reason: '核对身份信息',
  address: '探针地址1号',
  refreshToken: 'x'.repeat(43),
  note: '说明',
  search: '王',
  idNumber: '150626195001010011',
  leaderName: '王',
};

const FAKE_SIDE: Side = { village: 'v', grid: 'g', householdId: 'h', memberId: 'm', cardNumber: 'c', userId: 'u', fileId: 'f' };

/** The value an argument named `name` of operation `op` takes to point at `side`, if it names a target. */
export function targetValue(op: string, name: string, side: Side): unknown {
  switch (name) {
    case 'regionCode':
    case 'villageCode':
    case 'parentCode':
    case 'code':
      return side.village;
    case 'gridCode':
      return side.grid;
    case 'householdId':
      return side.householdId;
    case 'householdIds':
      return [side.householdId];
    case 'memberId':
      return side.memberId;
    case 'userId':
      return side.userId;
    case 'fileId':
      return side.fileId;
    case 'cardNumber':
      return side.cardNumber;
    case 'id':
      return /user/i.test(op) ? side.userId : /grid/i.test(op) ? side.grid : /import/i.test(op) ? side.fileId : side.householdId;
    default:
      return undefined;
  }
}

function namedType(ref: TypeRef): TypeRef {
  let r = ref;
  while (r.ofType) r = r.ofType;
  return r;
}

function typeText(ref: TypeRef): string {
  if (ref.kind === 'NON_NULL') return `${typeText(ref.ofType as TypeRef)}!`;
  if (ref.kind === 'LIST') return `[${typeText(ref.ofType as TypeRef)}]`;
  return ref.name as string;
}

function singular(name: string): string {
  return name.endsWith('Ids') ? name.slice(0, -1) : name;
}
