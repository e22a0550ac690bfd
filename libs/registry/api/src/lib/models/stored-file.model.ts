import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** A stored file (download with GET /api/files/:id). */
@ObjectType('StoredFile')
export class StoredFileModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  size!: number;

  @Field()
  contentType!: string;
}
