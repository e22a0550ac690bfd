import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Args, GqlExecutionContext, Mutation, Query, Resolver } from '@nestjs/graphql';
import { maskPhone } from '@xiangzhi/registry/util';
import { Ctx, Public, RequestContext } from '@xiangzhi/server/core';
import { PublicChecklistComplaintArgs, SubmitChecklistComplaintInput } from '../dto/complaint.input';
import { ChecklistComplaintReceiptModel, PublicChecklistComplaintModel } from '../models/complaint.model';
import { ComplaintsService } from '../services/complaints.service';

/**
 * The operation's own arguments object, untouched by pipes: the one the audit interceptor records. Used to mask the
 * complainant's phone before it is written (the audit log's redaction knows `phone`, not `contact`).
 */
const RawArgs = createParamDecorator((_data: unknown, execution: ExecutionContext) =>
  GqlExecutionContext.create(execution).getArgs<{ input?: { contact?: string | null } }>(),
);

@Resolver(() => ChecklistComplaintReceiptModel)
export class PublicChecklistComplaintResolver {
  constructor(private readonly complaints: ComplaintsService) {}

  @Mutation(() => ChecklistComplaintReceiptModel, {
    description: 'Public: a resident’s complaint about a village’s list work; returns the number to quote.',
  })
  @Public()
  async submitChecklistComplaint(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SubmitChecklistComplaintInput,
    @RawArgs() raw: { input?: { contact?: string | null } },
  ) {
    try {
      return await this.complaints.submit(ctx, input);
    } finally {
      if (raw.input?.contact) raw.input.contact = maskPhone(raw.input.contact);
    }
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
