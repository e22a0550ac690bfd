import { defineScope } from '@xiangzhi/shared/i18n';

/** Transloco scope of the console menu's own entries (the points shop pages): keys read as `consoleNav.<key>`. */
export const CONSOLE_NAV_SCOPE = defineScope('consoleNav', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});
