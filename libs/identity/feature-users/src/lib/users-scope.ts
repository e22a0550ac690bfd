import { defineScope } from '@xiangzhi/shared/i18n';

/** Transloco scope of the users page: keys read as `users.<key>`. */
export const USERS_SCOPE = defineScope('users', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});

/** Minimum length of an initial or reset password (the server has the final word). */
export const MIN_PASSWORD_LENGTH = 8;
