import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Matches, Max, Min } from 'class-validator';

@ArgsType()
export class ExchangeRoundsArgs {
  @Field()
  @Matches(/^\d{12}$/)
  townCode!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}
