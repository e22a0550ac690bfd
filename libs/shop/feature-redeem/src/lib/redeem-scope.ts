import { defineScope } from '@xiangzhi/shared/i18n';

/** Transloco scope of the grid app's shop counter: keys read as `shopRedeem.<key>`. */
export const SHOP_REDEEM_SCOPE = defineScope('shopRedeem', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});
