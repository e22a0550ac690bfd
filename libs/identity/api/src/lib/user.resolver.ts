import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@xiangzhi/server/core';
import { CreateUserInput } from './dto/create-user.input';
import { ResetUserPasswordInput } from './dto/reset-user-password.input';
import { UpdateUserInput } from './dto/update-user.input';
import { UsersArgs } from './dto/users.args';
import { UserModel } from './models/user.model';
import { UserPageModel } from './models/user-page.model';
import { UserService } from './user.service';

/** Staff accounts within the caller's region. */
@Resolver(() => UserModel)
export class UserResolver {
  constructor(private readonly userService: UserService) {}

  @Query(() => UserPageModel)
  @Allow(Permission.USER_READ)
  users(@Ctx() ctx: RequestContext, @Args() args: UsersArgs): Promise<UserPageModel> {
    return this.userService.list(ctx, args);
  }

  @Mutation(() => UserModel)
  @Allow(Permission.USER_MANAGE)
  createUser(@Ctx() ctx: RequestContext, @Args('input') input: CreateUserInput): Promise<UserModel> {
    return this.userService.create(ctx, input);
  }

  @Mutation(() => UserModel)
  @Allow(Permission.USER_MANAGE)
  updateUser(@Ctx() ctx: RequestContext, @Args('input') input: UpdateUserInput): Promise<UserModel> {
    return this.userService.update(ctx, input);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.USER_MANAGE)
  resetUserPassword(@Ctx() ctx: RequestContext, @Args('input') input: ResetUserPasswordInput): Promise<boolean> {
    return this.userService.resetPassword(ctx, input);
  }
}
