/** Labels the grid app's frame adds to the root ones (scope `gridShell`). */
export const zhCN = {
  shop: '积分兑换',
};

export type GridShellTranslation = typeof zhCN;
