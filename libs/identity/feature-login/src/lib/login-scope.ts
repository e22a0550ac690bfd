import { defineScope } from '@xiangzhi/shared/i18n';

/** Transloco scope of the sign-in pages: keys read as `login.<key>`. */
export const LOGIN_SCOPE = defineScope('login', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});

/** Minimum length of a new password (the server has the final word). */
export const MIN_PASSWORD_LENGTH = 8;
