import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { PageArgs } from '@xiangzhi/server/core';
import { GraphQLDate } from '@xiangzhi/registry/api';
import { FundSourceValue, StockMovementKindValue } from '../shop.enums';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class StockInInput {
  @Field(() => ID)
  @IsUUID()
  goodsId!: string;

  @Field(() => Int)
  @IsInt()
  quantity!: number;

  /** What one unit cost, in yuan. */
  @Field(() => Float)
  @IsNumber()
  unitCostYuan!: number;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  supplier!: string;

  @Field(() => GraphQLDate)
  @Matches(ISO_DATE)
  occurredOn!: string;

  /** The village whose funds paid (one the shop serves) and the source charged. */
  @Field()
  @Matches(/^\d{12}$/)
  fundVillageCode!: string;

  @Field(() => FundSourceValue)
  @IsEnum(FundSourceValue)
  fundSource!: FundSourceValue;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  receiptFileId?: string | null;

  @Field()
  @IsString()
  clientKey!: string;
}

@InputType()
export class StocktakeInput {
  @Field(() => ID)
  @IsUUID()
  goodsId!: string;

  /** What was counted on the shelf. */
  @Field(() => Int)
  @IsInt()
  countedQuantity!: number;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  reason!: string;

  @Field()
  @IsString()
  clientKey!: string;
}

@ArgsType()
export class StockMovementsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  shopId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  goodsId?: string | null;

  @Field(() => StockMovementKindValue, { nullable: true })
  @IsOptional()
  @IsEnum(StockMovementKindValue)
  kind?: StockMovementKindValue | null;
}
