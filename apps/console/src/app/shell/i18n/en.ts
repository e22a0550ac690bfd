import type { zhCN } from './zh-CN';

/** English menu entries of the console shell (same keys as zh-CN). */
export const en: typeof zhCN = {
  shopShops: 'Points shops',
  shopFunds: 'Funds ledger',
  shopRounds: 'Exchange rounds',
};
