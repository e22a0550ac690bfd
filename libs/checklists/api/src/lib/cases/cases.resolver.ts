import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Public, RequestContext } from '@xiangzhi/server/core';
import { checklistPermission } from '../checklist-access';
import { ChecklistCertificateModel } from '../certificates/certificate.model';
import {
  ActOnChecklistCaseInput,
  CheckChecklistRequestInput,
  ChecklistCaseIdArgs,
  ChecklistCasesArgs,
  ChecklistDoNotIssueArgs,
  ChecklistDoNotIssueInput,
  ChecklistRegionPageArgs,
  OpenChecklistCaseInput,
  PublicChecklistCasesArgs,
} from './case.input';
import {
  ChecklistCaseEventModel,
  ChecklistCaseModel,
  ChecklistCasePageModel,
  ChecklistCaseReminderModel,
  PublicChecklistCasePageModel,
} from './case.model';
import { ChecklistCaseLoaders } from './case.loaders';
import { ChecklistCasesService } from './cases.service';
import { ChecklistDoNotIssueEntryModel, ChecklistGateCheckModel, ChecklistGateRefusalPageModel } from './gate.model';
import { ChecklistGateService } from './gate.service';

@Resolver(() => ChecklistCaseModel)
export class ChecklistCaseResolver {
  constructor(
    private readonly cases: ChecklistCasesService,
    private readonly gate: ChecklistGateService,
    private readonly loaders: ChecklistCaseLoaders,
  ) {}

  @Query(() => ChecklistCasePageModel, { description: 'Cases of a village (or every village of a town / county).' })
  @Allow(checklistPermission('READ'))
  checklistCases(@Ctx() ctx: RequestContext, @Args() args: ChecklistCasesArgs) {
    return this.cases.list(ctx, args);
  }

  @Query(() => ChecklistCaseModel)
  @Allow(checklistPermission('READ'))
  async checklistCase(@Ctx() ctx: RequestContext, @Args() args: ChecklistCaseIdArgs) {
    return this.cases.model(await this.cases.get(ctx, args.id));
  }

  @Query(() => ChecklistGateRefusalPageModel, { description: 'Requests the negative-list gate refused, newest first.' })
  @Allow(checklistPermission('READ'))
  checklistGateRefusals(@Ctx() ctx: RequestContext, @Args() args: ChecklistRegionPageArgs) {
    return this.gate.refusals(ctx, args.regionCode, args);
  }

  @Query(() => [ChecklistDoNotIssueEntryModel], {
    description: "The do-not-issue certificate list in effect in a province (national default + the province's rows).",
  })
  @Allow(checklistPermission('READ'))
  checklistDoNotIssue(@Ctx() ctx: RequestContext, @Args() args: ChecklistDoNotIssueArgs) {
    return this.gate.doNotIssue(ctx, args.provinceCode);
  }

  @Mutation(() => ChecklistGateCheckModel, {
    description: 'Checks a request against the negative list; a refusal is recorded (and survives any rollback).',
  })
  @Allow(checklistPermission('CASE'))
  checkChecklistRequest(@Ctx() ctx: RequestContext, @Args('input') input: CheckChecklistRequestInput) {
    return this.gate.check(ctx, input);
  }

  @Mutation(() => ChecklistCaseModel, { description: 'Opens a case (受理); idempotent by clientKey.' })
  @Allow(checklistPermission('CASE'))
  async openChecklistCase(@Ctx() ctx: RequestContext, @Args('input') input: OpenChecklistCaseInput) {
    return this.cases.model(await this.cases.open(ctx, input));
  }

  @Mutation(() => ChecklistCaseModel, { description: "Takes an action on the case's current step." })
  @Allow(checklistPermission('CASE'))
  async actOnChecklistCase(@Ctx() ctx: RequestContext, @Args('input') input: ActOnChecklistCaseInput) {
    return this.cases.model(await this.cases.act(ctx, input));
  }

  @Mutation(() => ChecklistDoNotIssueEntryModel, {
    description: "Adds or changes a province's entry of the do-not-issue list (or the national default's).",
  })
  @Allow(checklistPermission('PROVINCE'))
  upsertChecklistDoNotIssue(@Ctx() ctx: RequestContext, @Args('input') input: ChecklistDoNotIssueInput) {
    return this.gate.upsertDoNotIssue(ctx, input);
  }

  @ResolveField(() => [ChecklistCaseEventModel], { description: 'The case log, oldest first.' })
  events(@Ctx() ctx: RequestContext, @Parent() c: ChecklistCaseModel) {
    return this.loaders.events(ctx).load(c.id);
  }

  @ResolveField(() => [ChecklistCaseReminderModel], { description: 'Overdue reminders, oldest first.' })
  reminders(@Ctx() ctx: RequestContext, @Parent() c: ChecklistCaseModel) {
    return this.loaders.reminders(ctx).load(c.id);
  }

  @ResolveField(() => ChecklistCertificateModel, {
    nullable: true,
    description: 'The certificate issued from the case (the one in force, else the last revoked).',
  })
  certificate(@Ctx() ctx: RequestContext, @Parent() c: ChecklistCaseModel) {
    return this.loaders.certificate(ctx).load(c.id);
  }
}

@Resolver(() => PublicChecklistCasePageModel)
export class PublicChecklistCaseResolver {
  constructor(private readonly cases: ChecklistCasesService) {}

  @Query(() => PublicChecklistCasePageModel, {
    description: 'Public: results of closed cases whose items disclose them (公开运行结果); no personal data.',
  })
  @Public()
  publicChecklistCases(@Args() args: PublicChecklistCasesArgs) {
    return this.cases.publicCases(args.villageCode, args);
  }
}
