import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserModel } from '@xiangzhi/identity/api';
import { Ctx, RequestContext } from '@xiangzhi/server/core';
import { RegistryLoaders } from '../loaders/registry.loaders';
import { RegionModel } from '../models/region.model';

/** Adds `User.region` (the region node the user is bound to) to the identity domain's type. */
@Resolver(() => UserModel)
export class UserRegionResolver {
  constructor(private readonly loaders: RegistryLoaders) {}

  @ResolveField(() => RegionModel, { nullable: true })
  region(@Ctx() ctx: RequestContext, @Parent() user: UserModel): Promise<RegionModel | null> {
    return ctx.loader(this.loaders.regionByCode).load(user.regionCode);
  }
}
