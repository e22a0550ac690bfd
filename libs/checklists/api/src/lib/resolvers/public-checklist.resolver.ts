import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@xiangzhi/server/core';
import { PublicChecklistsArgs } from '../dto/version.input';
import { PublicChecklistsModel } from '../models/version.model';
import { ChecklistReadsService } from '../services/checklist-reads.service';

@Resolver(() => PublicChecklistsModel)
export class PublicChecklistResolver {
  constructor(private readonly reads: ChecklistReadsService) {}

  @Query(() => PublicChecklistsModel, {
    description: 'Public: the lists in force of a village (上墙) with their items and flow charts; no personal data.',
  })
  @Public()
  publicChecklists(@Args() args: PublicChecklistsArgs) {
    return this.reads.publicChecklists(args.villageCode);
  }
}
