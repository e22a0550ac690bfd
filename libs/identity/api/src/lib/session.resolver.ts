import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, Public, RequestContext } from '@xiangzhi/server/core';
import { ChangePasswordInput } from './dto/change-password.input';
import { LoginInput } from './dto/login.input';
import { LogoutInput } from './dto/logout.input';
import { RefreshSessionInput } from './dto/refresh-session.input';
import { AuthPayloadModel } from './models/auth-payload.model';
import { UserModel } from './models/user.model';
import { SessionService } from './session.service';
import { TokenService } from './token.service';

/** The GraphQL context as Mercurius builds it: the reply gives access to the request headers. */
interface GraphQLContext {
  reply?: { request?: { headers?: Record<string, string | string[] | undefined> } };
}

function bearerToken(gql: GraphQLContext): string | null {
  const header = gql.reply?.request?.headers?.['authorization'];
  return typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : null;
}

/** Sign-in, refresh, sign-out and the caller's own account. */
@Resolver()
export class SessionResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly tokens: TokenService,
  ) {}

  @Mutation(() => AuthPayloadModel)
  @Public()
  login(@Ctx() ctx: RequestContext, @Args('input') input: LoginInput): Promise<AuthPayloadModel> {
    return this.sessions.login(ctx, input);
  }

  @Mutation(() => AuthPayloadModel)
  @Public()
  refreshSession(@Ctx() ctx: RequestContext, @Args('input') input: RefreshSessionInput): Promise<AuthPayloadModel> {
    return this.sessions.refreshSession(ctx, input);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.SELF)
  logout(@Ctx() ctx: RequestContext, @Args('input') input: LogoutInput): Promise<boolean> {
    return this.sessions.logout(ctx, input);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.SELF)
  changePassword(
    @Ctx() ctx: RequestContext,
    @Context() gql: GraphQLContext,
    @Args('input') input: ChangePasswordInput,
  ): Promise<boolean> {
    return this.sessions.changePassword(ctx, input, this.tokens.sessionIdOf(bearerToken(gql)));
  }

  @Query(() => UserModel)
  @Allow(Permission.SELF)
  me(@Ctx() ctx: RequestContext): Promise<UserModel> {
    return this.sessions.me(ctx);
  }
}
