import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { FlowActionValue, FlowStepKindValue } from '../checklists.enums';
import {
  ChecklistApplicantKind,
  ChecklistCaseEventKind,
  ChecklistCaseResult,
  ChecklistCaseStatus,
  ChecklistReminderKind,
} from './cases.enums';

@ObjectType('ChecklistCaseStep', { description: 'A step of the flow chart the case runs through.' })
export class ChecklistCaseStepModel {
  @Field()
  id!: string;

  @Field()
  name!: string;

  /** The flow role code that acts on the step (APPLICANT, VILLAGE_ADMIN, TOWN_OFFICER …). */
  @Field()
  role!: string;

  @Field(() => FlowStepKindValue)
  kind!: FlowStepKindValue;

  @Field(() => Int, { nullable: true })
  timeLimitDays!: number | null;
}

@ObjectType('ChecklistCaseAction', { description: 'An action the current step offers and where it leads.' })
export class ChecklistCaseActionModel {
  @Field(() => FlowActionValue)
  action!: FlowActionValue;

  /** The label drawn on the chart (e.g. 退回补正), else the action's Chinese label. */
  @Field()
  label!: string;

  /** The step it leads to (id). */
  @Field()
  to!: string;

  @Field()
  toName!: string;

  @Field(() => String, { nullable: true })
  condition!: string | null;
}

@ObjectType('ChecklistCaseEvent', { description: 'One entry of the case log: who did what, when.' })
export class ChecklistCaseEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ChecklistCaseEventKind)
  kind!: ChecklistCaseEventKind;

  @Field(() => FlowActionValue)
  action!: FlowActionValue;

  @Field()
  fromStepId!: string;

  @Field()
  fromStepName!: string;

  @Field()
  toStepId!: string;

  @Field()
  toStepName!: string;

  @Field(() => ID)
  actorId!: string;

  /** The actor's display name (null when the user is not known, e.g. the system). */
  @Field(() => String, { nullable: true })
  actorName!: string | null;

  /** The flow role code the actor acted as. */
  @Field()
  actorRole!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => [ID])
  attachmentFileIds!: string[];
}

@ObjectType('ChecklistCaseReminder', { description: 'A reminder that an open case was overdue on a step.' })
export class ChecklistCaseReminderModel {
  @Field()
  stepId!: string;

  /** The day of the reminder (China Standard Time, YYYY-MM-DD). */
  @Field()
  day!: string;

  @Field(() => ChecklistReminderKind)
  kind!: ChecklistReminderKind;

  @Field(() => GraphQLISODateTime)
  dueAt!: Date;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('ChecklistCase', { description: 'A case (办理) of an item of a village list in force.' })
export class ChecklistCaseModel {
  @Field(() => ID)
  id!: string;

  @Field()
  number!: string;

  /** The village. */
  @Field()
  regionCode!: string;

  @Field()
  listType!: string;

  @Field()
  itemCode!: string;

  @Field()
  itemName!: string;

  @Field(() => ID)
  versionId!: string;

  @Field(() => ChecklistApplicantKind)
  applicantKind!: ChecklistApplicantKind;

  @Field(() => ID, { nullable: true })
  applicantMemberId!: string | null;

  @Field()
  applicantName!: string;

  @Field(() => String, { nullable: true })
  requestText!: string | null;

  @Field(() => ChecklistCaseStatus)
  status!: ChecklistCaseStatus;

  @Field(() => ChecklistCaseStepModel)
  currentStep!: ChecklistCaseStepModel;

  @Field(() => [ChecklistCaseStepModel], { description: 'Every step of the chart the case runs through.' })
  steps!: ChecklistCaseStepModel[];

  @Field(() => ID)
  openedBy!: string;

  @Field(() => GraphQLISODateTime)
  openedAt!: Date;

  /** The case deadline (办结时限), null when the item has none. */
  @Field(() => GraphQLISODateTime, { nullable: true })
  dueAt!: Date | null;

  /** The current step's deadline, null when it has none or the case is closed. */
  @Field(() => GraphQLISODateTime, { nullable: true })
  stepDueAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt!: Date | null;

  /** Open: past the case or the current step's deadline. Closed: closed after the case deadline (超时办结). */
  @Field()
  overdue!: boolean;

  @Field(() => ChecklistCaseResult, { nullable: true })
  result!: ChecklistCaseResult | null;

  /** The item discloses results: once closed the case is listed on the portal. */
  @Field()
  disclose!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastRemindedAt!: Date | null;

  @Field(() => [ChecklistCaseActionModel], { description: 'What the current step offers (none once closed).' })
  availableActions!: ChecklistCaseActionModel[];
}

@ObjectType('ChecklistCasePage')
export class ChecklistCasePageModel {
  @Field(() => [ChecklistCaseModel])
  items!: ChecklistCaseModel[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('PublicChecklistCase', { description: 'A disclosed result: no applicant, nothing personal.' })
export class PublicChecklistCaseModel {
  @Field()
  number!: string;

  @Field()
  itemName!: string;

  /** YYYY-MM-DD (China Standard Time). */
  @Field()
  openedOn!: string;

  @Field()
  closedOn!: string;

  @Field(() => ChecklistCaseResult)
  result!: ChecklistCaseResult;
}

@ObjectType('PublicChecklistCasePage')
export class PublicChecklistCasePageModel {
  @Field(() => [PublicChecklistCaseModel])
  items!: PublicChecklistCaseModel[];

  @Field(() => Int)
  total!: number;
}
