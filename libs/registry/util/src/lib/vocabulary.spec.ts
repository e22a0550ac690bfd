import { IMPORT_COLUMNS, importHeaderMatches } from './import-columns';
import { parseGender, parseRelation, parseResidency, parseYesNo } from './vocabulary';

describe('vocabulary', () => {
  it.each([
    ['户主', 'HEAD'],
    ['本人', 'HEAD'],
    ['配偶', 'SPOUSE'],
    ['儿子', 'CHILD'],
    ['孙女', 'GRANDCHILD'],
    ['OTHER', 'OTHER'],
    ['邻居', null],
  ])('relation %s → %s', (text, code) => {
    expect(parseRelation(text)).toBe(code);
  });

  it.each([
    ['男', 'MALE'],
    ['女', 'FEMALE'],
    ['female', 'FEMALE'],
    ['?', null],
  ])('gender %s → %s', (text, code) => {
    expect(parseGender(text)).toBe(code);
  });

  it.each([
    ['本地户籍', 'LOCAL_HUKOU'],
    ['本地', 'LOCAL_HUKOU'],
    ['非本地户籍', 'NON_LOCAL'],
    ['外地', 'NON_LOCAL'],
    ['x', null],
  ])('residency %s → %s', (text, code) => {
    expect(parseResidency(text)).toBe(code);
  });

  it.each([
    ['是', true],
    ['否', false],
    ['Y', true],
    ['', null],
  ])('yes/no %j → %s', (text, value) => {
    expect(parseYesNo(text)).toBe(value);
  });
});

describe('import header', () => {
  it.each([
    [[...IMPORT_COLUMNS], true],
    [[...IMPORT_COLUMNS, ''], true],
    [[...IMPORT_COLUMNS, '错误'], true],
    [[...IMPORT_COLUMNS, '备注'], false],
    [IMPORT_COLUMNS.slice(0, 11), false],
    [[...IMPORT_COLUMNS].reverse(), false],
    [[], false],
  ])('%j → %s', (headers, ok) => {
    expect(importHeaderMatches(headers)).toBe(ok);
  });
});
