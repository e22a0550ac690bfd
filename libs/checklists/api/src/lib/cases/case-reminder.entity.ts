import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChecklistReminderKind } from './cases.enums';
import { ChecklistCaseEntity } from './case.entity';

/** A reminder that an open case is overdue: at most one per case, step and (China) day. Append-only. */
@Entity({ name: 'checklist_case_reminder' })
@Index('checklist_case_reminder_uq', ['caseId', 'stepId', 'day'], { unique: true })
export class ChecklistCaseReminderEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'checklist_case_reminder_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => ChecklistCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'checklist_case_reminder_case_fk' })
  case?: ChecklistCaseEntity;

  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 40 })
  stepId!: string;

  /** The local (China Standard Time) date of the reminder. */
  @Column({ type: 'date' })
  day!: string;

  @Column({ type: 'enum', enum: ChecklistReminderKind, enumName: 'checklist_reminder_kind' })
  kind!: ChecklistReminderKind;

  /** The deadline that passed. */
  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
