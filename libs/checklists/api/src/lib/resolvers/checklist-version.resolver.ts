import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext } from '@xiangzhi/server/core';
import { checklistPermission } from '../checklist-access';
import { ChecklistLoaders } from '../checklist.loaders';
import {
  AdoptChecklistTemplateInput,
  ChecklistDiffArgs,
  ChecklistInForceArgs,
  ChecklistListTypesArgs,
  ChecklistVersionIdArgs,
  ChecklistVersionsArgs,
  CreateChecklistDraftInput,
  DecideChecklistArgs,
  PublishChecklistTemplateArgs,
  RejectChecklistArgs,
  SubmitChecklistArgs,
  UpdateChecklistDraftInput,
} from '../dto/version.input';
import { toVersionModel } from '../mappers';
import {
  ChecklistListTypeModel,
  ChecklistVersionDiffModel,
  ChecklistVersionEventModel,
  ChecklistVersionModel,
  ChecklistVersionPageModel,
} from '../models/version.model';
import { ChecklistReadsService } from '../services/checklist-reads.service';
import { ChecklistVersionsService } from '../services/checklist-versions.service';
import { SetChecklistListTypeInput } from '../list-types/list-type.input';
import { ChecklistListTypesService } from '../list-types/list-types.service';

@Resolver(() => ChecklistVersionModel)
export class ChecklistVersionResolver {
  constructor(
    private readonly versions: ChecklistVersionsService,
    private readonly reads: ChecklistReadsService,
    private readonly loaders: ChecklistLoaders,
    private readonly listTypes: ChecklistListTypesService,
  ) {}

  @Query(() => [ChecklistListTypeModel], { description: 'The list types enabled for the county of a region.' })
  @Allow(checklistPermission('READ'))
  checklistListTypes(@Ctx() ctx: RequestContext, @Args() args: ChecklistListTypesArgs) {
    return this.reads.listTypes(ctx, args.regionCode, args.includeDisabled);
  }

  @Mutation(() => ChecklistListTypeModel, {
    description: "A county's list type: a new list, or one of the four renamed, reordered or switched off.",
  })
  @Allow(checklistPermission('COUNTY'))
  setChecklistListType(@Ctx() ctx: RequestContext, @Args('input') input: SetChecklistListTypeInput) {
    return this.listTypes.set(ctx, input);
  }

  @Query(() => ChecklistVersionPageModel, { description: "Versions of a region's lists, newest first." })
  @Allow(checklistPermission('READ'))
  checklistVersions(@Ctx() ctx: RequestContext, @Args() args: ChecklistVersionsArgs) {
    return this.reads.versions(ctx, args.regionCode, args.listType, args);
  }

  @Query(() => ChecklistVersionModel)
  @Allow(checklistPermission('READ'))
  checklistVersion(@Ctx() ctx: RequestContext, @Args() args: ChecklistVersionIdArgs) {
    return this.reads.get(ctx, args.id);
  }

  @Query(() => ChecklistVersionModel, {
    nullable: true,
    description: 'The version on the wall of a town (template) or village for a list type.',
  })
  @Allow(checklistPermission('READ'))
  checklistInForce(@Ctx() ctx: RequestContext, @Args() args: ChecklistInForceArgs) {
    return this.reads.inForce(ctx, args.regionCode, args.listType);
  }

  @Query(() => ChecklistVersionDiffModel, { description: 'What changed from one version to another.' })
  @Allow(checklistPermission('READ'))
  checklistVersionDiff(@Ctx() ctx: RequestContext, @Args() args: ChecklistDiffArgs) {
    return this.reads.diff(ctx, args.fromId, args.toId);
  }

  @Mutation(() => ChecklistVersionModel, {
    description: "A new draft: a town's template (from the examples or its published one) or a village's own list.",
  })
  @Allow(checklistPermission('EDIT'))
  async createChecklistDraft(@Ctx() ctx: RequestContext, @Args('input') input: CreateChecklistDraftInput) {
    // MANAGE for a town, EDIT for a village: the service decides by the region's level
    return toVersionModel(await this.versions.createDraft(ctx, input));
  }

  @Mutation(() => ChecklistVersionModel, { description: "A village's draft adopting its town's published template." })
  @Allow(checklistPermission('EDIT'))
  async adoptChecklistTemplate(@Ctx() ctx: RequestContext, @Args('input') input: AdoptChecklistTemplateInput) {
    return toVersionModel(await this.versions.adopt(ctx, input));
  }

  @Mutation(() => ChecklistVersionModel, { description: 'Edits a draft: items replaced, added or removed.' })
  @Allow(checklistPermission('EDIT'))
  async updateChecklistDraft(@Ctx() ctx: RequestContext, @Args('input') input: UpdateChecklistDraftInput) {
    // MANAGE for a town draft, EDIT for a village draft: the service decides by the version's region
    return toVersionModel(await this.versions.updateDraft(ctx, input));
  }

  @Mutation(() => ChecklistVersionModel, {
    description: "Submits a village's draft to the town with reason and basis.",
  })
  @Allow(checklistPermission('EDIT'))
  async submitChecklist(@Ctx() ctx: RequestContext, @Args() args: SubmitChecklistArgs) {
    return toVersionModel(await this.versions.submit(ctx, args.id, args.changeReason, args.legalBasis));
  }

  @Mutation(() => ChecklistVersionModel, { description: "Publishes a town's template draft (no approval needed)." })
  @Allow(checklistPermission('MANAGE'))
  async publishChecklistTemplate(@Ctx() ctx: RequestContext, @Args() args: PublishChecklistTemplateArgs) {
    return toVersionModel(await this.versions.publishTemplate(ctx, args.id, args.changeReason, args.legalBasis));
  }

  @Mutation(() => ChecklistVersionModel, {
    description: "The town approves a village's submitted list: it is published.",
  })
  @Allow(checklistPermission('MANAGE'))
  async approveChecklist(@Ctx() ctx: RequestContext, @Args() args: DecideChecklistArgs) {
    return toVersionModel(await this.versions.approve(ctx, args.id, args.reason));
  }

  @Mutation(() => ChecklistVersionModel, { description: "The town rejects a village's submitted list with a reason." })
  @Allow(checklistPermission('MANAGE'))
  async rejectChecklist(@Ctx() ctx: RequestContext, @Args() args: RejectChecklistArgs) {
    return toVersionModel(await this.versions.reject(ctx, args.id, args.reason));
  }

  @ResolveField(() => [ChecklistVersionEventModel], { description: 'Submit, approve, reject, publish … oldest first.' })
  events(@Ctx() ctx: RequestContext, @Parent() v: ChecklistVersionModel) {
    return this.loaders.events(ctx).load(v.id);
  }
}
