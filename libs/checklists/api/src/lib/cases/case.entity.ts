import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { CaseState, ChecklistItemContent } from '@xiangzhi/checklists/util';
import { ChecklistVersionEntity } from '../entities/version.entity';
import { ChecklistApplicantKind, ChecklistCaseResult, ChecklistCaseStatus } from './cases.enums';

/**
 * A case (办理) of an item of a village's list in force: the request runs through the item's flow chart, kept as
 * it was when the case opened (`item`, a copy of the published item), so that a later version does not change a
 * running case. `state` is the util engine's CaseState; `dueAt` the case deadline, `stepDueAt` the current step's.
 */
@Entity({ name: 'checklist_case' })
@Index('checklist_case_number_uq', ['number'], { unique: true })
@Index('checklist_case_client_key_uq', ['openedBy', 'clientKey'], { unique: true })
@Index('checklist_case_region_idx', ['regionCode', 'status', 'openedAt'])
@Check(
  'checklist_case_closed_ck',
  `("status" = 'OPEN' AND "closed_at" IS NULL AND "result" IS NULL) OR ("status" = 'CLOSED' AND "closed_at" IS NOT NULL AND "result" IS NOT NULL)`,
)
@Check('checklist_case_applicant_ck', `("applicant_kind" = 'MEMBER') = ("applicant_member_id" IS NOT NULL)`)
@Check('checklist_case_name_ck', `btrim("applicant_name") <> ''`)
export class ChecklistCaseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'checklist_case_pkey' })
  id!: string;

  /** BL-<village>-<year>-<5-digit sequence>. */
  @Column({ type: 'varchar', length: 40 })
  number!: string;

  /** The village the case belongs to. */
  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 40 })
  listType!: string;

  @Column({ type: 'varchar', length: 40 })
  itemCode!: string;

  @Column({ type: 'varchar', length: 200 })
  itemName!: string;

  @Column({ type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => ChecklistVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'checklist_case_version_fk' })
  version?: ChecklistVersionEntity;

  /** The item as published when the case opened (with its flow chart). */
  @Column({ type: 'jsonb' })
  item!: ChecklistItemContent;

  @Column({ type: 'enum', enum: ChecklistApplicantKind, enumName: 'checklist_applicant_kind' })
  applicantKind!: ChecklistApplicantKind;

  @Column({ type: 'uuid', nullable: true })
  applicantMemberId!: string | null;

  @Column({ type: 'varchar', length: 100 })
  applicantName!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  requestText!: string | null;

  @Column({ type: 'enum', enum: ChecklistCaseStatus, enumName: 'checklist_case_status' })
  status!: ChecklistCaseStatus;

  @Column({ type: 'varchar', length: 40 })
  currentStepId!: string;

  @Column({ type: 'jsonb' })
  state!: CaseState;

  @Column({ type: 'enum', enum: ChecklistCaseResult, enumName: 'checklist_case_result', nullable: true })
  result!: ChecklistCaseResult | null;

  @Column({ type: 'uuid' })
  openedBy!: string;

  @Column({ type: 'timestamptz' })
  openedAt!: Date;

  @Column({ type: 'varchar', length: 64 })
  clientKey!: string;

  @Column({ type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  stepDueAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** The item discloses its results (公开运行结果): the closed case is listed on the portal. */
  @Column({ type: 'boolean' })
  disclose!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastRemindedAt!: Date | null;
}
