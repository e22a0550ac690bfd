import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ShopSixHave', { description: 'One of the 六有 of a shop.' })
export class SixHaveModel {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field()
  description!: string;

  @Field(() => ID, { nullable: true })
  photoFileId!: string | null;
}

@ObjectType('ShopOperator')
export class ShopOperatorModel {
  @Field(() => ID)
  userId!: string;

  @Field()
  displayName!: string;
}

@ObjectType('Shop', { description: 'A points shop (积分超市) serving one or several villages.' })
export class ShopModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  regionCode!: string;

  @Field(() => [String])
  villageCodes!: string[];

  @Field()
  address!: string;

  @Field()
  personInCharge!: string;

  @Field(() => [SixHaveModel])
  sixHaves!: SixHaveModel[];

  /** Which of the six are not recorded yet. */
  @Field(() => [String])
  sixHavesMissing!: string[];

  @Field()
  active!: boolean;
}

@ObjectType('ShopPage')
export class ShopPageModel {
  @Field(() => [ShopModel])
  items!: ShopModel[];

  @Field(() => Int)
  total!: number;
}
