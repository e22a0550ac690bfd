import { ValidationError } from '@xiangzhi/server/core';

/**
 * Error codes of the funds ledger beyond ShopErrors (`extensions.code`; the web apps translate `errors.<CODE>`).
 *
 * | code | kind | when |
 * | --- | --- | --- |
 * | FUND_SOURCE_INVALID | BAD_USER_INPUT | income is its own source (`source` = `kind`); spending names the source charged |
 */
export const FundErrors = {
  sourceInvalid: () => new ValidationError('FUND_SOURCE_INVALID'),
};
