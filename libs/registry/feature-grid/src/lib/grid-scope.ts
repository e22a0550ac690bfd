import { defineScope } from '@xiangzhi/shared/i18n';

/** Transloco scope of the grid app pages: keys read as `grid.<key>`. */
export const GRID_SCOPE = defineScope('grid', {
  'zh-CN': () => import('./i18n/zh-CN').then((m) => m.zhCN),
  en: () => import('./i18n/en').then((m) => m.en),
});
