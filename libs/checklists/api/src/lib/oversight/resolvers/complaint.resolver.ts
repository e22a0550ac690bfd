import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext } from '@xiangzhi/server/core';
import { checklistPermission } from '../../checklist-access';
import { ChecklistComplaintsArgs, HandleChecklistComplaintInput } from '../dto/complaint.input';
import {
  ChecklistComplaintEventModel,
  ChecklistComplaintModel,
  ChecklistComplaintPageModel,
} from '../models/complaint.model';
import { OversightLoaders } from '../oversight.loaders';
import { ComplaintsService } from '../services/complaints.service';

@Resolver(() => ChecklistComplaintModel)
export class ChecklistComplaintResolver {
  constructor(
    private readonly complaints: ComplaintsService,
    private readonly loaders: OversightLoaders,
  ) {}

  @Query(() => ChecklistComplaintPageModel, {
    description: 'Complaints about the villages of a region, newest first (contact masked).',
  })
  @Allow(checklistPermission('OVERSIGHT'))
  checklistComplaints(@Ctx() ctx: RequestContext, @Args() args: ChecklistComplaintsArgs) {
    return this.complaints.list(ctx, args);
  }

  @Mutation(() => ChecklistComplaintModel, { description: 'Accepts, replies to or closes a complaint.' })
  @Allow(checklistPermission('OVERSIGHT'))
  handleChecklistComplaint(@Ctx() ctx: RequestContext, @Args('input') input: HandleChecklistComplaintInput) {
    return this.complaints.handle(ctx, input);
  }

  @ResolveField(() => [ChecklistComplaintEventModel], { description: 'Every step, oldest first.' })
  events(@Ctx() ctx: RequestContext, @Parent() c: ChecklistComplaintModel) {
    return this.loaders.complaintEvents(ctx).load(c.id);
  }
}
