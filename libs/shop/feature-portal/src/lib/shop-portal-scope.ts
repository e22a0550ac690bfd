import { defineScope } from '@xiangzhi/shared/i18n';

/** Transloco scope of the portal's points-shop pages: keys read as `shopPortal.<key>`. */
export const SHOP_PORTAL_SCOPE = defineScope('shopPortal', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});
