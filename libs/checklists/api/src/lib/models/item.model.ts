import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DayCountingValue, FlowActionValue, FlowStepKindValue } from '../checklists.enums';

@ObjectType('ChecklistFlowStep', { description: 'One step of a flow chart (who acts, in how many days, with what).' })
export class FlowStepModel {
  @Field()
  id!: string;

  @Field()
  name!: string;

  @Field(() => FlowStepKindValue)
  kind!: FlowStepKindValue;

  /** Role code (APPLICANT, VILLAGE_ADMIN, …); '' allowed on END steps. */
  @Field()
  role!: string;

  /** The role's Chinese name when it is a known code (村两委 …), else the code. */
  @Field()
  roleLabelZh!: string;

  @Field(() => Int, { nullable: true })
  timeLimitDays!: number | null;

  @Field(() => [String])
  materials!: string[];
}

@ObjectType('ChecklistFlowTransition', { description: 'From a step, an action leads to a step.' })
export class FlowTransitionModel {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => FlowActionValue)
  action!: FlowActionValue;

  @Field(() => String, { nullable: true })
  condition!: string | null;

  /** The label drawn on the arrow: its own label, else the action's Chinese label (同意, 退回 …). */
  @Field()
  label!: string;
}

@ObjectType('ChecklistFlowChart', { description: '办理程序 as data: "照单办事、按图操作".' })
export class FlowChartModel {
  @Field(() => [FlowStepModel])
  steps!: FlowStepModel[];

  @Field(() => [FlowTransitionModel])
  transitions!: FlowTransitionModel[];

  /** Days on the longest forward route (return loops ignored), or null when no step has a limit. */
  @Field(() => Int, { nullable: true })
  longestPathDays!: number | null;
}

@ObjectType('ChecklistItemTimeLimit')
export class ItemTimeLimitModel {
  /** As published, e.g. 5个工作日. */
  @Field()
  text!: string;

  @Field(() => Int, { nullable: true })
  days!: number | null;

  @Field(() => DayCountingValue)
  counting!: DayCountingValue;
}

@ObjectType('ChecklistItemOversight', { description: '监督管理: 监督主体, 监督对象, 监督方式.' })
export class ItemOversightModel {
  @Field()
  who!: string;

  @Field()
  ofWhom!: string;

  @Field()
  how!: string;
}

@ObjectType('ChecklistItemDisclosure', { description: '公开: what is disclosed and how.' })
export class ItemDisclosureModel {
  @Field()
  what!: string;

  @Field()
  how!: string;
}

@ObjectType('ChecklistItem', { description: 'One item (清单事项) of a list, with its flow chart.' })
export class ChecklistItemModel {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  category!: string;

  @Field()
  policyBasis!: string;

  @Field()
  conditions!: string;

  @Field(() => [String])
  materials!: string[];

  @Field(() => ItemTimeLimitModel)
  timeLimit!: ItemTimeLimitModel;

  @Field()
  responsibleBody!: string;

  @Field()
  guidingUnit!: string;

  @Field(() => ItemOversightModel)
  oversight!: ItemOversightModel;

  @Field()
  fee!: string;

  @Field(() => ItemDisclosureModel)
  disclosure!: ItemDisclosureModel;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => String, { nullable: true })
  consultation!: string | null;

  @Field(() => [String])
  keywords!: string[];

  /** CERTIFICATE items: 办理用途. */
  @Field(() => String, { nullable: true })
  purpose!: string | null;

  /** CERTIFICATE items: 证明式样. */
  @Field(() => String, { nullable: true })
  sample!: string | null;

  /** NEGATIVE items: what is forbidden. */
  @Field(() => String, { nullable: true })
  forbidden!: string | null;

  /** NEGATIVE items: the law or policy that forbids it. */
  @Field(() => String, { nullable: true })
  basis!: string | null;

  @Field(() => FlowChartModel, { nullable: true })
  flow!: FlowChartModel | null;
}
