import { ValidationError } from '@xiangzhi/server/core';

/**
 * Error codes of the exchange-round report (`extensions.code`; the web apps translate `errors.<CODE>`).
 *
 * | code | kind | when |
 * | --- | --- | --- |
 * | SHOP_ROUNDS_NOT_TOWN | BAD_USER_INPUT | exchange rounds are reported for a town (`details.regionCode`) |
 */
export const RoundErrors = {
  notTown: (regionCode: string) => new ValidationError('SHOP_ROUNDS_NOT_TOWN', { regionCode }),
};
