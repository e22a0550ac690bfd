import { defineScope } from '@xiangzhi/shared/i18n';

/** Transloco scope of the console shop pages: keys read as `shopConsole.<key>`. */
export const SHOP_CONSOLE_SCOPE = defineScope('shopConsole', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});
