import { defineScope } from '@xiangzhi/shared/i18n';

/** Transloco scope of the portal's points pages: keys read as `pointsPortal.<key>`. */
export const POINTS_PORTAL_SCOPE = defineScope('pointsPortal', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});
