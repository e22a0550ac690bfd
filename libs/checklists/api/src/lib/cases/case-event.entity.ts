import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChecklistCaseEventKind } from './cases.enums';
import { ChecklistCaseEntity } from './case.entity';

/** Every step of a case: who did what, when, with which note and files (append-only: UPDATE/DELETE refused). */
@Entity({ name: 'checklist_case_event' })
@Index('checklist_case_event_case_idx', ['caseId', 'id'])
export class ChecklistCaseEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'checklist_case_event_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => ChecklistCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'checklist_case_event_case_fk' })
  case?: ChecklistCaseEntity;

  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'enum', enum: ChecklistCaseEventKind, enumName: 'checklist_case_event_kind' })
  kind!: ChecklistCaseEventKind;

  /** The flow action taken (SUBMIT on opening). */
  @Column({ type: 'varchar', length: 20 })
  action!: string;

  @Column({ type: 'varchar', length: 40 })
  fromStepId!: string;

  @Column({ type: 'varchar', length: 40 })
  toStepId!: string;

  @Column({ type: 'uuid' })
  actorId!: string;

  @Column({ type: 'varchar', length: 40 })
  actorRole!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  attachmentFileIds!: string[];
}
