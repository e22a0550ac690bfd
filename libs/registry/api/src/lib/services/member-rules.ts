import {
  idNumberFacts,
  idNumberProblem,
  isValidPhone,
  normalizeIdNumber,
  normalizePhone,
  todayIso,
} from '@xiangzhi/registry/util';
import { DomainError } from '@xiangzhi/server/core';
import { Gender, Relation } from '../registry.enums';
import { RegistryErrors } from '../registry.errors';

/** A member's fields as entered (GraphQL input or an import row). */
export interface MemberDraft {
  name: string;
  idNumber: string;
  relation: Relation;
  gender?: Gender | null;
  birthDate?: string | null;
  phone?: string | null;
  participating?: boolean | null;
}

/** A member's fields once checked and completed from the ID number. */
export interface CheckedMember {
  name: string;
  idNumber: string;
  relation: Relation;
  gender: Gender;
  birthDate: string;
  phone: string | null;
  participating: boolean;
}

/** What is wrong with a member, as a code (+ detail) the API throws and the import turns into a sentence. */
export type MemberProblem =
  | { code: 'NAME_REQUIRED' }
  | { code: 'REGISTRY_ID_NUMBER_INVALID'; problem: string }
  | { code: 'REGISTRY_ID_NUMBER_MISMATCH'; field: 'birthDate' | 'gender' }
  | { code: 'REGISTRY_PHONE_INVALID' };

/** Checks a member: GB 11643 ID number; gender and birth date default to, and must agree with, the ID number. */
export function checkMember(
  draft: MemberDraft,
  today: string = todayIso(),
): { ok: true; member: CheckedMember } | { ok: false; problem: MemberProblem } {
  const name = draft.name.trim();
  if (!name) return { ok: false, problem: { code: 'NAME_REQUIRED' } };
  const idNumber = normalizeIdNumber(draft.idNumber);
  const problem = idNumberProblem(idNumber, today);
  if (problem) return { ok: false, problem: { code: 'REGISTRY_ID_NUMBER_INVALID', problem } };
  const facts = idNumberFacts(idNumber);
  if (draft.birthDate && draft.birthDate !== facts.birthDate) {
    return { ok: false, problem: { code: 'REGISTRY_ID_NUMBER_MISMATCH', field: 'birthDate' } };
  }
  if (draft.gender && draft.gender !== facts.gender) {
    return { ok: false, problem: { code: 'REGISTRY_ID_NUMBER_MISMATCH', field: 'gender' } };
  }
  let phone: string | null = null;
  if (draft.phone && draft.phone.trim()) {
    phone = normalizePhone(draft.phone);
    if (!isValidPhone(phone)) return { ok: false, problem: { code: 'REGISTRY_PHONE_INVALID' } };
  }
  return {
    ok: true,
    member: {
      name,
      idNumber,
      relation: draft.relation,
      gender: facts.gender as Gender,
      birthDate: facts.birthDate,
      phone,
      participating: draft.participating ?? true,
    },
  };
}

/** The coded API error of a member problem (`index` = position in the input list, when there is one). */
export function memberProblemError(problem: MemberProblem, index?: number): DomainError {
  switch (problem.code) {
    case 'NAME_REQUIRED':
      return new DomainError('VALIDATION_FAILED', 'BAD_USER_INPUT', {
        fields: ['name'],
        ...(index === undefined ? {} : { index }),
      });
    case 'REGISTRY_ID_NUMBER_INVALID':
      return RegistryErrors.idInvalid(problem.problem, index);
    case 'REGISTRY_ID_NUMBER_MISMATCH':
      return RegistryErrors.idMismatch(problem.field, index);
    case 'REGISTRY_PHONE_INVALID':
      return RegistryErrors.phoneInvalid();
  }
}

/** Throws unless `date` (YYYY-MM-DD) lies between 1900-01-01 and today. */
export function assertPastDate(date: string | null | undefined, field: string, today: string = todayIso()): void {
  if (date && (date < '1900-01-01' || date > today)) throw RegistryErrors.dateInvalid(field);
}

/** The first day a household resident since `residentSince` may be admitted (6 months later). */
export function admissionEligibleFrom(residentSince: string): string {
  const [y, m, d] = residentSince.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + 6, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
