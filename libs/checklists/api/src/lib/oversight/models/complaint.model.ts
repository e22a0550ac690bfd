import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '@xiangzhi/registry/api';
import { ChecklistComplaintEventType, ChecklistComplaintStatus } from '../oversight.enums';

@ObjectType('ChecklistComplaintEvent', { description: 'One step of a complaint.' })
export class ChecklistComplaintEventModel {
  @Field(() => ChecklistComplaintEventType)
  type!: ChecklistComplaintEventType;

  /** Null for the resident's submission. */
  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('ChecklistComplaint', { description: 'A resident’s complaint (投诉), as staff see it (contact masked).' })
export class ChecklistComplaintModel {
  @Field(() => ID)
  id!: string;

  @Field()
  number!: string;

  /** The village complained about. */
  @Field()
  regionCode!: string;

  @Field()
  subject!: string;

  @Field()
  text!: string;

  /** The resident's phone, masked (138****5678); null when none was left. */
  @Field(() => String, { nullable: true })
  contactMasked!: string | null;

  @Field(() => ChecklistComplaintStatus)
  status!: ChecklistComplaintStatus;

  @Field(() => String, { nullable: true })
  reply!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  repliedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  handledBy!: string | null;

  @Field(() => GraphQLISODateTime)
  submittedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt!: Date | null;
}

@ObjectType('ChecklistComplaintPage')
export class ChecklistComplaintPageModel {
  @Field(() => [ChecklistComplaintModel])
  items!: ChecklistComplaintModel[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('ChecklistComplaintReceipt', { description: 'What the resident gets back: the number to quote.' })
export class ChecklistComplaintReceiptModel {
  @Field()
  number!: string;
}

@ObjectType('PublicChecklistComplaint', {
  description: 'Public: the status of a complaint and the reply, by its number. No personal data.',
})
export class PublicChecklistComplaintModel {
  @Field()
  number!: string;

  @Field(() => ChecklistComplaintStatus)
  status!: ChecklistComplaintStatus;

  @Field()
  villageName!: string;

  @Field(() => GraphQLDate)
  submittedOn!: string;

  @Field(() => String, { nullable: true })
  reply!: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  repliedOn!: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  closedOn!: string | null;
}
