import { mod11_2CheckChar } from './check-digit';
import {
  calendarDate,
  parseDateText,
  idNumberFacts,
  idNumberProblem,
  isValidIdNumber,
  normalizeIdNumber,
  todayIso,
  withIdCheckChar,
} from './id-number';

describe('todayIso', () => {
  it('gives the date in China (UTC+8): the morning before 08:00 belongs to that day', () => {
    expect(todayIso(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(todayIso(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(todayIso(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(todayIso(new Date('2026-07-02T00:30:00+08:00'))).toBe('2026-07-02');
  });
});

describe('GB 11643 ID numbers', () => {
  it.each([
    ['11010519491231002X', null],
    ['110105194912310021', 'CHECK_DIGIT'],
    ['440524188001010014', 'BIRTH_DATE'], // valid check digit, but born before 1900
    ['150626199001011234', 'CHECK_DIGIT'],
    [withIdCheckChar('15062619900101123'), null],
    ['1506261990010112', 'FORMAT'],
    ['15062619900101123XX', 'FORMAT'],
    ['15062619900101123A', 'FORMAT'],
    [withIdCheckChar('99062619900101123'), 'REGION'],
    [withIdCheckChar('00062619900101123'), 'REGION'],
    [withIdCheckChar('15062619900230123'), 'BIRTH_DATE'],
    [withIdCheckChar('15062618991231123'), 'BIRTH_DATE'],
    [withIdCheckChar('15062630000101123'), 'BIRTH_DATE'],
    [withIdCheckChar('15062620000229123'), null],
    [withIdCheckChar('15062619000229123'), 'BIRTH_DATE'],
  ])('%s → %s', (id, problem) => {
    expect(idNumberProblem(id, '2026-01-01')).toBe(problem);
  });

  it.each([
    ['11010519491231002x', '11010519491231002X'],
    [' 110105 19491231 002X ', '11010519491231002X'],
  ])('normalizes %j', (raw, normal) => {
    expect(normalizeIdNumber(raw)).toBe(normal);
    expect(isValidIdNumber(raw, '2026-01-01')).toBe(true);
  });

  it.each([
    ['11010519491231002X', '1949-12-31', 'FEMALE'],
    [withIdCheckChar('15062619900101123'), '1990-01-01', 'MALE'],
  ])('facts of %s', (id, birthDate, gender) => {
    expect(idNumberFacts(id)).toEqual({ birthDate, gender });
  });

  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['1506260012010001', mod11_2CheckChar('1506260012010001')],
  ])('MOD 11-2 of %s is %s', (digits, expected) => {
    expect(mod11_2CheckChar(digits)).toBe(expected);
    expect(mod11_2CheckChar(digits)).toMatch(/^[0-9X]$/);
  });

  it.each([
    ['20240229', '2024-02-29'],
    ['20230229', null],
    ['20231301', null],
    ['2023011', null],
  ])('calendar date %s', (raw, out) => {
    expect(calendarDate(raw)).toBe(out);
  });
});

describe('dates as typed', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024.03.5', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    [' 2024-3-5 ', '2024-03-05'],
    ['2024-02-30', null],
    ['5/3/2024', null],
    ['', null],
  ])('%j → %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });
});
