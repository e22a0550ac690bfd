import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model';

/** A signed-in session: a short-lived access token and the rotating refresh token that renews it. */
@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field()
  accessToken!: string;

  @Field()
  accessTokenExpiresAt!: Date;

  /** Opaque; valid once. Present it to `refreshSession` for the next pair. */
  @Field()
  refreshToken!: string;

  @Field(() => UserModel)
  user!: UserModel;
}
