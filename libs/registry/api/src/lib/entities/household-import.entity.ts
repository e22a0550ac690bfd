import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { HouseholdImportStatus } from '../registry.enums';

/** An Excel import of a village's households: progress, outcome, and the error report when rows are bad. */
@Entity({ name: 'household_import' })
@Index('household_import_county_region_idx', ['countyCode', 'regionCode', 'createdAt'])
@Index('household_import_status_idx', ['status', 'updatedAt'])
export class HouseholdImportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'household_import_pkey' })
  id!: string;

  /** The village imported into. */
  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 12 })
  countyCode!: string;

  @Column({ type: 'uuid' })
  fileId!: string;

  @Column({ type: 'enum', enum: HouseholdImportStatus, enumName: 'household_import_status' })
  status!: HouseholdImportStatus;

  /** Data rows found so far (final once validation has read the whole sheet). */
  @Column({ type: 'integer', default: 0 })
  total!: number;

  /** Rows done in the current phase (validated, then imported). */
  @Column({ type: 'integer', default: 0 })
  processed!: number;

  /** Households created. */
  @Column({ type: 'integer', default: 0 })
  created!: number;

  @Column({ type: 'integer', default: 0 })
  errorCount!: number;

  @Column({ type: 'uuid', nullable: true })
  errorReportFileId!: string | null;

  /** An error code when the whole file failed (IMPORT_COLUMNS_MISMATCH …). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  message!: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  /** Who started it (the background run acts as them). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  actor!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
