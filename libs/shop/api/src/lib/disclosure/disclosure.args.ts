import { ArgsType, Field, Int } from '@nestjs/graphql';
import { PageArgs } from '@xiangzhi/server/core';
import { IsInt, Matches, Max, Min } from 'class-validator';

/** A page (`first` 1–100, default 20; `offset` ≥ 0) of the active shops serving a village. */
@ArgsType()
export class PortalShopsArgs extends PageArgs {
  @Field()
  @Matches(/^\d{12}$/)
  villageCode!: string;
}

@ArgsType()
export class PortalVillageFundsArgs {
  @Field()
  @Matches(/^\d{12}$/)
  villageCode!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}
