import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * A village publication (积分公示): an immutable snapshot of the entries approved for the period and the village
 * ranking, names masked. Append-only in the database. `hash` = publicationHash(previousHash, content) where the
 * content is rebuilt from this row and its lines (T1): altering either is detected by the verifier.
 */
@Entity({ name: 'points_publication' })
@Index('points_publication_village_seq_uq', ['villageCode', 'seq'], { unique: true })
@Index('points_publication_village_period_uq', ['villageCode', 'year', 'fromMonth'], { unique: true })
export class PointsPublicationEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'points_publication_pkey' })
  id!: string;

  @Column({ type: 'varchar', length: 12 })
  villageCode!: string;

  /** The village's name when published (part of the hashed content). */
  @Column({ type: 'varchar', length: 100 })
  villageName!: string;

  /** 1, 2, 3 … per village: the chain order. */
  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  fromMonth!: number;

  @Column({ type: 'integer' })
  toMonth!: number;

  @Column({ type: 'uuid' })
  schemeVersionId!: string;

  @Column({ type: 'varchar', length: 20 })
  rankingBasis!: string;

  @Column({ type: 'date' })
  publishedOn!: string;

  /** Last day residents may object (publishedOn + the scheme's objection window). */
  @Column({ type: 'date' })
  objectionUntil!: string;

  /** The ranking at publication: [{ rank, household (masked), value }] (hashed). */
  @Column({ type: 'jsonb' })
  ranking!: PublishedRankingRow[];

  @Column({ type: 'char', length: 64, nullable: true })
  previousHash!: string | null;

  @Column({ type: 'char', length: 64 })
  hash!: string;

  @Column({ type: 'uuid' })
  publishedBy!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  publishedAt!: Date;
}

export interface PublishedRankingRow {
  rank: number;
  household: string;
  value: number;
}

/** One published entry (a line of the board), append-only. */
@Entity({ name: 'points_publication_line' })
@Index('points_publication_line_entry_uq', ['entryId'], { unique: true })
export class PointsPublicationLineEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'points_publication_line_pkey' })
  publicationId!: string;

  @PrimaryColumn('integer', { primaryKeyConstraintName: 'points_publication_line_pkey' })
  lineNo!: number;

  @ManyToOne(() => PointsPublicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'publication_id', foreignKeyConstraintName: 'points_publication_line_publication_fk' })
  publication?: PointsPublicationEntity;

  @Column({ type: 'uuid' })
  entryId!: string;

  /** The head's name masked (张*明). */
  @Column({ type: 'varchar', length: 40 })
  household!: string;

  /** The member's name masked, for individual items. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  member!: string | null;

  /** The item's neutral public wording. */
  @Column({ type: 'varchar', length: 200 })
  wording!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: string;

  @Column({ type: 'integer' })
  points!: number;

  @Column({ type: 'date' })
  occurredOn!: string;

  /** For a reversing entry: the entry it reverses. */
  @Column({ type: 'uuid', nullable: true })
  reversalOf!: string | null;
}
