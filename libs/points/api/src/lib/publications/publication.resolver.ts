import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { canonicalJson } from '@xiangzhi/points/util';
import { Allow, Ctx, Permission, Public, RequestContext } from '@xiangzhi/server/core';
import { publicationContent } from './publication-content';
import { PublicationArgs, PublishPointsArgs, VillageChainArgs, VillagePublicationsArgs } from './publication.args';
import { PointsPublicationEntity } from './publication.entity';
import { PublicationLoaders } from './publication.loaders';
import { ChainCheckModel, PublicationLineModel, PublicationModel, PublicationPageModel } from './publication.model';
import { PublicationsService } from './publications.service';

@Resolver(() => PublicationModel)
export class PublicationResolver {
  constructor(
    private readonly publications: PublicationsService,
    private readonly loaders: PublicationLoaders,
  ) {}

  @Mutation(() => [PublicationModel], {
    description: 'Publishes the boards of a village (or of every village of a town) for a period (一季一公示).',
  })
  @Allow(Permission.POINTS_PUBLISH)
  publishPoints(@Ctx() ctx: RequestContext, @Args() args: PublishPointsArgs): Promise<PointsPublicationEntity[]> {
    return this.publications.publish(ctx, args.regionCode, args.year, args.fromMonth);
  }

  @Query(() => PublicationPageModel)
  @Allow(Permission.POINTS_READ)
  pointsPublications(@Ctx() ctx: RequestContext, @Args() args: VillagePublicationsArgs) {
    return this.publications.list(ctx, args.villageCode, args.first, args.offset);
  }

  @Query(() => PublicationModel)
  @Allow(Permission.POINTS_READ)
  pointsPublication(@Ctx() ctx: RequestContext, @Args() args: PublicationArgs) {
    return this.publications.get(ctx, args.id);
  }

  @Query(() => PublicationPageModel, { description: "Public: a village's boards, newest first." })
  @Public()
  publicPointsBoards(@Args() args: VillagePublicationsArgs) {
    return this.publications.list(null, args.villageCode, args.first, args.offset);
  }

  @Query(() => PublicationModel, { description: 'Public: one board.' })
  @Public()
  publicPointsBoard(@Args() args: PublicationArgs) {
    return this.publications.get(null, args.id);
  }

  @Query(() => [ChainCheckModel], { description: "Public: the API's verification of a village's chain (T1)." })
  @Public()
  async publicPointsChain(@Args() args: VillageChainArgs): Promise<ChainCheckModel[]> {
    const checks = await this.publications.verify(args.villageCode);
    return checks.map((c) => ({ ...c, valid: c.problem === null }));
  }

  @ResolveField(() => [PublicationLineModel])
  lines(@Ctx() ctx: RequestContext, @Parent() p: PointsPublicationEntity) {
    return ctx.loader(this.loaders.linesByPublication).load(p.id);
  }

  @ResolveField(() => String, {
    description: 'The canonical JSON that `hash` covers with `previousHash`: what a browser hashes to verify.',
  })
  async contentJson(@Ctx() ctx: RequestContext, @Parent() p: PointsPublicationEntity): Promise<string> {
    const lines = await ctx.loader(this.loaders.linesByPublication).load(p.id);
    return canonicalJson(publicationContent(p, lines));
  }
}
