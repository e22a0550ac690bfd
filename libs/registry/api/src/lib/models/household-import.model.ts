import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { HouseholdImportStatus } from '../registry.enums';

/** An Excel import and its progress (poll `householdImport(id)`). */
@ObjectType('HouseholdImport')
export class HouseholdImportModel {
  @Field(() => ID)
  id!: string;

  @Field(() => HouseholdImportStatus)
  status!: HouseholdImportStatus;

  @Field()
  villageCode!: string;

  @Field(() => ID)
  fileId!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  processed!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  errorCount!: number;

  /** The error report (original columns + 错误) when rows were refused; download via GET /api/files/:id. */
  @Field(() => ID, { nullable: true })
  errorReportFileId!: string | null;

  /** An error code when the whole file was refused. */
  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt!: Date | null;
}
