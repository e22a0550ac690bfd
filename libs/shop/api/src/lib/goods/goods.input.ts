import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsNumber, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageArgs } from '@xiangzhi/server/core';

@InputType()
export class CreateGoodsInput {
  @Field(() => ID)
  @IsUUID()
  shopId!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(10)
  unit!: string;

  @Field(() => Int)
  @IsInt()
  pointsPrice!: number;

  /** Cost price in yuan (2 decimals). */
  @Field(() => Float)
  @IsNumber()
  costYuan!: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  photoFileId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  cashLike?: boolean | null;
}

@InputType()
export class UpdateGoodsInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(10)
  unit!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  photoFileId?: string | null;

  @Field()
  @IsBoolean()
  active!: boolean;

  @Field()
  @IsBoolean()
  cashLike!: boolean;
}

@InputType()
export class ChangeGoodsPriceInput {
  @Field(() => ID)
  @IsUUID()
  goodsId!: string;

  @Field(() => Int)
  @IsInt()
  pointsPrice!: number;

  @Field(() => Float)
  @IsNumber()
  costYuan!: number;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  reason!: string;
}

@ArgsType()
export class GoodsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  shopId!: string;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  includeInactive = false;
}

@ArgsType()
export class GoodsPricesArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  goodsId!: string;
}
