import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChecklistRequestKind } from './cases.enums';

@ObjectType('ChecklistGateRefusalInfo', {
  description: 'Why the gate refused a request: the item matched and its basis.',
})
export class ChecklistGateRefusalInfoModel {
  /** CHECKLIST_DO_NOT_ISSUE, CHECKLIST_NEGATIVE_ITEM, CHECKLIST_TASK_NOT_LISTED or CHECKLIST_NOT_A_CERTIFICATE. */
  @Field()
  code!: string;

  /** The do-not-issue entry (DNI-05) or NEGATIVE item (FM-001) matched; null when nothing listed matched. */
  @Field(() => String, { nullable: true })
  itemCode!: string | null;

  @Field(() => String, { nullable: true })
  itemName!: string | null;

  @Field()
  basis!: string;

  /** Do-not-issue entries: where the resident gets it instead. */
  @Field(() => String, { nullable: true })
  alternative!: string | null;

  /** The recorded refusal. */
  @Field(() => ID)
  refusalId!: string;
}

@ObjectType('ChecklistGateMatch', { description: 'An entry of the do-not-issue or negative list the text mentions.' })
export class ChecklistGateMatchModel {
  /** DO_NOT_ISSUE or NEGATIVE_ITEM. */
  @Field()
  source!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  basis!: string;
}

@ObjectType('ChecklistGateCheck', { description: 'The decision of the negative-list gate on a request.' })
export class ChecklistGateCheckModel {
  @Field()
  allowed!: boolean;

  /** Allowed: the listed item the request falls under. */
  @Field(() => String, { nullable: true })
  itemCode!: string | null;

  @Field(() => String, { nullable: true })
  itemName!: string | null;

  @Field(() => ChecklistGateRefusalInfoModel, { nullable: true })
  refusal!: ChecklistGateRefusalInfoModel | null;

  @Field(() => [ChecklistGateMatchModel])
  matches!: ChecklistGateMatchModel[];
}

@ObjectType('ChecklistGateRefusal', { description: 'A refused request, as recorded for oversight.' })
export class ChecklistGateRefusalModel {
  @Field(() => ID)
  id!: string;

  @Field()
  regionCode!: string;

  @Field(() => ID)
  requestedBy!: string;

  @Field(() => GraphQLISODateTime)
  requestedAt!: Date;

  @Field(() => ChecklistRequestKind)
  requestKind!: ChecklistRequestKind;

  @Field()
  requestText!: string;

  @Field(() => String, { nullable: true })
  department!: string | null;

  @Field(() => String, { nullable: true })
  itemCode!: string | null;

  @Field()
  refusalCode!: string;

  @Field(() => String, { nullable: true })
  matchedCode!: string | null;

  @Field(() => String, { nullable: true })
  matchedName!: string | null;

  @Field()
  policyBasis!: string;
}

@ObjectType('ChecklistGateRefusalPage')
export class ChecklistGateRefusalPageModel {
  @Field(() => [ChecklistGateRefusalModel])
  items!: ChecklistGateRefusalModel[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('ChecklistDoNotIssueEntry', { description: 'An entry of the do-not-issue certificate list in effect.' })
export class ChecklistDoNotIssueEntryModel {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => [String])
  keywords!: string[];

  @Field(() => [String])
  exceptions!: string[];

  @Field()
  basis!: string;

  @Field()
  alternative!: string;

  @Field()
  enabled!: boolean;

  /** '000000000000' (the national default) or the province whose own row this is. */
  @Field()
  provinceCode!: string;
}
