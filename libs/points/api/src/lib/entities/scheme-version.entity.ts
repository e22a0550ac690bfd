import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { SchemeDefinition } from '@xiangzhi/points/util';
import { SchemeStatus } from '../points.enums';

/**
 * A version of the points scheme of a town (or of a village adapting the town's) for a year. `definition` is the
 * whole scheme as data (parameters + items). At most one version per region and year is IN_FORCE.
 */
@Entity({ name: 'points_scheme_version' })
@Index('points_scheme_version_region_year_version_uq', ['regionCode', 'year', 'version'], { unique: true })
@Index('points_scheme_version_in_force_uq', ['regionCode', 'year'], { unique: true, where: `"status" = 'IN_FORCE'` })
@Index('points_scheme_version_status_idx', ['status', 'regionCode'])
export class PointsSchemeVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'points_scheme_version_pkey' })
  id!: string;

  /** A town, or a village for an adaptation of its town's scheme. */
  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'integer' })
  year!: number;

  /** 1, 2, … per region and year. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'enum', enum: SchemeStatus, enumName: 'points_scheme_status' })
  status!: SchemeStatus;

  @Column({ type: 'varchar', length: 32, nullable: true })
  presetKey!: string | null;

  @Column({ type: 'jsonb' })
  definition!: SchemeDefinition;

  /** The town version a village adaptation started from (or the version a new town version copied). */
  @Column({ type: 'uuid', nullable: true })
  basedOnId!: string | null;

  @ManyToOne(() => PointsSchemeVersionEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'based_on_id', foreignKeyConstraintName: 'points_scheme_version_based_on_fk' })
  basedOn?: PointsSchemeVersionEntity | null;

  /** Why this version differs from the one before (kept for the public history). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  changeReason!: string | null;

  /** Why it was rejected (or a note on approval). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
