import { defineScope } from '@xiangzhi/shared/i18n';

/** Transloco scope of the recording, review, approval and household points pages: keys read as `ledger.<key>`. */
export const LEDGER_SCOPE = defineScope('ledger', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});
