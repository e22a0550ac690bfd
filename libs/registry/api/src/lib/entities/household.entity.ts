import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  IndexOptions,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Residency } from '../registry.enums';
import { GridEntity } from './grid.entity';
import { RegionEntity } from './region.entity';

/** An index written by hand in the migration (operator class, GIN): the schema sync leaves it alone. */
export const MANUAL_INDEX = { synchronize: false } as IndexOptions;

/**
 * A household (户) of a village. `scopeCode` = grid code, or the village code when the household has no grid:
 * every scope filter is a prefix match on it (a grid worker sees only the households of its grids).
 */
@Entity({ name: 'household' })
@Index('household_card_number_uq', ['cardNumber'], { unique: true })
// created with varchar_pattern_ops in the migration so that `scope_code LIKE 'prefix%'` uses it in any collation
@Index('household_county_scope_idx', ['countyCode', 'scopeCode'], MANUAL_INDEX)
@Index('household_region_idx', ['regionCode', 'cardNumber'])
@Index('household_address_trgm_idx', ['address'], MANUAL_INDEX)
export class HouseholdEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'household_pkey' })
  id!: string;

  @Column({ type: 'varchar', length: 21 })
  cardNumber!: string;

  /** The village. */
  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'household_region_fk' })
  village?: RegionEntity;

  @Column({ type: 'varchar', length: 15, nullable: true })
  gridCode!: string | null;

  @ManyToOne(() => GridEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'grid_code', foreignKeyConstraintName: 'household_grid_fk' })
  grid?: GridEntity | null;

  @Column({ type: 'varchar', length: 15 })
  scopeCode!: string;

  @Column({ type: 'varchar', length: 12 })
  countyCode!: string;

  @Column({ type: 'varchar', length: 200 })
  address!: string;

  @Column({ type: 'enum', enum: Residency, enumName: 'household_residency' })
  residency!: Residency;

  @Column({ type: 'date', nullable: true })
  residentSince!: string | null;

  @Column({ type: 'uuid', nullable: true })
  admittedBy!: string | null;

  @Column({ type: 'date', nullable: true })
  admittedAt!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  admissionNote!: string | null;

  /** Takes part in the points scheme. */
  @Column({ type: 'boolean', default: true })
  participating!: boolean;

  /** The head member (no foreign key: household and member reference each other). */
  @Column({ type: 'uuid', nullable: true })
  headMemberId!: string | null;

  /** Optimistic-lock counter, raised by every change of the household or its members. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedBy!: string | null;
}
