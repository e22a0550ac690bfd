import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext } from '@xiangzhi/server/core';
import { checklistPermission } from '../../checklist-access';
import {
  ActOnChecklistFindingInput,
  AddChecklistFindingInput,
  ChecklistFindingsArgs,
  ChecklistInspectionIdArgs,
  ChecklistInspectionsArgs,
  RecordChecklistInspectionInput,
  RecordChecklistRectificationInput,
} from '../dto/inspection.input';
import {
  ChecklistFindingModel,
  ChecklistFindingPageModel,
  ChecklistInspectionEventModel,
  ChecklistInspectionModel,
  ChecklistInspectionPageModel,
} from '../models/inspection.model';
import { OversightLoaders } from '../oversight.loaders';
import { InspectionsService } from '../services/inspections.service';

@Resolver(() => ChecklistInspectionModel)
export class ChecklistInspectionResolver {
  constructor(
    private readonly inspections: InspectionsService,
    private readonly loaders: OversightLoaders,
  ) {}

  @Query(() => ChecklistInspectionPageModel, { description: 'Inspections of the villages of a region, newest first.' })
  @Allow(checklistPermission('READ'))
  checklistInspections(@Ctx() ctx: RequestContext, @Args() args: ChecklistInspectionsArgs) {
    return this.inspections.list(ctx, args);
  }

  @Query(() => ChecklistInspectionModel)
  @Allow(checklistPermission('READ'))
  checklistInspection(@Ctx() ctx: RequestContext, @Args() args: ChecklistInspectionIdArgs) {
    return this.inspections.get(ctx, args.id);
  }

  @Query(() => ChecklistFindingPageModel, {
    description: 'Findings of the villages of a region (to rectify, overdue …), by deadline.',
  })
  @Allow(checklistPermission('READ'))
  checklistFindings(@Ctx() ctx: RequestContext, @Args() args: ChecklistFindingsArgs) {
    return this.inspections.findings(ctx, args);
  }

  @Mutation(() => ChecklistInspectionModel, {
    description: 'Records an inspection of a village’s list, item or case with its findings (监督检查).',
  })
  @Allow(checklistPermission('OVERSIGHT'))
  recordChecklistInspection(@Ctx() ctx: RequestContext, @Args('input') input: RecordChecklistInspectionInput) {
    return this.inspections.record(ctx, input);
  }

  @Mutation(() => ChecklistFindingModel, { description: 'Adds a finding to an inspection.' })
  @Allow(checklistPermission('OVERSIGHT'))
  addChecklistFinding(@Ctx() ctx: RequestContext, @Args('input') input: AddChecklistFindingInput) {
    return this.inspections.addFinding(ctx, input);
  }

  @Mutation(() => ChecklistFindingModel, {
    description: 'The inspector requires a rectification, verifies or reopens it, or closes a finding needing none.',
  })
  @Allow(checklistPermission('OVERSIGHT'))
  actOnChecklistFinding(@Ctx() ctx: RequestContext, @Args('input') input: ActOnChecklistFindingInput) {
    return this.inspections.act(ctx, input);
  }

  @Mutation(() => ChecklistFindingModel, {
    description: 'The village records the rectification of a finding (整改) with evidence files.',
  })
  @Allow(checklistPermission('EDIT'))
  recordChecklistRectification(@Ctx() ctx: RequestContext, @Args('input') input: RecordChecklistRectificationInput) {
    return this.inspections.rectify(ctx, input);
  }

  @ResolveField(() => [ChecklistFindingModel])
  findings(@Ctx() ctx: RequestContext, @Parent() i: ChecklistInspectionModel) {
    return this.loaders.findings(ctx).load(i.id);
  }

  @ResolveField(() => [ChecklistInspectionEventModel], { description: 'Every step, oldest first.' })
  events(@Ctx() ctx: RequestContext, @Parent() i: ChecklistInspectionModel) {
    return this.loaders.inspectionEvents(ctx).load(i.id);
  }
}
