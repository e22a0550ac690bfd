import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { EntryStatus } from '../points.enums';
import { MANUAL_INDEX, PointsEntryEntity } from './entry.entity';

/**
 * Where an entry stands (one row per entry, updated; the history is `points_entry_event`). Village, scope and date
 * are copied from the entry so that the review and approval queues are one index range.
 */
@Entity({ name: 'points_entry_state' })
@Index('points_entry_state_queue_idx', ['villageCode', 'status', 'occurredOn'])
@Index('points_entry_state_scope_idx', ['scopeCode'], MANUAL_INDEX)
export class PointsEntryStateEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'points_entry_state_pkey' })
  entryId!: string;

  @OneToOne(() => PointsEntryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'points_entry_state_entry_fk' })
  entry?: PointsEntryEntity;

  @Column({ type: 'varchar', length: 12 })
  villageCode!: string;

  @Column({ type: 'varchar', length: 15 })
  scopeCode!: string;

  @Column({ type: 'date' })
  occurredOn!: string;

  @Column({ type: 'enum', enum: EntryStatus, enumName: 'points_entry_status' })
  status!: EntryStatus;

  /** A reversing entry exists for this entry. */
  @Column({ type: 'boolean', default: false })
  reversed!: boolean;

  @Column({ type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  approvedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publicationId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
