import { defineScope } from '@xiangzhi/shared/i18n';

/** Transloco scope of the grid app's points pages: keys read as `pointsGrid.<key>`. */
export const POINTS_GRID_SCOPE = defineScope('pointsGrid', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});
