import type { EntityManager } from 'typeorm';
import {
  ConflictError,
  filesNotAttachable,
  ForbiddenError,
  NotFoundError,
  RequestContext,
  ValidationError,
} from '@xiangzhi/server/core';
import type { RedemptionRefusal } from '@xiangzhi/shop/util';

/**
 * Stable error codes of the points shop and funds (`extensions.code`); the web apps translate them (`errors.<CODE>`).
 *
 * | code | kind | when |
 * | --- | --- | --- |
 * | SCOPE_OUT_OF_REGION | FORBIDDEN | the shop, household or village lies outside the caller's region |
 * | SHOP_NOT_FOUND / SHOP_GOODS_NOT_FOUND / SHOP_REDEMPTION_NOT_FOUND / FUND_ENTRY_NOT_FOUND | NOT_FOUND | no such record |
 * | SHOP_VILLAGES_INVALID | BAD_USER_INPUT | a shop serves 1–20 villages, all of one town |
 * | SHOP_OPERATOR_INVALID | BAD_USER_INPUT | the user is not an active SHOP_OPERATOR of a served village |
 * | SHOP_NOT_OPERATOR | FORBIDDEN | an operator acting for a shop they are not bound to |
 * | SHOP_PRICE_INVALID | BAD_USER_INPUT | prices are whole points > 0 and a cost ≥ 0 |
 * | SHOP_AT_COST_PRICE | BAD_USER_INPUT | the town exchanges at cost price (004): the points price must be cost × exchange value (`details.pointsPrice`) |
 * | SHOP_QUANTITY_INVALID | BAD_USER_INPUT | a quantity is a whole number > 0 (≤ 999) |
 * | SHOP_STOCKTAKE_UNCHANGED | BAD_USER_INPUT | the count equals the stock: nothing to adjust |
 * | SHOP_REASON_REQUIRED | BAD_USER_INPUT | a stocktake, reversal or correction needs its reason |
 * | SHOP_KEY_INVALID | BAD_USER_INPUT | a client key is 8–64 letters, digits, `-`, `_`, `.` or `:` |
 * | SHOP_BASKET_EMPTY … SHOP_EXCEEDS_EXCHANGEABLE, POINTS_EXCHANGE_* | BAD_USER_INPUT / CONFLICT | a redemption refused (see redemption-check.ts); `details.refusals` lists every reason |
 * | SHOP_ALREADY_REVERSED | CONFLICT | a redemption is reversed once |
 * | SHOP_NOT_REVERSIBLE | CONFLICT | a reversal is not itself reversed |
 * | FUND_AMOUNT_INVALID | BAD_USER_INPUT | an amount is > 0 yuan with at most 2 decimals |
 * | FUND_KIND_INVALID | BAD_USER_INPUT | corrections are made by reversing an entry |
 * | FUND_ALREADY_REVERSED | CONFLICT | an entry is corrected once |
 * | SHOP_RATING_EXISTS | CONFLICT | one rating per shop, operator and year |
 * | SHOP_RATING_NO_AWARD | BAD_USER_INPUT | points were asked for but the scheme awards operators none |
 * | FILE_NOT_FOUND | NOT_FOUND | a photo or receipt file does not exist or lies outside the caller's region |
 * | REGISTRY_HOUSEHOLD_NOT_FOUND | NOT_FOUND | no household with that card or id |
 * | SHOP_INACTIVE | CONFLICT | the shop is closed |
 * | SHOP_PERIOD_INVALID | BAD_USER_INPUT | a period ends before it starts |
 * | SHOP_DATE_IN_FUTURE | BAD_USER_INPUT | a ledger date cannot lie in the future |
 */
export const ShopErrors = {
  outOfScope: () => new ForbiddenError('SCOPE_OUT_OF_REGION'),
  shopNotFound: () => new NotFoundError('SHOP_NOT_FOUND'),
  goodsNotFound: () => new NotFoundError('SHOP_GOODS_NOT_FOUND'),
  redemptionNotFound: () => new NotFoundError('SHOP_REDEMPTION_NOT_FOUND'),
  fundEntryNotFound: () => new NotFoundError('FUND_ENTRY_NOT_FOUND'),
  villagesInvalid: () => new ValidationError('SHOP_VILLAGES_INVALID'),
  operatorInvalid: () => new ValidationError('SHOP_OPERATOR_INVALID'),
  notOperator: () => new ForbiddenError('SHOP_NOT_OPERATOR'),
  priceInvalid: () => new ValidationError('SHOP_PRICE_INVALID'),
  atCostPrice: (pointsPrice: number) => new ValidationError('SHOP_AT_COST_PRICE', { pointsPrice }),
  quantityInvalid: () => new ValidationError('SHOP_QUANTITY_INVALID'),
  stocktakeUnchanged: () => new ValidationError('SHOP_STOCKTAKE_UNCHANGED'),
  reasonRequired: () => new ValidationError('SHOP_REASON_REQUIRED'),
  keyInvalid: () => new ValidationError('SHOP_KEY_INVALID'),
  dateInFuture: () => new ValidationError('SHOP_DATE_IN_FUTURE'),
  alreadyReversed: () => new ConflictError('SHOP_ALREADY_REVERSED'),
  notReversible: () => new ConflictError('SHOP_NOT_REVERSIBLE'),
  fundAmountInvalid: () => new ValidationError('FUND_AMOUNT_INVALID'),
  fundKindInvalid: () => new ValidationError('FUND_KIND_INVALID'),
  fundAlreadyReversed: () => new ConflictError('FUND_ALREADY_REVERSED'),
  /** Listing cash-like goods where the town forbids cash (004); a basket holding them is refused by checkRedemption. */
  cashForbidden: () => new ValidationError('SHOP_GOODS_CASH_FORBIDDEN'),
  ratingExists: () => new ConflictError('SHOP_RATING_EXISTS'),
  householdNotFound: () => new NotFoundError('REGISTRY_HOUSEHOLD_NOT_FOUND'),
  shopInactive: () => new ConflictError('SHOP_INACTIVE'),
  periodInvalid: () => new ValidationError('SHOP_PERIOD_INVALID'),
  fileNotFound: () => new NotFoundError('FILE_NOT_FOUND'),
  ratingNoAward: () => new ValidationError('SHOP_RATING_NO_AWARD'),
  /** The first refusal names the error; every refusal travels in `details.refusals`. */
  redemptionRefused: (refusals: RedemptionRefusal[]) => {
    const first = refusals[0];
    const conflict = first.code === 'SHOP_PRICE_CHANGED' || first.code === 'SHOP_OUT_OF_STOCK';
    const { code, ...details } = first;
    const d = { ...details, refusals };
    return conflict ? new ConflictError(code, d) : new ValidationError(code, d);
  },
};

const KEY = /^[A-Za-z0-9_.:-]{8,64}$/;

/** A client key as given, or SHOP_KEY_INVALID. */
export function checkKey(key: string): string {
  if (!KEY.test(key)) throw ShopErrors.keyInvalid();
  return key;
}

/** A stored file the caller may attach (in their region, or uploaded by them), or FILE_NOT_FOUND. */
export async function checkFile(em: EntityManager, ctx: RequestContext, id: string): Promise<void> {
  if ((await filesNotAttachable(em, ctx, [id])).length) throw ShopErrors.fileNotFound();
}
