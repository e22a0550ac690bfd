import { defineScope } from '@xiangzhi/shared/i18n';

/** Transloco scope of the scheme pages: keys read as `schemes.<key>`. */
export const SCHEMES_SCOPE = defineScope('schemes', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});
