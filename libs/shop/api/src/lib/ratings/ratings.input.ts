import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageArgs } from '@xiangzhi/server/core';

@InputType()
export class RateShopOperatorInput {
  @Field(() => ID)
  @IsUUID()
  shopId!: string;

  /** A SHOP_OPERATOR bound to the shop. */
  @Field(() => ID)
  @IsUUID()
  operatorUserId!: string;

  @Field(() => Int)
  @IsInt()
  year!: number;

  /** 1 (poor) … 5 (excellent). */
  @Field(() => Int)
  @IsInt()
  score!: number;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  comment!: string;

  /** The operator's household that receives the award. */
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  householdId?: string | null;

  /** Points awarded through the scheme's operator item (004: G01); the entry then goes through review and approval. */
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  points?: number | null;

  /** Evidence for the award entry, where the item asks for it (004 asks for every item). */
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  evidenceFileIds?: string[] | null;
}

@ArgsType()
export class OperatorRatingsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  shopId!: string;
}
