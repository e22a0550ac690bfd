import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '@xiangzhi/server/core';

/** A staff account, bound to one node of the region tree (grid workers: a village and some of its grids). */
@Entity({ name: 'app_user' })
@Index('app_user_username_key', ['username'], { unique: true })
@Index('app_user_county_region_idx', ['countyCode', 'regionCode'])
@Check('app_user_username_lower_check', `"username" = lower("username")`)
@Check(
  'app_user_role_check',
  `"role" IN ('SYSTEM_ADMIN', 'COUNTY_SUPERVISOR', 'TOWN_SUPERVISOR', 'VILLAGE_ADMIN', 'VILLAGE_REVIEWER', 'OVERSIGHT', 'GRID_WORKER', 'SHOP_OPERATOR')`,
)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'app_user_pkey' })
  id!: string;

  /** Always lower case; unique. */
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ type: 'varchar', length: 64, name: 'display_name' })
  displayName!: string;

  /** argon2id PHC string. */
  @Column({ type: 'varchar', length: 255, name: 'password_hash' })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 32 })
  role!: Role;

  @Column({ type: 'varchar', length: 15, name: 'region_code' })
  regionCode!: string;

  /** countyCodeOf(regionCode): '' above county level. */
  @Column({ type: 'varchar', length: 12, name: 'county_code' })
  countyCode!: string;

  /** The grids of a GRID_WORKER (15-digit codes under its village); empty for every other role. */
  @Column({ type: 'text', array: true, name: 'grid_codes', default: () => "'{}'" })
  gridCodes!: string[];

  /** Stored as given, only ever returned masked. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'integer', name: 'failed_logins', default: 0 })
  failedLogins!: number;

  @Column({ type: 'timestamptz', name: 'locked_until', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz', name: 'password_changed_at', default: () => 'now()' })
  passwordChangedAt!: Date;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy!: string | null;
}
