import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@xiangzhi/server/core';

/** A staff account as the API shows it (no password hash, phone masked). The registry adds `region`. */
@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  username!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field()
  regionCode!: string;

  @Field(() => [String])
  gridCodes!: string[];

  @Field(() => String, { nullable: true })
  phoneMasked!: string | null;

  @Field()
  active!: boolean;

  /** Set while the account is locked after failed logins; null otherwise. */
  @Field(() => Date, { nullable: true })
  lockedUntil!: Date | null;

  @Field()
  createdAt!: Date;
}
