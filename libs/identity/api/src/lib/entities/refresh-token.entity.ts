import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * One opaque refresh token (only its sha256 is stored). Tokens of one sign-in share a family: each refresh marks the
 * presented token used and issues the next one in the family; presenting a used token revokes the whole family.
 */
@Entity({ name: 'refresh_token' })
@Index('refresh_token_hash_key', ['tokenHash'], { unique: true })
@Index('refresh_token_family_idx', ['familyId'])
@Index('refresh_token_user_idx', ['userId'])
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'refresh_token_pkey' })
  id!: string;

  @Column({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'refresh_token_user_fk' })
  user?: UserEntity;

  @Column({ type: 'uuid', name: 'family_id' })
  familyId!: string;

  /** Hex sha256 of the token the client holds. */
  @Column({ type: 'char', length: 64, name: 'token_hash' })
  tokenHash!: string;

  /** The user's region at issue time (every tenant row carries its region and county). */
  @Column({ type: 'varchar', length: 15, name: 'region_code' })
  regionCode!: string;

  @Column({ type: 'varchar', length: 12, name: 'county_code' })
  countyCode!: string;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', name: 'used_at', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 256, name: 'user_agent', nullable: true })
  userAgent!: string | null;
}
