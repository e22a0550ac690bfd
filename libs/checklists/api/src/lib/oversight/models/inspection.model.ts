import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '@xiangzhi/registry/api';
import {
  ChecklistFindingSeverity,
  ChecklistFindingStatus,
  ChecklistInspectionEventType,
  ChecklistInspectionTarget,
} from '../oversight.enums';

@ObjectType('ChecklistInspectionEvent', { description: 'One step of an inspection or of one of its findings.' })
export class ChecklistInspectionEventModel {
  @Field(() => ChecklistInspectionEventType)
  type!: ChecklistInspectionEventType;

  @Field(() => ID, { nullable: true })
  findingId!: string | null;

  @Field(() => ID)
  actorId!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  dueOn!: string | null;

  @Field(() => [ID])
  fileIds!: string[];
}

@ObjectType('ChecklistFinding', { description: 'A finding of an inspection (问题) and its rectification (整改).' })
export class ChecklistFindingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  inspectionId!: string;

  /** The village. */
  @Field()
  regionCode!: string;

  @Field(() => Int)
  seq!: number;

  @Field()
  text!: string;

  @Field(() => ChecklistFindingSeverity)
  severity!: ChecklistFindingSeverity;

  @Field(() => ChecklistFindingStatus)
  status!: ChecklistFindingStatus;

  /** The rectification deadline. */
  @Field(() => GraphQLDate, { nullable: true })
  dueOn!: string | null;

  /** Rectification required and the deadline has passed. */
  @Field()
  overdue!: boolean;

  @Field(() => String, { nullable: true })
  rectificationText!: string | null;

  @Field(() => [ID])
  rectificationFileIds!: string[];

  @Field(() => ID, { nullable: true })
  rectifiedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  rectifiedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  verifiedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  verifiedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType('ChecklistInspection', { description: 'An inspection (监督检查) of a village’s list, item or case.' })
export class ChecklistInspectionModel {
  @Field(() => ID)
  id!: string;

  /** The village inspected. */
  @Field()
  regionCode!: string;

  @Field(() => ChecklistInspectionTarget)
  targetKind!: ChecklistInspectionTarget;

  @Field()
  listType!: string;

  @Field(() => String, { nullable: true })
  itemCode!: string | null;

  @Field(() => String, { nullable: true })
  itemName!: string | null;

  @Field(() => ID, { nullable: true })
  caseId!: string | null;

  /** The version of the list in force when inspected. */
  @Field(() => ID, { nullable: true })
  versionId!: string | null;

  @Field()
  summary!: string;

  @Field(() => GraphQLDate)
  inspectedOn!: string;

  @Field(() => ID)
  inspectorId!: string;

  /** The inspector's role (OVERSIGHT, TOWN_SUPERVISOR, COUNTY_SUPERVISOR …). */
  @Field()
  inspectorRole!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('ChecklistInspectionPage')
export class ChecklistInspectionPageModel {
  @Field(() => [ChecklistInspectionModel])
  items!: ChecklistInspectionModel[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('ChecklistFindingPage')
export class ChecklistFindingPageModel {
  @Field(() => [ChecklistFindingModel])
  items!: ChecklistFindingModel[];

  @Field(() => Int)
  total!: number;
}
