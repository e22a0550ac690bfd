import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only record of every mutation (the database refuses UPDATE and DELETE on this table). */
@Entity({ name: 'audit_log' })
@Index('audit_log_region_at_idx', ['regionCode', 'at'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_audit_log' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'uuid', nullable: true, name: 'actor_id' })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 64, name: 'actor_name' })
  actorName!: string;

  @Column({ type: 'varchar', length: 32, name: 'actor_role', nullable: true })
  actorRole!: string | null;

  @Column({ type: 'varchar', length: 15, name: 'region_code' })
  regionCode!: string;

  @Column({ type: 'varchar', length: 80 })
  operation!: string;

  @Column({ type: 'varchar', length: 40, name: 'target_type', nullable: true })
  targetType!: string | null;

  @Column({ type: 'varchar', length: 64, name: 'target_id', nullable: true })
  targetId!: string | null;

  @Column({ type: 'jsonb' })
  summary!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 64, name: 'request_id' })
  requestId!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;
}
