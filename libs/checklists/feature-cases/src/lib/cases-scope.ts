import { defineScope } from '@xiangzhi/shared/i18n';

/** Transloco scope of the console's case, certificate and oversight pages: keys read as `checklistCases.<key>`. */
export const CHECKLIST_CASES_SCOPE = defineScope('checklistCases', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});
