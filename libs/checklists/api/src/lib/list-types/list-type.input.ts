import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ChecklistListKind } from '../checklists.enums';

/** A county's list type: a new list (e.g. 小微权力清单), or one of the four renamed, reordered or switched off. */
@InputType()
export class SetChecklistListTypeInput {
  @Field()
  @Matches(/^\d{6}000000$/)
  countyCode!: string;

  /** Upper-case letters, digits and _ (as list types print in URLs and posters). */
  @Field()
  @Matches(/^[A-Z][A-Z0-9_]{1,39}$/)
  code!: string;

  @Field()
  @MinLength(2)
  @MaxLength(50)
  nameZh!: string;

  @Field()
  @MinLength(2)
  @MaxLength(100)
  nameEn!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(999)
  order!: number;

  @Field(() => ChecklistListKind)
  @IsEnum(ChecklistListKind)
  kind!: ChecklistListKind;

  @Field()
  @IsBoolean()
  enabled!: boolean;
}
