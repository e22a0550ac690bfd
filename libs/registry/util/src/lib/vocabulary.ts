/** Registry vocabulary shared by the API, the web apps and the Excel import/export (codes ↔ Chinese labels). */

export const RESIDENCIES = ['LOCAL_HUKOU', 'NON_LOCAL'] as const;
export type ResidencyCode = (typeof RESIDENCIES)[number];

export const GENDERS = ['MALE', 'FEMALE'] as const;
export type GenderCode = (typeof GENDERS)[number];

export const RELATIONS = ['HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'SIBLING', 'OTHER'] as const;
export type RelationCode = (typeof RELATIONS)[number];

export const RESIDENCY_LABELS: Readonly<Record<ResidencyCode, string>> = {
  LOCAL_HUKOU: '本地户籍',
  NON_LOCAL: '非本地户籍',
};

export const GENDER_LABELS: Readonly<Record<GenderCode, string>> = { MALE: '男', FEMALE: '女' };

export const RELATION_LABELS: Readonly<Record<RelationCode, string>> = {
  HEAD: '户主',
  SPOUSE: '配偶',
  CHILD: '子女',
  PARENT: '父母',
  GRANDCHILD: '孙子女',
  SIBLING: '兄弟姐妹',
  OTHER: '其他',
};

/** Extra spellings accepted on import (village registers are not uniform). */
const RELATION_ALIASES: Readonly<Record<string, RelationCode>> = {
  本人: 'HEAD',
  妻: 'SPOUSE',
  夫: 'SPOUSE',
  妻子: 'SPOUSE',
  丈夫: 'SPOUSE',
  子: 'CHILD',
  女: 'CHILD',
  儿子: 'CHILD',
  女儿: 'CHILD',
  长子: 'CHILD',
  长女: 'CHILD',
  次子: 'CHILD',
  次女: 'CHILD',
  父亲: 'PARENT',
  母亲: 'PARENT',
  父: 'PARENT',
  母: 'PARENT',
  孙子: 'GRANDCHILD',
  孙女: 'GRANDCHILD',
  外孙子: 'GRANDCHILD',
  外孙女: 'GRANDCHILD',
  兄: 'SIBLING',
  弟: 'SIBLING',
  姐: 'SIBLING',
  妹: 'SIBLING',
};

function lookup<T extends string>(labels: Readonly<Record<T, string>>, text: string): T | null {
  const t = text.trim();
  for (const [code, label] of Object.entries(labels) as Array<[T, string]>) {
    if (label === t || code === t.toUpperCase()) return code;
  }
  return null;
}

/** `户主`, `HEAD`, `儿子` … → a relation code; null when unknown. */
export function parseRelation(text: string): RelationCode | null {
  return lookup(RELATION_LABELS, text) ?? RELATION_ALIASES[text.trim()] ?? null;
}

/** `男`/`女`/`MALE`/`FEMALE` → a gender code; null when unknown. */
export function parseGender(text: string): GenderCode | null {
  return lookup(GENDER_LABELS, text);
}

/** `本地户籍`/`本地`/`非本地户籍`/`非本地`/codes → a residency code; null when unknown. */
export function parseResidency(text: string): ResidencyCode | null {
  const t = text.trim();
  if (t === '本地' || t === '本地户口') return 'LOCAL_HUKOU';
  if (t === '非本地' || t === '外地' || t === '外地户籍') return 'NON_LOCAL';
  return lookup(RESIDENCY_LABELS, t);
}

/** `是`/`否` (also Y/N, 1/0, true/false) → boolean; null when unknown. */
export function parseYesNo(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (['是', 'y', 'yes', '1', 'true', '√'].includes(t)) return true;
  if (['否', 'n', 'no', '0', 'false', '×'].includes(t)) return false;
  return null;
}
