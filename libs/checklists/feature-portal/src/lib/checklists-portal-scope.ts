import { defineScope } from '@xiangzhi/shared/i18n';

/** Transloco scope of the portal's checklist pages: keys read as `checklistsPortal.<key>`. */
export const CHECKLISTS_PORTAL_SCOPE = defineScope('checklistsPortal', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});
