import { registerEnumType } from '@nestjs/graphql';

/**
 * The life of a list version (动态调整): a DRAFT is edited; a village's draft is SUBMITTED to the town, which approves
 * it (PUBLISHED) or REJECTS it with a reason; a town template is PUBLISHED directly. Publishing a version makes the
 * one published before it SUPERSEDED, so at most one version per region and list type is in force.
 */
export enum ChecklistVersionStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(ChecklistVersionStatus, { name: 'ChecklistVersionStatus' });

/** What happened to a version (the append-only event log). */
export enum ChecklistVersionAction {
  CREATED = 'CREATED',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PUBLISHED = 'PUBLISHED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(ChecklistVersionAction, { name: 'ChecklistVersionAction' });

/** How items of a list behave (mirrors ListTypeKind of @xiangzhi/checklists/util). */
export enum ChecklistListKind {
  GENERAL = 'GENERAL',
  NEGATIVE = 'NEGATIVE',
  CERTIFICATE = 'CERTIFICATE',
}
registerEnumType(ChecklistListKind, { name: 'ChecklistListKind' });

/** Kind of a flow step (mirrors FlowStepKind). */
export enum FlowStepKindValue {
  START = 'START',
  TASK = 'TASK',
  END = 'END',
}
registerEnumType(FlowStepKindValue, { name: 'ChecklistFlowStepKind' });

/** Action of a flow transition (mirrors FlowAction). */
export enum FlowActionValue {
  SUBMIT = 'SUBMIT',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  RETURN = 'RETURN',
  ESCALATE = 'ESCALATE',
  COMPLETE = 'COMPLETE',
}
registerEnumType(FlowActionValue, { name: 'ChecklistFlowAction' });

/** How the days of a time limit are counted (mirrors DayCounting). */
export enum DayCountingValue {
  CALENDAR = 'CALENDAR',
  WORKING = 'WORKING',
}
registerEnumType(DayCountingValue, { name: 'ChecklistDayCounting' });

/** Where a town's new draft starts from. */
export enum ChecklistDraftSource {
  /** The example items of the list type (`EXAMPLE_ITEMS`); towns only. */
  EXAMPLES = 'EXAMPLES',
  /** A copy of the region's published version of the list type. */
  PUBLISHED = 'PUBLISHED',
  /** A copy of one of the region's own versions of the list (`fromVersionId`), e.g. a rejected one to rework. */
  VERSION = 'VERSION',
}
registerEnumType(ChecklistDraftSource, { name: 'ChecklistDraftSource' });
