/** Regions and grids page (scope `regions`). */
export const zhCN = {
  title: '区划与网格',
  tree: '区划树',
  chooseRegion: '请在左侧选择一个区划',
  code: '区划代码',
  level: '层级',
  fullName: '全称',
  grids: '网格',
  noGrids: '该村还没有网格',
  gridsOnlyForVillages: '网格属于村（嘎查、社区）：选择一个村以查看和管理网格',
  gridCode: '网格代码',
  gridName: '网格名称',
  leaderName: '网格长',
  createGrid: '新建网格',
  editGrid: '编辑网格',
  gridNameRequired: '请输入网格名称',
  gridSaved: '网格已保存',
};

export type RegionsTranslation = typeof zhCN;
