import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext } from '@xiangzhi/server/core';
import { checklistPermission } from '../../checklist-access';
import { ChecklistOversightArgs } from '../dto/complaint.input';
import { ChecklistOversightModel } from '../models/oversight.model';
import { OversightViewService } from '../services/oversight-view.service';

@Resolver(() => ChecklistOversightModel)
export class ChecklistOversightResolver {
  constructor(private readonly view: OversightViewService) {}

  @Query(() => ChecklistOversightModel, {
    description:
      'The oversight view of a region: per village open and overdue cases, refusals, open complaints and findings.',
  })
  @Allow(checklistPermission('OVERSIGHT'))
  checklistOversight(@Ctx() ctx: RequestContext, @Args() args: ChecklistOversightArgs) {
    return this.view.view(ctx, args.regionCode);
  }
}
