import { defineScope } from '@xiangzhi/shared/i18n';

/** Transloco scope of the registry domain's words: keys read as `registry.<key>`. */
export const REGISTRY_SCOPE = defineScope('registry', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});
