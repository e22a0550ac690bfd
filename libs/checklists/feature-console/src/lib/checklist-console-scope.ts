import { defineScope } from '@xiangzhi/shared/i18n';

/** Transloco scope of the console's list pages: keys read as `checklistConsole.<key>`. */
export const CHECKLIST_CONSOLE_SCOPE = defineScope('checklistConsole', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});
