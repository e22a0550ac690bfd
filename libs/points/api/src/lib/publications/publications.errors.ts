import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@xiangzhi/server/core';

/**
 * Error codes of publications, objections, red and black lists and year close (`extensions.code`).
 *
 * | code | kind | when |
 * | --- | --- | --- |
 * | PUBLICATION_NOT_FOUND | NOT_FOUND | no publication with that id |
 * | PUBLICATION_PERIOD_INVALID | BAD_USER_INPUT | the month does not start a publication period of the scheme (`details.fromMonth`) |
 * | PUBLICATION_PERIOD_NOT_STARTED | BAD_USER_INPUT | the period has not begun |
 * | PUBLICATION_EXISTS | CONFLICT | the village's board for that period is published already |
 * | REGION_NOT_VILLAGE | BAD_USER_INPUT | a board belongs to a village |
 * | REGION_NOT_TOWN_OR_VILLAGE | BAD_USER_INPUT | publish for a town or a village |
 * | OBJECTION_NOT_FOUND | NOT_FOUND | no objection with that id |
 * | OBJECTION_WINDOW_CLOSED | CONFLICT | the publication's objection window is over (`details.objectionUntil`) |
 * | OBJECTION_IDENTITY_MISMATCH | BAD_USER_INPUT | the card number and phone digits do not match a household of the village |
 * | OBJECTION_ENTRY_NOT_PUBLISHED | BAD_USER_INPUT | the entry objected to is not on that publication |
 * | OBJECTION_TEXT_REQUIRED | BAD_USER_INPUT | say what is wrong (2–1000 characters) |
 * | OBJECTION_NOT_FILED | CONFLICT | only a FILED objection is investigated (`details.status`) |
 * | OBJECTION_NOT_INVESTIGATED | CONFLICT | the town decides once the review group has investigated (`details.status`) |
 * | OBJECTION_REASON_REQUIRED | BAD_USER_INPUT | findings and decisions need a reason |
 * | LISTING_NOT_FOUND | NOT_FOUND | no red- or black-list record with that id |
 * | LISTING_DATES_INVALID | BAD_USER_INPUT | the end lies before the start |
 * | LISTING_REVOKED | CONFLICT | the record has been taken off the list already |
 * | YEAR_ALREADY_CLOSED | CONFLICT | the village's year is closed already (`details.villageCode`, `details.year`) |
 * | YEAR_NOT_ENDED | CONFLICT | a year is closed once it has ended |
 * | CARD_CHECK_TOO_MANY | FORBIDDEN | too many card checks of one card or from one address (`details.retryAfterSeconds`) |
 */
export const ResultErrors = {
  publicationNotFound: () => new NotFoundError('PUBLICATION_NOT_FOUND'),
  periodInvalid: (fromMonth: number) => new ValidationError('PUBLICATION_PERIOD_INVALID', { fromMonth }),
  periodNotStarted: () => new ValidationError('PUBLICATION_PERIOD_NOT_STARTED'),
  publicationExists: (villageCode: string) => new ConflictError('PUBLICATION_EXISTS', { villageCode }),
  notVillage: (regionCode: string) => new ValidationError('REGION_NOT_VILLAGE', { regionCode }),
  notTownOrVillage: (regionCode: string) => new ValidationError('REGION_NOT_TOWN_OR_VILLAGE', { regionCode }),
  objectionNotFound: () => new NotFoundError('OBJECTION_NOT_FOUND'),
  windowClosed: (objectionUntil: string) => new ConflictError('OBJECTION_WINDOW_CLOSED', { objectionUntil }),
  identityMismatch: () => new ValidationError('OBJECTION_IDENTITY_MISMATCH'),
  entryNotPublished: () => new ValidationError('OBJECTION_ENTRY_NOT_PUBLISHED'),
  objectionTextRequired: () => new ValidationError('OBJECTION_TEXT_REQUIRED'),
  notFiled: (status: string) => new ConflictError('OBJECTION_NOT_FILED', { status }),
  notInvestigated: (status: string) => new ConflictError('OBJECTION_NOT_INVESTIGATED', { status }),
  reasonRequired: () => new ValidationError('OBJECTION_REASON_REQUIRED'),
  listingNotFound: () => new NotFoundError('LISTING_NOT_FOUND'),
  listingDatesInvalid: () => new ValidationError('LISTING_DATES_INVALID'),
  listingRevoked: () => new ConflictError('LISTING_REVOKED'),
  yearClosed: (villageCode: string, year: number) => new ConflictError('YEAR_ALREADY_CLOSED', { villageCode, year }),
  yearNotEnded: (year: number) => new ConflictError('YEAR_NOT_ENDED', { year }),
  cardCheckTooMany: (retryAfterSeconds: number) => new ForbiddenError('CARD_CHECK_TOO_MANY', { retryAfterSeconds }),
};
