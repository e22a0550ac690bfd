import { defineScope } from '@xiangzhi/shared/i18n';

/** Transloco scope of the portal pages: keys read as `portal.<key>`. */
export const PORTAL_SCOPE = defineScope('portal', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});
