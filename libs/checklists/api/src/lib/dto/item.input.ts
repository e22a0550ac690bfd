import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DayCountingValue, FlowActionValue, FlowStepKindValue } from '../checklists.enums';

// Shapes only: the rules of items and charts (required fields by list kind, reachability …) are checked by
// validateItem / validateFlow in the service, which answer with coded problems naming the item.

@InputType('ChecklistFlowStepInput')
export class FlowStepInput {
  @Field()
  @IsString()
  @MaxLength(40)
  id!: string;

  @Field()
  @IsString()
  @MaxLength(100)
  name!: string;

  @Field(() => FlowStepKindValue)
  @IsEnum(FlowStepKindValue)
  kind!: FlowStepKindValue;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(40)
  role!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  timeLimitDays?: number | null;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  materials!: string[];
}

@InputType('ChecklistFlowTransitionInput')
export class FlowTransitionInput {
  @Field()
  @IsString()
  @MaxLength(40)
  from!: string;

  @Field()
  @IsString()
  @MaxLength(40)
  to!: string;

  @Field(() => FlowActionValue)
  @IsEnum(FlowActionValue)
  action!: FlowActionValue;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  condition?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  label?: string | null;
}

@InputType('ChecklistFlowChartInput')
export class FlowChartInput {
  @Field(() => [FlowStepInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FlowStepInput)
  steps!: FlowStepInput[];

  @Field(() => [FlowTransitionInput])
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => FlowTransitionInput)
  transitions!: FlowTransitionInput[];
}

@InputType('ChecklistItemTimeLimitInput')
export class ItemTimeLimitInput {
  @Field()
  @IsString()
  @MaxLength(100)
  text!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  days?: number | null;

  @Field(() => DayCountingValue, { nullable: true })
  @IsOptional()
  @IsEnum(DayCountingValue)
  counting?: DayCountingValue | null;
}

@InputType('ChecklistItemOversightInput')
export class ItemOversightInput {
  @Field()
  @IsString()
  @MaxLength(500)
  who!: string;

  @Field()
  @IsString()
  @MaxLength(500)
  ofWhom!: string;

  @Field()
  @IsString()
  @MaxLength(500)
  how!: string;
}

@InputType('ChecklistItemDisclosureInput')
export class ItemDisclosureInput {
  @Field()
  @IsString()
  @MaxLength(500)
  what!: string;

  @Field()
  @IsString()
  @MaxLength(500)
  how!: string;
}

/** One item as the editor sends it; it replaces the item of the same code, or is added. */
@InputType('ChecklistItemInput')
export class ChecklistItemInput {
  @Field()
  @IsString()
  @MaxLength(40)
  code!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  name!: string;

  @Field()
  @IsString()
  @MaxLength(100)
  category!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  policyBasis!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  conditions!: string;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  materials!: string[];

  @Field(() => ItemTimeLimitInput)
  @ValidateNested()
  @Type(() => ItemTimeLimitInput)
  timeLimit!: ItemTimeLimitInput;

  @Field()
  @IsString()
  @MaxLength(200)
  responsibleBody!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(200)
  guidingUnit!: string;

  @Field(() => ItemOversightInput)
  @ValidateNested()
  @Type(() => ItemOversightInput)
  oversight!: ItemOversightInput;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(200)
  fee!: string;

  @Field(() => ItemDisclosureInput)
  @ValidateNested()
  @Type(() => ItemDisclosureInput)
  disclosure!: ItemDisclosureInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  consultation?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  keywords?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  purpose?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  sample?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  forbidden?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  basis?: string | null;

  @Field(() => FlowChartInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FlowChartInput)
  flow?: FlowChartInput | null;
}
