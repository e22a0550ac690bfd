import { FormBuilder } from '@angular/forms';
import { countHeads, residentSinceRequired } from './household-form.component';
import { ID_NUMBER_PATTERN, memberFormGroup, toMemberInput } from './member-form';

describe('household form rules', () => {
  it('requires the date a non-local household came to live here', () => {
    const form = new FormBuilder().nonNullable.group(
      { residency: 'NON_LOCAL', residentSince: '' },
      { validators: residentSinceRequired },
    );
    expect(form.errors).toEqual({ residentSinceRequired: true });
    form.controls.residentSince.setValue('2024-01-01');
    expect(form.errors).toBeNull();
    form.patchValue({ residency: 'LOCAL_HUKOU', residentSince: '' });
    expect(form.errors).toBeNull();
  });

  it('counts heads of household', () => {
    expect(countHeads([{ relation: 'HEAD' }, { relation: 'SPOUSE' }])).toBe(1);
    expect(countHeads([{ relation: 'HEAD' }, { relation: 'HEAD' }])).toBe(2);
    expect(countHeads([])).toBe(0);
  });
});

describe('member form', () => {
  const fb = new FormBuilder().nonNullable;

  it('checks the ID number format only (the server checks the check digit)', () => {
    expect(ID_NUMBER_PATTERN.test('11010519491231002X')).toBe(true);
    expect(ID_NUMBER_PATTERN.test('110105194912310021')).toBe(true);
    expect(ID_NUMBER_PATTERN.test('11010519491231002')).toBe(false);
    expect(ID_NUMBER_PATTERN.test('1101051949123100Y1')).toBe(false);
  });

  it('requires the ID number when adding, not when editing', () => {
    const adding = memberFormGroup(fb, true);
    const editing = memberFormGroup(fb, false);
    adding.patchValue({ name: '王芳', gender: 'FEMALE', relation: 'SPOUSE' });
    editing.patchValue({ name: '王芳', gender: 'FEMALE', relation: 'SPOUSE' });
    expect(adding.controls.idNumber.hasError('required')).toBe(true);
    expect(editing.valid).toBe(true);
  });

  it('builds the API input: trimmed, upper-case X, empty optionals as null', () => {
    const form = memberFormGroup(fb, true);
    form.patchValue({
      name: ' 王芳 ',
      gender: 'FEMALE',
      relation: 'SPOUSE',
      idNumber: '11010519491231002x',
      phone: '',
      birthDate: '',
    });
    expect(toMemberInput(form.getRawValue())).toEqual({
      name: '王芳',
      gender: 'FEMALE',
      birthDate: null,
      relation: 'SPOUSE',
      idNumber: '11010519491231002X',
      phone: null,
      participating: true,
    });
  });
});
