import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ChecklistOversightCounts', { description: 'What oversight watches, counted.' })
export class ChecklistOversightCountsModel {
  /** Cases still open. */
  @Field(() => Int)
  openCases!: number;

  /** Open cases past their deadline. */
  @Field(() => Int)
  overdueCases!: number;

  /** Requests refused by the negative list (all time). */
  @Field(() => Int)
  refusals!: number;

  /** Complaints not yet closed. */
  @Field(() => Int)
  openComplaints!: number;

  /** Findings not yet verified or closed. */
  @Field(() => Int)
  openFindings!: number;

  /** Findings whose rectification deadline has passed. */
  @Field(() => Int)
  overdueFindings!: number;
}

@ObjectType('ChecklistOversightVillage', { description: 'The oversight figures of one village.' })
export class ChecklistOversightVillageModel extends ChecklistOversightCountsModel {
  @Field()
  villageCode!: string;

  @Field()
  villageName!: string;
}

@ObjectType('ChecklistOversight', { description: 'The oversight view of a region: per village and in total.' })
export class ChecklistOversightModel {
  @Field()
  regionCode!: string;

  @Field(() => [ChecklistOversightVillageModel])
  villages!: ChecklistOversightVillageModel[];

  @Field(() => ChecklistOversightCountsModel)
  totals!: ChecklistOversightCountsModel;
}
