import { coreEntities } from '@xiangzhi/server/core';
import { identityEntities } from '@xiangzhi/identity/api';
import { registryEntities } from '@xiangzhi/registry/api';
import { pointsEntities, pointsResultsEntities } from '@xiangzhi/points/api';
import { shopEntities } from '@xiangzhi/shop/api';
import { checklistEntities } from '@xiangzhi/checklists/api';

/** Every entity of the product, for the CLI, the drift check and the test harness. */
export const allEntities = [
  ...coreEntities,
  ...identityEntities,
  ...registryEntities,
  ...pointsEntities,
  ...pointsResultsEntities,
  ...shopEntities,
  ...checklistEntities,
];
