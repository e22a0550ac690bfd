import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChecklistVersionAction } from '../checklists.enums';
import { ChecklistVersionEntity } from './version.entity';

/** Every step of a version: who did what, when, why (append-only: the database refuses UPDATE and DELETE). */
@Entity({ name: 'checklist_version_event' })
@Index('checklist_version_event_version_idx', ['versionId', 'id'])
export class ChecklistVersionEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'checklist_version_event_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => ChecklistVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'checklist_version_event_version_fk' })
  version?: ChecklistVersionEntity;

  /** The version's region, so that the log can be scoped without a join. */
  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'enum', enum: ChecklistVersionAction, enumName: 'checklist_version_action' })
  action!: ChecklistVersionAction;

  @Column({ type: 'uuid' })
  actorId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason!: string | null;
}
