import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** What a public check of a serial answers. */
export enum ChecklistCertificateStatus {
  VALID = 'VALID',
  REVOKED = 'REVOKED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(ChecklistCertificateStatus, { name: 'ChecklistCertificateStatus' });

@ObjectType('ChecklistCertificate', { description: 'A certificate issued from an approved case (issuance log).' })
export class ChecklistCertificateModel {
  @Field(() => ID)
  id!: string;

  @Field()
  serial!: string;

  @Field(() => ID)
  caseId!: string;

  /** The village. */
  @Field()
  regionCode!: string;

  @Field()
  itemCode!: string;

  @Field()
  itemName!: string;

  @Field()
  holderName!: string;

  @Field()
  purpose!: string;

  @Field()
  basis!: string;

  @Field(() => ID)
  issuedBy!: string;

  @Field(() => GraphQLISODateTime)
  issuedAt!: Date;

  @Field(() => ChecklistCertificateStatus)
  status!: ChecklistCertificateStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  revokedBy!: string | null;

  @Field(() => String, { nullable: true })
  revokeReason!: string | null;
}

@ObjectType('ChecklistCertificatePage')
export class ChecklistCertificatePageModel {
  @Field(() => [ChecklistCertificateModel])
  items!: ChecklistCertificateModel[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('ChecklistCertificateVerification', {
  description: 'Public: whether a serial is a valid certificate. No holder beyond a masked name.',
})
export class ChecklistCertificateVerificationModel {
  @Field()
  serial!: string;

  @Field(() => ChecklistCertificateStatus)
  status!: ChecklistCertificateStatus;

  @Field(() => String, { nullable: true })
  itemName!: string | null;

  @Field(() => String, { nullable: true })
  villageName!: string | null;

  /** YYYY-MM-DD (China Standard Time). */
  @Field(() => String, { nullable: true })
  issuedOn!: string | null;

  @Field(() => String, { nullable: true })
  revokedOn!: string | null;

  /** e.g. 王*明. */
  @Field(() => String, { nullable: true })
  holderMasked!: string | null;
}
