import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ChecklistListKind } from '../checklists.enums';

/** The county code of list types enabled for every county (the four lists of seed 002, seeded by the migration). */
export const ALL_COUNTIES = '000000000000';

/**
 * A list type (清单类型) enabled for a county. Rows of ALL_COUNTIES apply everywhere; a county's own row with the same
 * code overrides one (names, order, or `enabled = false` to switch it off) and a new code adds a list (e.g.
 * 小微权力清单), so the number of lists is data (REFERENCE-DATA.md §2).
 */
@Entity({ name: 'checklist_list_type' })
@Index('checklist_list_type_county_code_uq', ['countyCode', 'code'], { unique: true })
export class ChecklistListTypeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'checklist_list_type_pkey' })
  id!: string;

  @Column({ type: 'varchar', length: 12 })
  countyCode!: string;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 50 })
  nameZh!: string;

  @Column({ type: 'varchar', length: 100 })
  nameEn!: string;

  @Column({ type: 'integer' })
  displayOrder!: number;

  @Column({ type: 'enum', enum: ChecklistListKind, enumName: 'checklist_list_kind' })
  kind!: ChecklistListKind;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
