import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@xiangzhi/server/core';
import {
  HouseholdImportArgs,
  PrintHouseholdCardsInput,
  StartHouseholdImportInput,
} from '../dto/household-import.input';
import { HouseholdImportModel } from '../models/household-import.model';
import { StoredFileModel } from '../models/stored-file.model';
import { HouseholdCardService } from '../services/household-card.service';
import { HouseholdImportService } from '../services/household-import.service';

@Resolver(() => HouseholdImportModel)
export class HouseholdImportResolver {
  constructor(
    private readonly imports: HouseholdImportService,
    private readonly cards: HouseholdCardService,
  ) {}

  @Mutation(() => HouseholdImportModel, { description: 'Queues the import of an uploaded .xlsx into a village.' })
  @Allow(Permission.HOUSEHOLD_IMPORT)
  startHouseholdImport(
    @Ctx() ctx: RequestContext,
    @Args('input') input: StartHouseholdImportInput,
  ): Promise<HouseholdImportModel> {
    return this.imports.start(ctx, input);
  }

  @Query(() => HouseholdImportModel)
  @Allow(Permission.HOUSEHOLD_IMPORT)
  householdImport(@Ctx() ctx: RequestContext, @Args() args: HouseholdImportArgs): Promise<HouseholdImportModel> {
    return this.imports.get(ctx, args.id);
  }

  @Mutation(() => StoredFileModel, { description: 'A PDF of household points cards (2 × 5 per A4 page).' })
  @Allow(Permission.CARD_PRINT)
  printHouseholdCards(
    @Ctx() ctx: RequestContext,
    @Args('input') input: PrintHouseholdCardsInput,
  ): Promise<StoredFileModel> {
    return this.cards.print(ctx, input);
  }
}
