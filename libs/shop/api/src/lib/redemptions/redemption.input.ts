import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { PageArgs } from '@xiangzhi/server/core';
import { GraphQLDate } from '@xiangzhi/registry/api';

@InputType()
export class BasketLineInput {
  @Field(() => ID)
  @IsUUID()
  goodsId!: string;

  @Field(() => Int)
  @IsInt()
  quantity!: number;

  /** The price the operator's screen showed: a changed price refuses the basket (SHOP_PRICE_CHANGED). */
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedPointsPrice?: number | null;
}

@InputType()
export class RedeemInput {
  @Field(() => ID)
  @IsUUID()
  shopId!: string;

  @Field(() => ID)
  @IsUUID()
  householdId!: string;

  @Field(() => [BasketLineInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => BasketLineInput)
  lines!: BasketLineInput[];

  /** The same key again returns the first result (a retried tap never redeems twice). */
  @Field()
  @IsString()
  clientKey!: string;
}

@ArgsType()
export class ReverseRedemptionArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

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
export class ShopHouseholdArgs {
  @Field(() => ID)
  @IsUUID()
  shopId!: string;

  /** The card number as scanned or typed. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  cardNumber?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  householdId?: string | null;
}

@ArgsType()
export class ShopHouseholdSearchArgs {
  @Field(() => ID)
  @IsUUID()
  shopId!: string;

  /** Part of a card number or the head's name. */
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  text!: string;
}

@ArgsType()
export class IssueLedgerArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  shopId!: string;

  @Field(() => GraphQLDate)
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  from!: string;

  @Field(() => GraphQLDate)
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  to!: string;
}
