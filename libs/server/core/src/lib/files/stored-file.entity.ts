import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A file kept under DATA_DIR (never under the web root), visible only within its region. */
@Entity({ name: 'stored_file' })
@Index('stored_file_region_idx', ['regionCode'])
export class StoredFileEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_stored_file' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 100, name: 'content_type' })
  contentType!: string;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'varchar', length: 15, name: 'region_code' })
  regionCode!: string;

  @Column({ type: 'uuid', nullable: true, name: 'owner_id' })
  ownerId!: string | null;

  /** UPLOAD (from a user) or GENERATED (PDF, report, error sheet). */
  @Column({ type: 'varchar', length: 16 })
  kind!: 'UPLOAD' | 'GENERATED';

  @Column({ type: 'varchar', length: 200, name: 'storage_key' })
  storageKey!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
