import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChecklistComplaintEventType } from '../oversight.enums';
import { ChecklistComplaintEntity } from './complaint.entity';

/** Every step of a complaint (append-only: the database refuses UPDATE, DELETE and TRUNCATE). */
@Entity({ name: 'checklist_complaint_event' })
@Index('checklist_complaint_event_complaint_idx', ['complaintId', 'id'])
export class ChecklistComplaintEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'checklist_complaint_event_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  complaintId!: string;

  @ManyToOne(() => ChecklistComplaintEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'complaint_id', foreignKeyConstraintName: 'checklist_complaint_event_complaint_fk' })
  complaint?: ChecklistComplaintEntity;

  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'enum', enum: ChecklistComplaintEventType, enumName: 'checklist_complaint_event_type' })
  type!: ChecklistComplaintEventType;

  /** Null for the resident's submission. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note!: string | null;
}
