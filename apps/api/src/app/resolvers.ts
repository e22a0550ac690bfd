import { identityResolvers } from '@xiangzhi/identity/api';
import { registryResolvers } from '@xiangzhi/registry/api';
import { pointsResolvers, pointsResultsResolvers } from '@xiangzhi/points/api';
import { shopResolvers } from '@xiangzhi/shop/api';
import { checklistsResolvers } from '@xiangzhi/checklists/api';

/** Every resolver class of the API, for emitting the schema without starting a server. */
export const allResolvers: Array<new (...args: never[]) => unknown> = [
  ...identityResolvers,
  ...registryResolvers,
  ...pointsResolvers,
  ...pointsResultsResolvers,
  ...shopResolvers,
  ...checklistsResolvers,
];
