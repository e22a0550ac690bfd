import { DisclosureResolver } from './disclosure/disclosure.resolver';
import { DisclosureService } from './disclosure/disclosure.service';
import { ShopDocumentsController } from './documents/documents.controller';
import { FundsResolver } from './funds/funds.resolver';
import { FundsService } from './funds/funds.service';
import { RatingsResolver } from './ratings/ratings.resolver';
import { RatingsService } from './ratings/ratings.service';
import { RoundsResolver } from './rounds/rounds.resolver';
import { RoundsService } from './rounds/rounds.service';

/** Funds, rounds, ratings, disclosure and documents (wired here so that the module file stays small). */
export const shopExtraResolvers: Array<new (...args: never[]) => unknown> = [
  FundsResolver,
  RoundsResolver,
  RatingsResolver,
  DisclosureResolver,
];
export const shopExtraProviders: Array<new (...args: never[]) => unknown> = [
  FundsService,
  RoundsService,
  RatingsService,
  DisclosureService,
];
export const shopDocumentControllers: Array<new (...args: never[]) => unknown> = [ShopDocumentsController];
