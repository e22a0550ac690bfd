import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChecklistFindingSeverity, ChecklistFindingStatus } from '../oversight.enums';
import { ChecklistInspectionEntity } from './inspection.entity';

/**
 * A finding of an inspection (问题) and its rectification (整改). The row holds the current state; every change is
 * also an event of checklist_inspection_event (the log is the history, the row the state).
 */
@Entity({ name: 'checklist_finding' })
@Index('checklist_finding_inspection_uq', ['inspectionId', 'seq'], { unique: true })
@Index('checklist_finding_region_status_idx', ['regionCode', 'status'])
@Check('checklist_finding_seq_ck', `"seq" >= 1`)
@Check('checklist_finding_due_ck', `"status" IN ('OPEN', 'CLOSED') OR "due_on" IS NOT NULL`)
@Check(
  'checklist_finding_rectified_ck',
  `"status" NOT IN ('RECTIFIED', 'VERIFIED') OR ("rectification_text" IS NOT NULL AND "rectified_by" IS NOT NULL)`,
)
@Check('checklist_finding_verified_ck', `"status" <> 'VERIFIED' OR "verified_by" IS NOT NULL`)
export class ChecklistFindingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'checklist_finding_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  inspectionId!: string;

  @ManyToOne(() => ChecklistInspectionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inspection_id', foreignKeyConstraintName: 'checklist_finding_inspection_fk' })
  inspection?: ChecklistInspectionEntity;

  /** The inspection's village (scoping without a join). */
  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  /** 1, 2, … within the inspection. */
  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 1000 })
  text!: string;

  @Column({ type: 'enum', enum: ChecklistFindingSeverity, enumName: 'checklist_finding_severity' })
  severity!: ChecklistFindingSeverity;

  @Column({ type: 'enum', enum: ChecklistFindingStatus, enumName: 'checklist_finding_status' })
  status!: ChecklistFindingStatus;

  /** The rectification deadline (整改期限), a calendar date. */
  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  /** What the village did (the latest rectification). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  rectificationText!: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  rectificationFileIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  rectifiedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  rectifiedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
