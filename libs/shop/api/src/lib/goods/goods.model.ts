import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Goods', { description: 'Goods of a points shop, with current price and stock (from the ledgers).' })
export class GoodsModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  shopId!: string;

  @Field()
  name!: string;

  @Field()
  unit!: string;

  @Field(() => Int)
  pointsPrice!: number;

  @Field(() => Float)
  costYuan!: number;

  @Field(() => ID, { nullable: true })
  photoFileId!: string | null;

  @Field()
  active!: boolean;

  @Field()
  cashLike!: boolean;
}

@ObjectType('GoodsPage')
export class GoodsPageModel {
  @Field(() => [GoodsModel])
  items!: GoodsModel[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('GoodsPrice', { description: 'A price of a goods item from a moment on.' })
export class GoodsPriceModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  pointsPrice!: number;

  @Field(() => Float)
  costYuan!: number;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field()
  changedAt!: Date;
}

@ObjectType('GoodsPricePage')
export class GoodsPricePageModel {
  @Field(() => [GoodsPriceModel])
  items!: GoodsPriceModel[];

  @Field(() => Int)
  total!: number;
}
