import { ValidationError } from '@xiangzhi/server/core';

/**
 * Error codes of operator ratings beyond ShopErrors (`extensions.code`; the web apps translate `errors.<CODE>`).
 *
 * | code | kind | when |
 * | --- | --- | --- |
 * | SHOP_RATING_SCORE_INVALID | BAD_USER_INPUT | a score is a whole number 1–5 |
 * | SHOP_RATING_YEAR_INVALID | BAD_USER_INPUT | a rating is for this year or an earlier one (from 2000) |
 * | SHOP_RATING_HOUSEHOLD_REQUIRED | BAD_USER_INPUT | an award needs the operator's household |
 * | SHOP_RATING_HOUSEHOLD_INVALID | BAD_USER_INPUT | the household does not live in a village the shop serves |
 * | SHOP_RATING_POINTS_INVALID | BAD_USER_INPUT | awarded points are a whole number > 0 |
 */
export const RatingErrors = {
  scoreInvalid: () => new ValidationError('SHOP_RATING_SCORE_INVALID'),
  yearInvalid: () => new ValidationError('SHOP_RATING_YEAR_INVALID'),
  householdRequired: () => new ValidationError('SHOP_RATING_HOUSEHOLD_REQUIRED'),
  householdInvalid: () => new ValidationError('SHOP_RATING_HOUSEHOLD_INVALID'),
  pointsInvalid: () => new ValidationError('SHOP_RATING_POINTS_INVALID'),
};
