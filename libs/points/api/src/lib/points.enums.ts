import { registerEnumType } from '@nestjs/graphql';

/** The life of a scheme version: a draft is edited, submitted, then approved (in force) or rejected. */
export enum SchemeStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  IN_FORCE = 'IN_FORCE',
  SUPERSEDED = 'SUPERSEDED',
  REJECTED = 'REJECTED',
}
registerEnumType(SchemeStatus, { name: 'PointsSchemeStatus' });

/** How what happened reached the recorder (口头, 电话, 短信, QQ, 微信, 现场, 扫码, 文件). */
export enum EntryChannel {
  ORAL = 'ORAL',
  PHONE = 'PHONE',
  SMS = 'SMS',
  QQ = 'QQ',
  WECHAT = 'WECHAT',
  ON_SITE = 'ON_SITE',
  QR_SCAN = 'QR_SCAN',
  DOCUMENT = 'DOCUMENT',
}
registerEnumType(EntryChannel, { name: 'PointsEntryChannel' });

/** Where an entry stands: recorded → reviewed (or rejected) by the village → approved by the town → published. */
export enum EntryStatus {
  RECORDED = 'RECORDED',
  REVIEWED = 'REVIEWED',
  REJECTED = 'REJECTED',
  APPROVED = 'APPROVED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(EntryStatus, { name: 'PointsEntryStatus' });

/** What happened to an entry (the append-only event log). */
export enum EntryAction {
  RECORDED = 'RECORDED',
  REVIEW_APPROVED = 'REVIEW_APPROVED',
  REVIEW_REJECTED = 'REVIEW_REJECTED',
  APPROVED = 'APPROVED',
  PUBLISHED = 'PUBLISHED',
  REVERSED = 'REVERSED',
}
registerEnumType(EntryAction, { name: 'PointsEntryAction' });

/** The kind of an item (mirrors ITEM_KINDS of @xiangzhi/points/util). */
export enum ItemKindValue {
  POSITIVE = 'POSITIVE',
  NEGATIVE = 'NEGATIVE',
  BONUS = 'BONUS',
  VETO = 'VETO',
}
registerEnumType(ItemKindValue, { name: 'PointsItemKind' });

export enum ItemSubjectValue {
  HOUSEHOLD = 'HOUSEHOLD',
  INDIVIDUAL = 'INDIVIDUAL',
}
registerEnumType(ItemSubjectValue, { name: 'PointsItemSubject' });

export enum SubjectModelValue {
  HOUSEHOLD = 'HOUSEHOLD',
  FAMILY_TOTAL = 'FAMILY_TOTAL',
  FAMILY_AVERAGE = 'FAMILY_AVERAGE',
}
registerEnumType(SubjectModelValue, { name: 'PointsSubjectModel' });

export enum RankingBasisValue {
  HOUSEHOLD_TOTAL = 'HOUSEHOLD_TOTAL',
  FAMILY_TOTAL = 'FAMILY_TOTAL',
  FAMILY_AVERAGE = 'FAMILY_AVERAGE',
}
registerEnumType(RankingBasisValue, { name: 'PointsRankingBasis' });

export enum CycleRuleValue {
  ANNUAL_RESET = 'ANNUAL_RESET',
  FAMILY_CARRY_OVER = 'FAMILY_CARRY_OVER',
}
registerEnumType(CycleRuleValue, { name: 'PointsCycleRule' });

export enum ExchangeableRuleValue {
  BALANCE = 'BALANCE',
  ABOVE_BASE = 'ABOVE_BASE',
}
registerEnumType(ExchangeableRuleValue, { name: 'PointsExchangeableRule' });

export enum AwardRuleValue {
  ABOVE_VILLAGE_AVERAGE = 'ABOVE_VILLAGE_AVERAGE',
  TOP_OF_RANKING = 'TOP_OF_RANKING',
  TOP_NO_VETO = 'TOP_NO_VETO',
  NONE = 'NONE',
}
registerEnumType(AwardRuleValue, { name: 'PointsAwardRule' });

export enum VillageAdoptionValue {
  APPROVAL = 'APPROVAL',
  FILING = 'FILING',
}
registerEnumType(VillageAdoptionValue, { name: 'PointsVillageAdoption' });

/** The presets (mirrors PresetKey of @xiangzhi/points/util). */
export enum PresetKeyValue {
  CHANGBA_000 = 'CHANGBA_000',
  HOUSHAN_001 = 'HOUSHAN_001',
  TUKE_002 = 'TUKE_002',
  GENERIC_003 = 'GENERIC_003',
  GAOYANG_004 = 'GAOYANG_004',
}
registerEnumType(PresetKeyValue, { name: 'PointsPresetKey' });

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(ReviewDecision, { name: 'PointsReviewDecision' });

/** Why a reversing entry was written: a staff correction, or an upheld objection. */
export enum ReversalSource {
  CORRECTION = 'CORRECTION',
  OBJECTION = 'OBJECTION',
}
registerEnumType(ReversalSource, { name: 'PointsReversalSource' });
