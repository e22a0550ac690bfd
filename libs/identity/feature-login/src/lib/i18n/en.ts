import type { LoginTranslation } from './zh-CN';

export const en: LoginTranslation = {
  title: 'Sign in',
  subtitle: 'Rural governance: points and checklists',
  username: 'Username',
  password: 'Password',
  submit: 'Sign in',
  submitting: 'Signing in…',
  usernameRequired: 'Enter your username',
  passwordRequired: 'Enter your password',
  changePassword: {
    title: 'Change password',
    current: 'Current password',
    new: 'New password',
    confirm: 'Confirm new password',
    submit: 'Change password',
    currentRequired: 'Enter your current password',
    newRequired: 'Enter a new password',
    newTooShort: 'At least {{ min }} characters',
    mismatch: 'The two new passwords differ',
    done: 'Password changed',
  },
};
