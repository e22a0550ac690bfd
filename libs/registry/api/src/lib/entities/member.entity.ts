import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Gender, Relation } from '../registry.enums';
import { HouseholdEntity, MANUAL_INDEX } from './household.entity';

/**
 * A member (家庭成员). The ID number and phone are kept encrypted (AES-256-GCM) with a keyed hash of the ID
 * number for lookup and uniqueness, and their masked forms precomputed; no model field ever carries them in clear.
 */
@Entity({ name: 'member' })
@Index('member_household_idx', ['householdId'])
@Index('member_county_region_idx', ['countyCode', 'regionCode'])
// partial (WHERE active) in the migration: an ID number belongs to one active member at most
@Index('member_id_number_hash_active_uq', ['idNumberHash'], { unique: true, where: '"active"' })
@Index('member_name_trgm_idx', ['name'], MANUAL_INDEX)
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'member_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  householdId!: string;

  @ManyToOne(() => HouseholdEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'member_household_fk' })
  household?: HouseholdEntity;

  /** The village (copied from the household for scoped queries). */
  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 12 })
  countyCode!: string;

  @Column({ type: 'varchar', length: 40 })
  name!: string;

  @Column({ type: 'enum', enum: Gender, enumName: 'member_gender' })
  gender!: Gender;

  @Column({ type: 'date', nullable: true })
  birthDate!: string | null;

  @Column({ type: 'enum', enum: Relation, enumName: 'member_relation' })
  relation!: Relation;

  /** iv (12 bytes) + GCM tag (16 bytes) + ciphertext. */
  @Column({ type: 'bytea' })
  idNumberCipher!: Buffer;

  /** HMAC-SHA256 (ID_HASH_KEY) of the normalized ID number, hex. */
  @Column({ type: 'char', length: 64 })
  idNumberHash!: string;

  @Column({ type: 'varchar', length: 18 })
  idNumberMasked!: string;

  @Column({ type: 'bytea', nullable: true })
  phoneCipher!: Buffer | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phoneMasked!: string | null;

  /** Counts in the family average (003). */
  @Column({ type: 'boolean', default: true })
  participating!: boolean;

  /** False once removed (moved away, deceased); kept for history. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  leftAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
