import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { RegionEntity } from './region.entity';

/** A grid (网格) of a village: 15-digit code = village code + 3 digits. */
@Entity({ name: 'grid' })
@Index('grid_county_village_idx', ['countyCode', 'villageCode'])
export class GridEntity {
  @PrimaryColumn({ type: 'varchar', length: 15, primaryKeyConstraintName: 'grid_pkey' })
  code!: string;

  @Column({ type: 'varchar', length: 12 })
  villageCode!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'village_code', foreignKeyConstraintName: 'grid_village_fk' })
  village?: RegionEntity;

  @Column({ type: 'varchar', length: 12 })
  countyCode!: string;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  leaderName!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
