import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  AwardRule,
  CycleRule,
  ExchangeableRule,
  ItemKind,
  ItemSubject,
  RankingBasis,
  SubjectModel,
  VillageAdoption,
} from '@xiangzhi/points/util';
import {
  AwardRuleValue,
  CycleRuleValue,
  ExchangeableRuleValue,
  ItemKindValue,
  ItemSubjectValue,
  RankingBasisValue,
  SchemeStatus,
  SubjectModelValue,
  VillageAdoptionValue,
} from '../points.enums';

@ObjectType('PointsExchangeValue')
export class ExchangeValueModel {
  @Field(() => Int)
  points!: number;

  /** Yuan, to the fen (000: 10 points ≈ 1.2 yuan). */
  @Field(() => Float)
  yuan!: number;
}

@ObjectType('PointsExchangeWindows')
export class ExchangeWindowsModel {
  /** Calendar months (1–12) of each window; null = any time. */
  @Field(() => [Int], { nullable: true })
  months!: number[] | null;

  @Field()
  label!: string;
}

/** The policy parameters of a scheme (DOMAIN.md §3.1). */
@ObjectType('PointsPolicyParameters')
export class PolicyParametersModel {
  @Field(() => SubjectModelValue)
  subjectModel!: SubjectModel;

  @Field(() => Int)
  basePoints!: number;

  @Field(() => CycleRuleValue)
  cycle!: CycleRule;

  @Field(() => RankingBasisValue)
  rankingBasis!: RankingBasis;

  @Field(() => ExchangeValueModel, { nullable: true })
  exchangeValue!: ExchangeValueModel | null;

  @Field(() => ExchangeableRuleValue)
  exchangeableRule!: ExchangeableRule;

  @Field(() => Int)
  exchangeThreshold!: number;

  @Field(() => ExchangeWindowsModel)
  exchangeWindows!: ExchangeWindowsModel;

  @Field()
  blackListBlocksExchange!: boolean;

  @Field(() => AwardRuleValue)
  awardRule!: AwardRule;

  @Field(() => Int)
  reviewCadenceMonths!: number;

  @Field(() => Int)
  publicationCadenceMonths!: number;

  @Field(() => Int)
  objectionWindowDays!: number;

  @Field(() => VillageAdoptionValue)
  villageAdoption!: VillageAdoption;
}

/** An item of a scheme (积分事项). */
@ObjectType('PointsSchemeItem')
export class SchemeItemModel {
  @Field()
  code!: string;

  @Field()
  category!: string;

  @Field()
  name!: string;

  @Field(() => ItemKindValue)
  kind!: ItemKind;

  @Field(() => Int)
  minPoints!: number;

  @Field(() => Int)
  maxPoints!: number;

  @Field(() => ItemSubjectValue)
  subject!: ItemSubject;

  @Field(() => Int, { nullable: true })
  capPerPeriod!: number | null;

  @Field()
  evidenceRequired!: boolean;

  @Field()
  publicWording!: string;

  /** The value is an example from the reference data, not the seed's own annex. */
  @Field()
  example!: boolean;
}

/** A version of a town's scheme, or of a village's adaptation, for a year. */
@ObjectType('PointsSchemeVersion')
export class SchemeVersionModel {
  @Field(() => ID)
  id!: string;

  /** The town, or the village of an adaptation. */
  @Field()
  regionCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  version!: number;

  @Field(() => SchemeStatus)
  status!: SchemeStatus;

  @Field(() => String, { nullable: true })
  presetKey!: string | null;

  @Field()
  name!: string;

  @Field(() => PolicyParametersModel)
  parameters!: PolicyParametersModel;

  @Field(() => [SchemeItemModel])
  items!: SchemeItemModel[];

  /** The town version an adaptation started from, or the version a new one copied. */
  @Field(() => ID, { nullable: true })
  basedOnId!: string | null;

  @Field(() => String, { nullable: true })
  changeReason!: string | null;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;

  @Field(() => ID, { nullable: true })
  createdBy!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => ID, { nullable: true })
  submittedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  decidedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt!: Date | null;
}

@ObjectType('PointsSchemeVersionPage')
export class SchemeVersionPageModel {
  @Field(() => [SchemeVersionModel])
  items!: SchemeVersionModel[];

  @Field(() => Int)
  total!: number;
}

/** One field's change: before and after as JSON text (null where absent). */
@ObjectType('PointsFieldChange')
export class SchemeFieldChangeModel {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType('PointsSchemeItemChange')
export class SchemeItemChangeModel {
  @Field()
  code!: string;

  @Field(() => [SchemeFieldChangeModel])
  fields!: SchemeFieldChangeModel[];
}

/** What changed from one version to another. */
@ObjectType('PointsSchemeDiff')
export class SchemeDiffModel {
  @Field(() => ID)
  fromId!: string;

  @Field(() => ID)
  toId!: string;

  @Field(() => [SchemeItemModel])
  added!: SchemeItemModel[];

  @Field(() => [SchemeItemModel])
  removed!: SchemeItemModel[];

  @Field(() => [SchemeItemChangeModel])
  changed!: SchemeItemChangeModel[];

  /** Policy parameters (and the scheme's name) that changed. */
  @Field(() => [SchemeFieldChangeModel])
  parameters!: SchemeFieldChangeModel[];
}

/** A scheme version as the public sees it: no user ids, no names of people. */
@ObjectType('PublicPointsSchemeVersion')
export class PublicSchemeVersionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  regionCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  version!: number;

  @Field(() => SchemeStatus)
  status!: SchemeStatus;

  @Field()
  name!: string;

  @Field(() => PolicyParametersModel)
  parameters!: PolicyParametersModel;

  @Field(() => [SchemeItemModel])
  items!: SchemeItemModel[];

  @Field(() => String, { nullable: true })
  changeReason!: string | null;

  /** When it took effect (or was decided). */
  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt!: Date | null;
}

/** The scheme in force for a village and the history of versions that applied to it. */
@ObjectType('PublicPointsScheme')
export class PublicSchemeModel {
  @Field()
  villageCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => PublicSchemeVersionModel, { nullable: true })
  inForce!: PublicSchemeVersionModel | null;

  /** Versions in force now or before (the village's and its town's), newest first. */
  @Field(() => [PublicSchemeVersionModel])
  history!: PublicSchemeVersionModel[];
}
