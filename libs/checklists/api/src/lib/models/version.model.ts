import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChecklistListKind, ChecklistVersionAction, ChecklistVersionStatus } from '../checklists.enums';
import { ChecklistItemModel, FlowStepModel, FlowTransitionModel } from './item.model';

@ObjectType('ChecklistListType', { description: 'A list type enabled for a county (清单类型).' })
export class ChecklistListTypeModel {
  @Field()
  code!: string;

  @Field()
  nameZh!: string;

  @Field()
  nameEn!: string;

  @Field(() => Int)
  order!: number;

  @Field(() => ChecklistListKind)
  kind!: ChecklistListKind;

  /** False for a list the county switched off (listed only when asked with `includeDisabled`). */
  @Field()
  enabled!: boolean;
}

@ObjectType('ChecklistVersionEvent', { description: 'One step of a version: who did what, when, why.' })
export class ChecklistVersionEventModel {
  @Field(() => ChecklistVersionAction)
  action!: ChecklistVersionAction;

  @Field(() => ID)
  actorId!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType('ChecklistVersion', { description: 'A version of a town template or of a village list.' })
export class ChecklistVersionModel {
  @Field(() => ID)
  id!: string;

  /** A town (template) or a village (its list). */
  @Field()
  regionCode!: string;

  @Field()
  countyCode!: string;

  @Field()
  listType!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ChecklistVersionStatus)
  status!: ChecklistVersionStatus;

  /** The town template version adapted (or the version a town draft copied). */
  @Field(() => ID, { nullable: true })
  basedOnId!: string | null;

  @Field(() => String, { nullable: true })
  changeReason!: string | null;

  /** The law or policy behind the change. */
  @Field(() => String, { nullable: true })
  legalBasis!: string | null;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;

  @Field(() => [ChecklistItemModel])
  items!: ChecklistItemModel[];

  @Field(() => ID, { nullable: true })
  createdBy!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => ID, { nullable: true })
  submittedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  decidedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;
}

@ObjectType('ChecklistVersionPage')
export class ChecklistVersionPageModel {
  @Field(() => [ChecklistVersionModel])
  items!: ChecklistVersionModel[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('ChecklistFieldChange', { description: 'One changed field of an item.' })
export class ChecklistFieldChangeModel {
  /** Path such as oversight.who. */
  @Field()
  field!: string;

  @Field()
  labelZh!: string;

  /** The value before, as shown (lists joined by 、); null when it was empty. */
  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;

  /** For materials and keywords: entries that came. */
  @Field(() => [String])
  added!: string[];

  /** For materials and keywords: entries that went. */
  @Field(() => [String])
  removed!: string[];
}

@ObjectType('ChecklistStepChange')
export class ChecklistStepChangeModel {
  @Field()
  id!: string;

  /** The step fields that changed (name, kind, role, timeLimitDays, materials). */
  @Field(() => [String])
  fields!: string[];
}

@ObjectType('ChecklistTransitionChange')
export class ChecklistTransitionChangeModel {
  @Field()
  from!: string;

  @Field()
  action!: string;

  @Field(() => FlowTransitionModel)
  before!: FlowTransitionModel;

  @Field(() => FlowTransitionModel)
  after!: FlowTransitionModel;
}

@ObjectType('ChecklistFlowDiff', { description: 'What changed in an item’s flow chart.' })
export class ChecklistFlowDiffModel {
  @Field(() => [FlowStepModel])
  addedSteps!: FlowStepModel[];

  @Field(() => [FlowStepModel])
  removedSteps!: FlowStepModel[];

  @Field(() => [ChecklistStepChangeModel])
  changedSteps!: ChecklistStepChangeModel[];

  @Field(() => [FlowTransitionModel])
  addedTransitions!: FlowTransitionModel[];

  @Field(() => [FlowTransitionModel])
  removedTransitions!: FlowTransitionModel[];

  @Field(() => [ChecklistTransitionChangeModel])
  changedTransitions!: ChecklistTransitionChangeModel[];
}

@ObjectType('ChecklistItemChange', { description: 'An item present in both versions with changes.' })
export class ChecklistItemChangeModel {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => [ChecklistFieldChangeModel])
  fields!: ChecklistFieldChangeModel[];

  @Field(() => ChecklistFlowDiffModel, { nullable: true })
  flow!: ChecklistFlowDiffModel | null;
}

@ObjectType('ChecklistVersionDiff', { description: 'What changed from one version to another (动态调整).' })
export class ChecklistVersionDiffModel {
  @Field(() => ID)
  fromId!: string;

  @Field(() => ID)
  toId!: string;

  /** One Chinese line per change (变更说明), as the approval screen and the wall show it. */
  @Field(() => [String])
  lines!: string[];

  @Field(() => [ChecklistItemModel])
  added!: ChecklistItemModel[];

  @Field(() => [ChecklistItemModel])
  removed!: ChecklistItemModel[];

  @Field(() => [ChecklistItemChangeModel])
  changed!: ChecklistItemChangeModel[];
}

@ObjectType('PublicChecklist', {
  description: 'A list in force of a village, as on the wall (上墙). No personal data.',
})
export class PublicChecklistModel {
  @Field()
  listType!: string;

  @Field()
  nameZh!: string;

  @Field()
  nameEn!: string;

  @Field(() => Int)
  order!: number;

  @Field(() => ChecklistListKind)
  kind!: ChecklistListKind;

  @Field(() => Int)
  version!: number;

  /** When this version took effect (the last change of the list). */
  @Field(() => GraphQLISODateTime)
  lastChangedAt!: Date;

  @Field(() => String, { nullable: true })
  changeReason!: string | null;

  @Field(() => String, { nullable: true })
  legalBasis!: string | null;

  @Field(() => [ChecklistItemModel])
  items!: ChecklistItemModel[];
}

@ObjectType('PublicChecklists')
export class PublicChecklistsModel {
  @Field()
  villageCode!: string;

  /** In the lists' display order; a list the village has not published is absent. */
  @Field(() => [PublicChecklistModel])
  lists!: PublicChecklistModel[];

  /** The latest change of any of the lists, or null when none is published. */
  @Field(() => GraphQLISODateTime, { nullable: true })
  lastChangedAt!: Date | null;
}
