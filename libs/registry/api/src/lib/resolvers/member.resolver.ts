import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@xiangzhi/server/core';
import { AddMemberInput, RemoveMemberInput, UpdateMemberInput } from '../dto/household.input';
import { RevealIdNumberArgs } from '../dto/reveal-id-number.args';
import { MemberModel } from '../models/member.model';
import { MemberService } from '../services/member.service';

@Resolver(() => MemberModel)
export class MemberResolver {
  constructor(private readonly members: MemberService) {}

  @Mutation(() => MemberModel)
  @Allow(Permission.HOUSEHOLD_WRITE)
  addMember(@Ctx() ctx: RequestContext, @Args('input') input: AddMemberInput): Promise<MemberModel> {
    return this.members.add(ctx, input);
  }

  @Mutation(() => MemberModel)
  @Allow(Permission.HOUSEHOLD_WRITE)
  updateMember(@Ctx() ctx: RequestContext, @Args('input') input: UpdateMemberInput): Promise<MemberModel> {
    return this.members.update(ctx, input);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.HOUSEHOLD_WRITE)
  removeMember(@Ctx() ctx: RequestContext, @Args('input') input: RemoveMemberInput): Promise<boolean> {
    return this.members.remove(ctx, input);
  }

  @Mutation(() => String, { description: 'The full ID number, for a stated reason (audited).' })
  @Allow(Permission.ID_NUMBER_REVEAL)
  revealIdNumber(@Ctx() ctx: RequestContext, @Args() args: RevealIdNumberArgs): Promise<string> {
    return this.members.revealIdNumber(ctx, args.memberId, args.reason);
  }
}
