/**
 * List types (清单类型) as data. Seed 002 has four lists; some provinces use six (adding 管理服务事项 and 小微权力清单),
 * so a county enables more by adding definitions instead of changing code (REFERENCE-DATA.md §2).
 */

/** Codes of the four lists of seed 002. */
export type DefaultListTypeCode = 'AUTONOMY' | 'ASSISTED_GOVERNMENT' | 'NEGATIVE' | 'CERTIFICATE';

/**
 * How items of a list behave, which decides the fields they need: GENERAL items are matters handled through a flow;
 * NEGATIVE items say what is forbidden and on what basis; CERTIFICATE items are certificates with purpose and sample.
 * A county's extra list picks one of these, so validation and the negative gate need no new code for it.
 */
export type ListTypeKind = 'GENERAL' | 'NEGATIVE' | 'CERTIFICATE';

/** A list type: code, names, display order and behaviour. */
export interface ListTypeDefinition {
  /** Upper-case code, stable across API, database and UI. */
  code: string;
  nameZh: string;
  nameEn: string;
  /** Display order on the wall and in menus, ascending. */
  order: number;
  kind: ListTypeKind;
}

/** The four lists of seed 002, enabled for every county. */
export const DEFAULT_LIST_TYPES: readonly ListTypeDefinition[] = [
  { code: 'AUTONOMY', nameZh: '依法自治事项清单', nameEn: 'Autonomy matters', order: 10, kind: 'GENERAL' },
  {
    code: 'ASSISTED_GOVERNMENT',
    nameZh: '依法协助政府工作事项清单',
    nameEn: 'Work assisting the government',
    order: 20,
    kind: 'GENERAL',
  },
  { code: 'NEGATIVE', nameZh: '工作负面事项清单', nameEn: 'Negative list', order: 30, kind: 'NEGATIVE' },
  {
    code: 'CERTIFICATE',
    nameZh: '依法出具证明事项清单',
    nameEn: 'Certificates issued by law',
    order: 40,
    kind: 'CERTIFICATE',
  },
];

/** Extra list types some provinces use; a county enables them by adding them to its own list types. */
export const OPTIONAL_LIST_TYPES: readonly ListTypeDefinition[] = [
  {
    code: 'PUBLIC_SERVICE',
    nameZh: '村级公共服务事项清单',
    nameEn: 'Village public services',
    order: 50,
    kind: 'GENERAL',
  },
  { code: 'PETTY_POWER', nameZh: '小微权力清单', nameEn: 'Petty powers', order: 60, kind: 'GENERAL' },
];

/** The definition with this code, or undefined. */
export function findListType(types: readonly ListTypeDefinition[], code: string): ListTypeDefinition | undefined {
  return types.find((t) => t.code === code);
}

/** The list types in display order (by `order`, then code, so ties are stable). */
export function sortListTypes<T extends ListTypeDefinition>(types: readonly T[]): T[] {
  return [...types].sort((a, b) => a.order - b.order || a.code.localeCompare(b.code));
}

/** Problem codes of `validateListTypes`. */
export type ListTypeProblemCode =
  | 'LIST_TYPE_CODE_INVALID'
  | 'LIST_TYPE_DUPLICATE_CODE'
  | 'LIST_TYPE_NAME_REQUIRED'
  | 'LIST_TYPE_ORDER_INVALID'
  | 'LIST_TYPE_KIND_INVALID';

/** One problem in a county's list types. */
export interface ListTypeProblem {
  code: ListTypeProblemCode;
  listTypeCode: string;
  message: string;
}

const LIST_TYPE_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
const KINDS: readonly ListTypeKind[] = ['GENERAL', 'NEGATIVE', 'CERTIFICATE'];

/** Checks a county's list types: upper-case unique codes, both names, integer order, known kind. */
export function validateListTypes(types: readonly ListTypeDefinition[]): ListTypeProblem[] {
  const problems: ListTypeProblem[] = [];
  const seen = new Set<string>();
  for (const t of types) {
    const add = (code: ListTypeProblemCode, message: string) => problems.push({ code, listTypeCode: t.code, message });
    if (!LIST_TYPE_CODE.test(t.code))
      add('LIST_TYPE_CODE_INVALID', `list type code ${t.code} is not an upper-case code`);
    if (seen.has(t.code)) add('LIST_TYPE_DUPLICATE_CODE', `list type code ${t.code} is used twice`);
    seen.add(t.code);
    if (t.nameZh.trim() === '' || t.nameEn.trim() === '') add('LIST_TYPE_NAME_REQUIRED', `${t.code} needs both names`);
    if (!Number.isInteger(t.order)) add('LIST_TYPE_ORDER_INVALID', `${t.code}: order must be a whole number`);
    if (!KINDS.includes(t.kind)) add('LIST_TYPE_KIND_INVALID', `${t.code}: unknown kind ${t.kind}`);
  }
  return problems;
}
