import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { HouseholdOperation } from '../registry.enums';
import { HouseholdEntity } from './household.entity';

/** One field's change; sensitive values are stored masked. */
export interface FieldChangeValue {
  from: string | number | boolean | null;
  to: string | number | boolean | null;
}

/** Append-only history of a household (the database refuses UPDATE, DELETE and TRUNCATE). */
@Entity({ name: 'household_change' })
@Index('household_change_household_idx', ['householdId', 'id'])
@Index('household_change_county_region_idx', ['countyCode', 'regionCode', 'at'])
export class HouseholdChangeEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'household_change_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  householdId!: string;

  @ManyToOne(() => HouseholdEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'household_change_household_fk' })
  household?: HouseholdEntity;

  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 12 })
  countyCode!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  actorName!: string;

  @Column({ type: 'enum', enum: HouseholdOperation, enumName: 'household_operation' })
  operation!: HouseholdOperation;

  /** The member concerned, for member operations. */
  @Column({ type: 'uuid', nullable: true })
  memberId!: string | null;

  /** field → { from, to } (masked where sensitive). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes!: Record<string, FieldChangeValue>;
}
