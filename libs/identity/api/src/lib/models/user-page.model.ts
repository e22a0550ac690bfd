import { Field, Int, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model';

/** One page of users and the total that matched. */
@ObjectType('UserPage')
export class UserPageModel {
  @Field(() => [UserModel])
  items!: UserModel[];

  @Field(() => Int)
  total!: number;
}
