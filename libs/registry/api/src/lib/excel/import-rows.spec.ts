import { withIdCheckChar } from '@xiangzhi/registry/util';
import { Relation, Residency } from '../registry.enums';
import { groupHouseholds, ImportRow, markDuplicateIds, parseImportRow } from './import-rows';

const VILLAGE = '150626100201';
const TODAY = '2026-01-01';
const ID_A = withIdCheckChar('15062619800101001'); // male, 1980-01-01
const ID_B = withIdCheckChar('15062619820202002'); // female, 1982-02-02

/** A sheet row from cells by header (others blank). */
function row(number: number, cells: Partial<Record<string, unknown>>) {
  const order = [
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
  ];
  return { number, values: order.map((h) => cells[h] ?? null) };
}

const head = (n: number, extra: Partial<Record<string, unknown>> = {}) =>
  row(n, {
    户编号: 'H1',
    户主标记: '是',
    姓名: '巴特尔',
    身份证号: ID_A,
    与户主关系: '户主',
    网格编号: '001',
    住址: '一组1号',
    户籍类型: '本地户籍',
    参与积分: '是',
    ...extra,
  });
const spouse = (n: number, extra: Partial<Record<string, unknown>> = {}) =>
  row(n, { 户编号: 'H1', 户主标记: '否', 姓名: '其其格', 身份证号: ID_B, 与户主关系: '配偶', ...extra });

const parse = (r: ReturnType<typeof row>) => parseImportRow(r, VILLAGE, TODAY);

describe('import rows', () => {
  it('reads a head row and completes it from the ID number', () => {
    const r = parse(head(2, { 联系电话: '13812345678' }));
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({
      key: 'H1',
      isHead: true,
      gridCode: `${VILLAGE}001`,
      residency: Residency.LOCAL_HUKOU,
      participating: true,
    });
    expect(r.member).toEqual({
      name: '巴特尔',
      idNumber: ID_A,
      relation: Relation.HEAD,
      gender: 'MALE',
      birthDate: '1980-01-01',
      phone: '13812345678',
      participating: true,
    });
  });

  it.each([
    [{ 户主标记: '也许' }, '户主标记须为是或否（可留空表示非户主）'],
    [{ 与户主关系: '邻居' }, '与户主关系无法识别'],
    [{ 与户主关系: '子女' }, '户主行的与户主关系应为户主'],
    [{ 身份证号: ID_A.slice(0, 17) + (ID_A.endsWith('1') ? '2' : '1') }, '身份证号校验位错误'],
    [{ 身份证号: '' }, '身份证号不能为空'],
    [{ 身份证号: Number('150626198001010010') }, '身份证号须以文本格式填写'],
    [{ 性别: '女' }, '性别与身份证号不符'],
    [{ 性别: '?' }, '性别须为男或女'],
    [{ 出生日期: '1980-02-30' }, '出生日期格式错误'],
    [{ 出生日期: '1980-01-02' }, '出生日期与身份证号不符'],
    [{ 联系电话: '12345' }, '联系电话格式错误'],
    [{ 网格编号: 'A1' }, '网格编号应为15位网格代码或3位网格序号'],
    [{ 户籍类型: '外星' }, '户籍类型须为本地户籍或非本地户籍'],
    [{ 参与积分: '可能' }, '参与积分须为是或否'],
    [{ 居住起始日期: '2999-01-01' }, '居住起始日期不能晚于今天'],
    [{ 户编号: '' }, '户编号不能为空'],
    [{ 姓名: '' }, '姓名不能为空'],
  ])('row with %j: %s', (cells, message) => {
    expect(parse(head(2, cells)).errors.join('；')).toContain(message);
  });

  it.each([
    [new Date(Date.UTC(1980, 0, 1)), []],
    [29221, []], // Excel serial day of 1980-01-01
    ['1980/1/1', []],
    ['19800101', []],
  ])('accepts the birth date %j', (value, errors) => {
    expect(parse(head(2, { 出生日期: value })).errors).toEqual(errors);
  });

  it('groups members under their head and checks the household', () => {
    const rows = [parse(head(2)), parse(spouse(3))];
    const households = groupHouseholds(rows, new Set([`${VILLAGE}001`]));
    expect(households).toHaveLength(1);
    expect(households[0]).toMatchObject({
      key: 'H1',
      gridCode: `${VILLAGE}001`,
      address: '一组1号',
      participating: true,
    });
    expect(households[0].rows.map((r) => r.member?.name)).toEqual(['巴特尔', '其其格']);
  });

  it.each<[string, () => ImportRow[], string]>([
    ['no head', () => [parse(spouse(3))], '该户没有户主'],
    ['two heads', () => [parse(head(2)), parse(head(3, { 身份证号: ID_B, 姓名: '乙' }))], '该户有多个户主'],
    ['an unknown grid', () => [parse(head(2, { 网格编号: '009' }))], '网格编号不是本村的网格'],
    ['no address on the head row', () => [parse(head(2, { 住址: '' }))], '户主行的住址不能为空'],
    [
      'another address on a member row',
      () => [parse(head(2)), parse(spouse(3, { 住址: '二组' }))],
      '住址与户主行不一致',
    ],
    [
      'a non-local household without a date',
      () => [parse(head(2, { 户籍类型: '非本地户籍', 参与积分: '否' }))],
      '非本地户籍须填写居住起始日期',
    ],
    [
      'a non-local household taking part',
      () => [parse(head(2, { 户籍类型: '非本地户籍', 居住起始日期: '2020-01-01' }))],
      '非本地户籍须经村委会接纳后才能参与积分',
    ],
  ])('refuses %s', (_what, rows, message) => {
    const list = rows();
    expect(groupHouseholds(list, new Set([`${VILLAGE}001`]))).toEqual([]);
    expect(list.flatMap((r) => r.errors).join('；')).toContain(message);
  });

  it('marks ID numbers repeated in the file or already registered', () => {
    const rows = [
      parse(head(2)),
      parse(spouse(3)),
      parse(spouse(4, { 户编号: 'H2', 户主标记: '是', 与户主关系: '户主' })),
    ];
    const hash = (id: string) => `h:${id}`;
    markDuplicateIds(rows, hash, new Set([hash(ID_A)]));
    expect(rows[0].errors).toEqual(['身份证号已登记在册（已是其他户的成员）']);
    expect(rows[1].errors).toEqual([]);
    expect(rows[2].errors).toEqual(['身份证号与第3行重复']);
    expect(rows[2].hash).toBe(hash(ID_B));
  });
});
