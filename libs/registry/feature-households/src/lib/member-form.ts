import { NonNullableFormBuilder, Validators } from '@angular/forms';
import type { Gender, MemberInput, Relation } from '@xiangzhi/registry/data-access';

/** 18 characters, the last a digit or X. The check digit itself is validated by the server. */
export const ID_NUMBER_PATTERN = /^\d{17}[\dXx]$/;
/** Same rule as the server: digits, spaces and dashes, optionally a leading +. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 -]{4,30}$/;
/** Relations to the head, in the order the form offers them. */
export const RELATIONS: readonly Relation[] = ['HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'SIBLING', 'OTHER'];

/**
 * The form group of one member. The ID number is required when adding, optional (keep) when editing; gender and
 * birth date may be left empty (the server reads them from the ID number).
 */
export function memberFormGroup(fb: NonNullableFormBuilder, idRequired: boolean) {
  const idValidators = idRequired
    ? [Validators.required, Validators.pattern(ID_NUMBER_PATTERN)]
    : [Validators.pattern(ID_NUMBER_PATTERN)];
  return fb.group({
    name: ['', Validators.required],
    gender: fb.control<Gender | ''>(''),
    birthDate: [''],
    relation: fb.control<Relation | ''>('', Validators.required),
    idNumber: ['', idValidators],
    phone: ['', Validators.pattern(PHONE_PATTERN)],
    participating: [true],
  });
}

export type MemberFormGroup = ReturnType<typeof memberFormGroup>;
export type MemberFormValue = ReturnType<MemberFormGroup['getRawValue']>;

/** The API input of a member form (trimmed, upper-case X, empty optional fields as null). */
export function toMemberInput(value: MemberFormValue): MemberInput {
  return {
    name: value.name.trim(),
    gender: value.gender || null,
    birthDate: value.birthDate || null,
    relation: value.relation as Relation,
    idNumber: value.idNumber.trim().toUpperCase(),
    phone: value.phone.trim() || null,
    participating: value.participating,
  };
}

/** Marks every control so that validation messages show. */
export function revealErrors(group: {
  controls: Record<string, { markAsDirty(): void; updateValueAndValidity(): void }>;
}): void {
  for (const control of Object.values(group.controls)) {
    control.markAsDirty();
    control.updateValueAndValidity();
  }
}
