import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChecklistInspectionEventType } from '../oversight.enums';
import { ChecklistInspectionEntity } from './inspection.entity';

/** Every step of an inspection and its findings (append-only: the database refuses UPDATE, DELETE and TRUNCATE). */
@Entity({ name: 'checklist_inspection_event' })
@Index('checklist_inspection_event_inspection_idx', ['inspectionId', 'id'])
export class ChecklistInspectionEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'checklist_inspection_event_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  inspectionId!: string;

  @ManyToOne(() => ChecklistInspectionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inspection_id', foreignKeyConstraintName: 'checklist_inspection_event_inspection_fk' })
  inspection?: ChecklistInspectionEntity;

  /** The finding concerned (null for the inspection itself). */
  @Column({ type: 'uuid', nullable: true })
  findingId!: string | null;

  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'enum', enum: ChecklistInspectionEventType, enumName: 'checklist_inspection_event_type' })
  type!: ChecklistInspectionEventType;

  @Column({ type: 'uuid' })
  actorId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note!: string | null;

  /** The deadline set by this step (RECTIFICATION_REQUIRED, REOPENED). */
  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  /** Evidence attached by this step (RECTIFIED). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  fileIds!: string[];
}
