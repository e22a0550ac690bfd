import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EntryAction } from '../points.enums';
import { PointsEntryEntity } from './entry.entity';

/** Every step of an entry: who did what, when, why (append-only). */
@Entity({ name: 'points_entry_event' })
@Index('points_entry_event_entry_idx', ['entryId', 'id'])
export class PointsEntryEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'points_entry_event_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => PointsEntryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'points_entry_event_entry_fk' })
  entry?: PointsEntryEntity;

  @Column({ type: 'enum', enum: EntryAction, enumName: 'points_entry_action' })
  action!: EntryAction;

  @Column({ type: 'uuid' })
  actorId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  /** The publication that published the entry (PUBLISHED events). */
  @Column({ type: 'uuid', nullable: true })
  publicationId!: string | null;
}
