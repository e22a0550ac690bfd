import { withIdCheckChar } from '@xiangzhi/registry/util';
import { Gender, Relation } from '../registry.enums';
import { admissionEligibleFrom, assertPastDate, checkMember, memberProblemError } from './member-rules';

const ID = withIdCheckChar('15062619900515002'); // female (2 is even), 1990-05-15

describe('member rules', () => {
  it.each([
    [{}, { ok: true }],
    [{ idNumber: ID.toLowerCase() }, { ok: true }],
    [{ gender: Gender.MALE }, { ok: false, problem: { code: 'REGISTRY_ID_NUMBER_MISMATCH', field: 'gender' } }],
    [{ birthDate: '1990-05-16' }, { ok: false, problem: { code: 'REGISTRY_ID_NUMBER_MISMATCH', field: 'birthDate' } }],
    [{ idNumber: '123' }, { ok: false, problem: { code: 'REGISTRY_ID_NUMBER_INVALID', problem: 'FORMAT' } }],
    [{ phone: '1381234' }, { ok: false, problem: { code: 'REGISTRY_PHONE_INVALID' } }],
    [{ name: '  ' }, { ok: false, problem: { code: 'NAME_REQUIRED' } }],
  ])('checks %j', (over, expected) => {
    const result = checkMember({ name: '娜仁', idNumber: ID, relation: Relation.SPOUSE, ...over }, '2026-01-01');
    expect(result).toMatchObject(expected);
  });

  it('completes gender and birth date from the ID number', () => {
    const r = checkMember({ name: ' 娜仁 ', idNumber: ID, relation: Relation.HEAD, phone: ' 13912345678 ' });
    expect(r).toEqual({
      ok: true,
      member: {
        name: '娜仁',
        idNumber: ID,
        relation: Relation.HEAD,
        gender: Gender.FEMALE,
        birthDate: '1990-05-15',
        phone: '13912345678',
        participating: true,
      },
    });
  });

  it.each([
    [
      { code: 'REGISTRY_ID_NUMBER_INVALID', problem: 'CHECK_DIGIT' } as const,
      'REGISTRY_ID_NUMBER_INVALID',
      { problem: 'CHECK_DIGIT', index: 1 },
    ],
    [
      { code: 'REGISTRY_ID_NUMBER_MISMATCH', field: 'gender' } as const,
      'REGISTRY_ID_NUMBER_MISMATCH',
      { field: 'gender', index: 1 },
    ],
    [{ code: 'REGISTRY_PHONE_INVALID' } as const, 'REGISTRY_PHONE_INVALID', {}],
    [{ code: 'NAME_REQUIRED' } as const, 'VALIDATION_FAILED', { fields: ['name'], index: 1 }],
  ])('turns %j into a coded error', (problem, code, details) => {
    const err = memberProblemError(problem, 1);
    expect(err.code).toBe(code);
    expect(err.details).toEqual(details);
  });

  it.each([
    ['2024-01-31', '2024-07-31'],
    ['2023-08-31', '2024-02-29'],
    ['2024-08-31', '2025-02-28'],
    ['2024-06-15', '2024-12-15'],
    ['2024-07-01', '2025-01-01'],
  ])('a household resident since %s may be admitted from %s', (since, from) => {
    expect(admissionEligibleFrom(since)).toBe(from);
  });

  it.each([
    ['1899-12-31', true],
    ['2027-01-01', true],
    ['2020-01-01', false],
    [null, false],
  ])('date %s refused: %s', (date, refused) => {
    const run = () => assertPastDate(date, 'residentSince', '2026-01-01');
    if (refused) expect(run).toThrow('REGISTRY_DATE_INVALID');
    else expect(run).not.toThrow();
  });
});
