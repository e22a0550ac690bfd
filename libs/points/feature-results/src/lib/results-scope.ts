import { defineScope } from '@xiangzhi/shared/i18n';

/** Transloco scope of the points results pages: keys read as `pointsResults.<key>`. */
export const POINTS_RESULTS_SCOPE = defineScope('pointsResults', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});
