import type { GridShellTranslation } from './zh-CN';

/** Labels the grid app's frame adds to the root ones (scope `gridShell`). */
export const en: GridShellTranslation = {
  shop: 'Points shop',
};
