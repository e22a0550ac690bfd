import { defineScope } from '@xiangzhi/shared/i18n';

/** Transloco scope of the regions page: keys read as `regions.<key>`. */
export const REGIONS_SCOPE = defineScope('regions', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});
