import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
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
import { SIX_HAVES, type SixHave } from '@xiangzhi/shop/util';

@InputType()
export class SixHaveInput {
  /** PLACE, SIGN, PRICES, RULES, LEDGER or PERSON. */
  @Field(() => String)
  @IsIn(SIX_HAVES)
  key!: SixHave;

  @Field()
  @IsString()
  @MaxLength(500)
  description!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  photoFileId?: string | null;
}

@InputType()
export class ShopInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  /** The villages it serves (one, or neighbouring villages of one town). */
  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(/^\d{12}$/, { each: true })
  villageCodes!: string[];

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  address!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  personInCharge!: string;

  @Field(() => [SixHaveInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => SixHaveInput)
  sixHaves?: SixHaveInput[] | null;
}

@InputType()
export class UpdateShopInput extends ShopInput {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@ArgsType()
export class ShopsArgs extends PageArgs {
  /** A village or a town: shops serving it. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{12}$/)
  regionCode?: string | null;
}

@ArgsType()
export class ShopOperatorArgs {
  @Field(() => ID)
  @IsUUID()
  shopId!: string;

  @Field(() => ID)
  @IsUUID()
  userId!: string;
}
