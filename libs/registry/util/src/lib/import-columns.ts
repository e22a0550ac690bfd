/**
 * Household register workbook (户籍台账), used by the import template, the import itself and the export.
 * One row per member; the members of a household share a 户编号 (any text unique to that household within the file).
 *
 * | # | header       | required | content                                                                   |
 * |---|--------------|----------|---------------------------------------------------------------------------|
 * | A | 户编号        | yes      | groups rows into households (on export: the card number)                  |
 * | B | 户主标记      | yes      | 是 on the head's row (exactly one per household), 否 otherwise            |
 * | C | 姓名          | yes      | member name, ≤ 40 characters                                              |
 * | D | 身份证号      | yes      | GB 11643 18-character ID number as text (check character verified)        |
 * | E | 性别          | no       | 男/女; derived from the ID number when blank, must agree when filled      |
 * | F | 出生日期      | no       | YYYY-MM-DD (or an Excel date); derived from the ID number when blank       |
 * | G | 与户主关系    | yes      | 户主/配偶/子女/父母/孙子女/兄弟姐妹/其他; 户主 exactly on the head's row     |
 * | H | 联系电话      | no       | mobile (11 digits) or landline with area code                             |
 * | I | 网格编号      | no*      | 15-digit grid code of the village, or the grid's 3-digit number           |
 * | J | 住址          | yes*     | address, ≤ 200 characters                                                 |
 * | K | 户籍类型      | yes*     | 本地户籍 / 非本地户籍                                                      |
 * | L | 居住起始日期  | *        | date the household came to live here; required for 非本地户籍              |
 * | M | 参与积分      | yes*     | 是/否; a non-local household takes part only once admitted: 否 on import  |
 *
 * (*) household columns, read from the head's row; on other rows of the household they may be blank, and when
 * filled they must equal the head's. The header row must be exactly these thirteen headers in this order; a
 * fourteenth column headed 错误 (as in the error report) is ignored, so a corrected error report can be re-imported.
 */
export const IMPORT_COLUMNS = [
  '户编号',
  '户主标记',
  '姓名',
  '身份证号',
  '性别',
  '出生日期',
  '与户主关系',
  '联系电话',
  '网格编号',
  '住址',
  '户籍类型',
  '居住起始日期',
  '参与积分',
] as const;

/** Header of the extra column of the error report. */
export const IMPORT_ERROR_COLUMN = '错误';

/** Whether a header row (trimmed cell texts) is exactly the import layout (optionally followed by 错误). */
export function importHeaderMatches(headers: readonly string[]): boolean {
  const cells = [...headers];
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  if (cells.length === IMPORT_COLUMNS.length + 1 && cells[cells.length - 1] === IMPORT_ERROR_COLUMN) cells.pop();
  return cells.length === IMPORT_COLUMNS.length && IMPORT_COLUMNS.every((h, i) => cells[i] === h);
}
