import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, RequestContext } from '@xiangzhi/server/core';
import { PublicChecklistComplaintArgs, SubmitChecklistComplaintInput } from '../dto/complaint.input';
import { ChecklistComplaintReceiptModel, PublicChecklistComplaintModel } from '../models/complaint.model';
import { ComplaintsService } from '../services/complaints.service';

@Resolver(() => ChecklistComplaintReceiptModel)
export class PublicChecklistComplaintResolver {
  constructor(private readonly complaints: ComplaintsService) {}

  @Mutation(() => ChecklistComplaintReceiptModel, {
    description: 'Public: a resident’s complaint about a village’s list work; returns the number to quote.',
  })
  @Public()
  submitChecklistComplaint(@Ctx() ctx: RequestContext, @Args('input') input: SubmitChecklistComplaintInput) {
    // the audit row keeps no contact: the log's redaction drops it like phones
    return this.complaints.submit(ctx, input);
  }

  @Query(() => PublicChecklistComplaintModel, {
    nullable: true,
    description: 'Public: the status of a complaint and the reply, by its number (no personal data).',
  })
  @Public()
  publicChecklistComplaint(@Ctx() ctx: RequestContext, @Args() args: PublicChecklistComplaintArgs) {
    return this.complaints.publicStatus(args.number, ctx.ip);
  }
}
