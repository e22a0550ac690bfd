import { defineScope } from '@xiangzhi/shared/i18n';

/** Transloco scope of the households pages: keys read as `households.<key>`. */
export const HOUSEHOLDS_SCOPE = defineScope('households', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});
