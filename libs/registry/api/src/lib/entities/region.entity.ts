import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RegionLevelValue } from '../registry.enums';

/** A node of the region tree down to village level (12-digit statistical code; a subtree is a code prefix). */
@Entity({ name: 'region' })
@Index('region_parent_idx', ['parentCode', 'sort'])
export class RegionEntity {
  @PrimaryColumn({ type: 'varchar', length: 15, primaryKeyConstraintName: 'region_pkey' })
  code!: string;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'enum', enum: RegionLevelValue, enumName: 'region_level' })
  level!: RegionLevelValue;

  /** Null for the top of the stored tree (no foreign key: the tree may start below province level). */
  @Column({ type: 'varchar', length: 15, nullable: true })
  parentCode!: string | null;

  /** The county the node belongs to; null above county level. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  countyCode!: string | null;

  @Column({ type: 'integer', default: 0 })
  sort!: number;

  /** Villages only: the last card sequence handed out (card numbers are never reused). */
  @Column({ type: 'integer', default: 0 })
  lastCardSequence!: number;
}
