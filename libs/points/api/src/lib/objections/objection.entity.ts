import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PointsPublicationEntity } from '../publications/publication.entity';
import { ObjectionChannel, ObjectionDecision, ObjectionStatus } from './objection.enums';

/**
 * An objection (异议) to a published entry, or to a missing one, filed during the publication's objection window
 * by a resident (portal, identified by card number and the head's phone) or through staff. The review group
 * investigates; the town decides. Upheld against an entry → a reversing entry (`reversalEntryId`).
 */
@Entity({ name: 'points_objection' })
@Index('points_objection_village_idx', ['villageCode', 'status'])
@Index('points_objection_publication_idx', ['publicationId'])
export class PointsObjectionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'points_objection_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  publicationId!: string;

  @ManyToOne(() => PointsPublicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'publication_id', foreignKeyConstraintName: 'points_objection_publication_fk' })
  publication?: PointsPublicationEntity;

  @Column({ type: 'varchar', length: 12 })
  villageCode!: string;

  /** The objecting household. */
  @Column({ type: 'uuid' })
  householdId!: string;

  /** The entry objected to; null = an entry that is missing. */
  @Column({ type: 'uuid', nullable: true })
  entryId!: string | null;

  @Column({ type: 'enum', enum: ObjectionChannel, enumName: 'points_objection_channel' })
  channel!: ObjectionChannel;

  @Column({ type: 'varchar', length: 1000 })
  content!: string;

  @Column({ type: 'enum', enum: ObjectionStatus, enumName: 'points_objection_status' })
  status!: ObjectionStatus;

  /** Staff who recorded it (null for the portal). */
  @Column({ type: 'uuid', nullable: true })
  filedBy!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  filedAt!: Date;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  findings!: string | null;

  @Column({ type: 'uuid', nullable: true })
  investigatedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  investigatedAt!: Date | null;

  @Column({ type: 'enum', enum: ObjectionDecision, enumName: 'points_objection_decision', nullable: true })
  decision!: ObjectionDecision | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reversalEntryId!: string | null;
}
