import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Matches, Max, Min } from 'class-validator';

@ArgsType()
export class PortalShopsArgs {
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
