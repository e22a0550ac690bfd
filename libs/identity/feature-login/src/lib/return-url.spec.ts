import { FormControl, FormGroup } from '@angular/forms';
import { passwordsMatch } from './change-password.component';
import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it.each([
    ['/households?page=2', '/households?page=2'],
    ['/h/XZ-0001', '/h/XZ-0001'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/login', '/'],
    ['/login?returnUrl=%2Fx', '/'],
  ])('%s → %s', (input, expected) => {
    expect(safeReturnUrl(input)).toBe(expected);
  });
});

describe('passwordsMatch', () => {
  it('flags a confirmation that differs from the new password', () => {
    const form = new FormGroup(
      { newPassword: new FormControl('abcdefgh1'), confirm: new FormControl('abcdefgh2') },
      { validators: passwordsMatch },
    );
    expect(form.errors).toEqual({ mismatch: true });
    form.controls.confirm.setValue('abcdefgh1');
    expect(form.errors).toBeNull();
  });
});
