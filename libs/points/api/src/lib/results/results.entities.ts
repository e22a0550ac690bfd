import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ListKind } from './results.enums';

/**
 * A red-list (红榜: 最美家庭, 文明示范户 …) or black-list (黑榜: misconduct) record of a household for a period.
 * Never deleted: ending it early sets `revokedAt` with a reason (audited).
 */
@Entity({ name: 'points_listing' })
@Index('points_listing_village_idx', ['villageCode', 'kind', 'fromDate'])
@Index('points_listing_household_idx', ['householdId'])
export class PointsListingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'points_listing_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  householdId!: string;

  @Column({ type: 'varchar', length: 12 })
  villageCode!: string;

  @Column({ type: 'varchar', length: 15 })
  scopeCode!: string;

  @Column({ type: 'enum', enum: ListKind, enumName: 'points_list_kind' })
  kind!: ListKind;

  /** The honour (红榜) or the neutral public reason (黑榜), shown on the board. */
  @Column({ type: 'varchar', length: 100 })
  title!: string;

  /** What happened, for staff (never public). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Column({ type: 'date' })
  fromDate!: string;

  /** Inclusive; null = open. */
  @Column({ type: 'date', nullable: true })
  toDate!: string | null;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedBy!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  revokeReason!: string | null;
}

/** A village's year close (年度结算): once per village and year. Append-only. */
@Entity({ name: 'points_year_close' })
@Index('points_year_close_village_year_uq', ['villageCode', 'year'], { unique: true })
export class PointsYearCloseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'points_year_close_pkey' })
  id!: string;

  @Column({ type: 'varchar', length: 12 })
  villageCode!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'uuid' })
  schemeVersionId!: string;

  @Column({ type: 'varchar', length: 20 })
  cycle!: string;

  @Column({ type: 'integer' })
  households!: number;

  @Column({ type: 'uuid' })
  closedBy!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  closedAt!: Date;
}

/** What year close of `year − 1` carried into `year` for a household (the engine's YearOpening). Append-only. */
@Entity({ name: 'points_year_opening' })
export class PointsYearOpeningEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'points_year_opening_pkey' })
  householdId!: string;

  @PrimaryColumn('integer', { primaryKeyConstraintName: 'points_year_opening_pkey' })
  year!: number;

  @Column({ type: 'uuid' })
  closeId!: string;

  @ManyToOne(() => PointsYearCloseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'close_id', foreignKeyConstraintName: 'points_year_opening_close_fk' })
  close?: PointsYearCloseEntity;

  @Column({ type: 'integer' })
  carriedBalance!: number;

  @Column({ type: 'integer' })
  carriedFamilyPoints!: number;
}
