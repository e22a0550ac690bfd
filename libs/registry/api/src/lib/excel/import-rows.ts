import {
  IMPORT_COLUMNS,
  parseDateText,
  parseGender,
  parseRelation,
  parseResidency,
  parseYesNo,
  todayIso,
} from '@xiangzhi/registry/util';
import { Gender, Relation, Residency } from '../registry.enums';
import { CheckedMember, checkMember, MemberProblem } from '../services/member-rules';
import { cellText, isLossyNumber, SheetRow } from './workbook';

/** Column positions of the import layout (see IMPORT_COLUMNS). */
export const COL = {
  key: 0,
  headFlag: 1,
  name: 2,
  idNumber: 3,
  gender: 4,
  birthDate: 5,
  relation: 6,
  phone: 7,
  grid: 8,
  address: 9,
  residency: 10,
  residentSince: 11,
  participating: 12,
} as const;

/** Most members one household may have in a file (as createHousehold). */
export const MAX_MEMBERS = 30;

/** One data row: its texts (for the error report), what it says, and what is wrong with it. */
export interface ImportRow {
  number: number;
  cells: string[];
  errors: string[];
  key: string;
  isHead: boolean;
  member: CheckedMember | null;
  /** Keyed hash of the ID number (set by markDuplicateIds). */
  hash: string | null;
  gridCode: string | null;
  address: string;
  residency: Residency | null;
  residentSince: string | null;
  participating: boolean | null;
}

/** A household of the file: its rows (head first) and household fields read from the head's row. */
export interface ImportHousehold {
  key: string;
  head: ImportRow;
  rows: ImportRow[];
  gridCode: string | null;
  address: string;
  residency: Residency;
  residentSince: string | null;
  participating: boolean;
}

const ID_PROBLEM_TEXT: Record<string, string> = {
  FORMAT: '身份证号须为18位（末位可为X）',
  REGION: '身份证号地区码无效',
  BIRTH_DATE: '身份证号中的出生日期无效',
  CHECK_DIGIT: '身份证号校验位错误',
};

function problemText(p: MemberProblem): string {
  switch (p.code) {
    case 'NAME_REQUIRED':
      return '姓名不能为空';
    case 'REGISTRY_ID_NUMBER_INVALID':
      return ID_PROBLEM_TEXT[p.problem] ?? '身份证号无效';
    case 'REGISTRY_ID_NUMBER_MISMATCH':
      return p.field === 'gender' ? '性别与身份证号不符' : '出生日期与身份证号不符';
    case 'REGISTRY_PHONE_INVALID':
      return '联系电话格式错误';
  }
}

/** Excel day number (1900 date system) → YYYY-MM-DD. */
function excelSerialDate(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 200000) return null;
  return new Date(Date.UTC(1899, 11, 30) + n * 86400000).toISOString().slice(0, 10);
}

function dateCell(value: unknown): { value: string | null; bad: boolean } {
  if (typeof value === 'number') {
    const d = excelSerialDate(value);
    return { value: d, bad: d === null };
  }
  const text = cellText(value);
  if (!text) return { value: null, bad: false };
  const d = parseDateText(text);
  return { value: d, bad: d === null };
}

/** Reads and checks one row on its own (no database, no other rows). */
export function parseImportRow(row: SheetRow, villageCode: string, today: string = todayIso()): ImportRow {
  const v = row.values;
  const cells = IMPORT_COLUMNS.map((_, i) => cellText(v[i]));
  const errors: string[] = [];
  const key = cells[COL.key];
  if (!key) errors.push('户编号不能为空');

  // a blank head flag means "not the head": registers usually mark only the head's row
  const headFlag = cells[COL.headFlag].trim() === '' ? false : parseYesNo(cells[COL.headFlag]);
  if (headFlag === null) errors.push('户主标记须为是或否（可留空表示非户主）');
  const isHead = headFlag === true;

  let relation = cells[COL.relation]
    ? (parseRelation(cells[COL.relation]) as Relation | null)
    : isHead
      ? Relation.HEAD
      : null;
  if (relation === null) errors.push('与户主关系无法识别（户主/配偶/子女/父母/孙子女/兄弟姐妹/其他）');
  else if (isHead && relation !== Relation.HEAD) errors.push('户主行的与户主关系应为户主');
  else if (!isHead && headFlag !== null && relation === Relation.HEAD) errors.push('与户主关系为户主，但户主标记为否');
  relation = relation ?? Relation.OTHER;

  let gender: Gender | null = null;
  if (cells[COL.gender]) {
    gender = parseGender(cells[COL.gender]) as Gender | null;
    if (!gender) errors.push('性别须为男或女');
  }
  const birth = dateCell(v[COL.birthDate]);
  if (birth.bad) errors.push('出生日期格式错误（应为YYYY-MM-DD）');

  let member: CheckedMember | null = null;
  if (isLossyNumber(v[COL.idNumber])) {
    errors.push('身份证号须以文本格式填写（数字格式会丢失末几位）');
  } else if (!cells[COL.idNumber]) {
    errors.push('身份证号不能为空');
  } else if (cells[COL.name].length > 40) {
    errors.push('姓名不能超过40个字');
  } else {
    const checked = checkMember(
      {
        name: cells[COL.name],
        idNumber: cells[COL.idNumber],
        relation,
        gender,
        birthDate: birth.bad ? null : birth.value,
        phone: cells[COL.phone] || null,
      },
      today,
    );
    if (checked.ok) member = checked.member;
    else errors.push(problemText(checked.problem));
  }
  if (!cells[COL.name] && !errors.includes('姓名不能为空')) errors.push('姓名不能为空');

  let gridCode: string | null = null;
  const grid = cells[COL.grid];
  if (grid) {
    if (/^\d{15}$/.test(grid)) gridCode = grid;
    else if (/^\d{1,3}$/.test(grid)) gridCode = villageCode + grid.padStart(3, '0');
    else errors.push('网格编号应为15位网格代码或3位网格序号');
  }
  const address = cells[COL.address];
  if (address.length > 200) errors.push('住址不能超过200个字');
  let residency: Residency | null = null;
  if (cells[COL.residency]) {
    residency = parseResidency(cells[COL.residency]) as Residency | null;
    if (!residency) errors.push('户籍类型须为本地户籍或非本地户籍');
  }
  const since = dateCell(v[COL.residentSince]);
  if (since.bad) errors.push('居住起始日期格式错误（应为YYYY-MM-DD）');
  else if (since.value && (since.value > today || since.value < '1900-01-01')) errors.push('居住起始日期不能晚于今天');
  let participating: boolean | null = null;
  if (cells[COL.participating]) {
    participating = parseYesNo(cells[COL.participating]);
    if (participating === null) errors.push('参与积分须为是或否');
  }
  return {
    number: row.number,
    cells,
    errors,
    key,
    isHead,
    member,
    hash: null,
    gridCode,
    address,
    residency,
    residentSince: since.bad ? null : since.value,
    participating,
  };
}

/**
 * Groups rows into households and checks what concerns a household: exactly one head, household fields on the
 * head's row (and equal on other rows where filled), a grid of the village, residency rules, member count.
 * Errors are added to the rows concerned; only households whose rows are all clean are returned.
 */
export function groupHouseholds(rows: ImportRow[], villageGrids: ReadonlySet<string>): ImportHousehold[] {
  const byKey = new Map<string, ImportRow[]>();
  for (const r of rows) {
    if (!r.key) continue;
    const list = byKey.get(r.key);
    if (list) list.push(r);
    else byKey.set(r.key, [r]);
  }
  const households: ImportHousehold[] = [];
  for (const [key, list] of byKey) {
    const heads = list.filter((r) => r.isHead);
    if (heads.length !== 1) {
      const text = heads.length === 0 ? '该户没有户主（户主标记为是的行）' : '该户有多个户主';
      list.forEach((r) => r.errors.push(text));
      continue;
    }
    const head = heads[0];
    if (list.length > MAX_MEMBERS) head.errors.push(`一户最多${MAX_MEMBERS}人`);
    if (!head.address) head.errors.push('户主行的住址不能为空');
    if (!head.residency && !head.errors.some((e) => e.startsWith('户籍类型')))
      head.errors.push('户主行的户籍类型不能为空');
    if (head.participating === null && !head.errors.some((e) => e.startsWith('参与积分'))) {
      head.errors.push('户主行的参与积分不能为空');
    }
    if (head.gridCode && !villageGrids.has(head.gridCode)) head.errors.push('网格编号不是本村的网格');
    if (head.residency === Residency.NON_LOCAL) {
      if (!head.residentSince) head.errors.push('非本地户籍须填写居住起始日期');
      if (head.participating) head.errors.push('非本地户籍须经村委会接纳后才能参与积分（请填否）');
    }
    for (const r of list) {
      if (r === head) continue;
      const differs = (label: string, mine: unknown, theirs: unknown) => {
        if (mine !== null && mine !== '' && mine !== theirs) r.errors.push(`${label}与户主行不一致`);
      };
      differs('网格编号', r.gridCode, head.gridCode);
      differs('住址', r.address, head.address);
      differs('户籍类型', r.residency, head.residency);
      differs('居住起始日期', r.residentSince, head.residentSince);
      differs('参与积分', r.participating, head.participating);
    }
    if (list.some((r) => r.errors.length > 0 || !r.member)) continue;
    households.push({
      key,
      head,
      rows: [head, ...list.filter((r) => r !== head)],
      gridCode: head.gridCode,
      address: head.address,
      residency: head.residency as Residency,
      residentSince: head.residentSince,
      participating: head.participating as boolean,
    });
  }
  return households;
}

/** Marks ID numbers that appear twice in the file or belong to an active member already. */
export function markDuplicateIds(
  rows: ImportRow[],
  hashOf: (id: string) => string,
  registered: ReadonlySet<string>,
): void {
  const firstRow = new Map<string, number>();
  for (const r of rows) {
    if (!r.member) continue;
    const h = hashOf(r.member.idNumber);
    r.hash = h;
    const seen = firstRow.get(h);
    if (seen !== undefined) r.errors.push(`身份证号与第${seen}行重复`);
    else firstRow.set(h, r.number);
    if (registered.has(h)) r.errors.push('身份证号已登记在册（已是其他户的成员）');
  }
}
