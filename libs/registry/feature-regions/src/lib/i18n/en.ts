import type { RegionsTranslation } from './zh-CN';

export const en: RegionsTranslation = {
  title: 'Regions and grids',
  tree: 'Region tree',
  chooseRegion: 'Choose a region on the left',
  code: 'Code',
  level: 'Level',
  fullName: 'Full name',
  grids: 'Grids',
  noGrids: 'This village has no grids yet',
  gridsOnlyForVillages: 'Grids belong to villages: choose a village to see and manage its grids',
  gridCode: 'Grid code',
  gridName: 'Grid name',
  leaderName: 'Grid leader',
  createGrid: 'New grid',
  editGrid: 'Edit grid',
  gridNameRequired: 'Enter the grid name',
  gridSaved: 'Grid saved',
};
