import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ChecklistInspectionTarget } from '../oversight.enums';

/**
 * An inspection (监督检查) of a village's list work by the village oversight committee, the town or the county: a list
 * (list type), one item of it (its code in the village's list), or one case. Its findings are rows of
 * checklist_finding; every step is in checklist_inspection_event.
 */
@Entity({ name: 'checklist_inspection' })
@Index('checklist_inspection_region_idx', ['regionCode', 'inspectedOn'])
@Index('checklist_inspection_key_uq', ['inspectorId', 'clientKey'], { unique: true })
@Check(
  'checklist_inspection_target_ck',
  `("target_kind" = 'LIST' AND "item_code" IS NULL AND "case_id" IS NULL) OR ("target_kind" = 'ITEM' AND "item_code" IS NOT NULL AND "case_id" IS NULL) OR ("target_kind" = 'CASE' AND "item_code" IS NOT NULL AND "case_id" IS NOT NULL)`,
)
export class ChecklistInspectionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'checklist_inspection_pkey' })
  id!: string;

  /** The village inspected. */
  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 12 })
  countyCode!: string;

  @Column({ type: 'enum', enum: ChecklistInspectionTarget, enumName: 'checklist_inspection_target' })
  targetKind!: ChecklistInspectionTarget;

  @Column({ type: 'varchar', length: 40 })
  listType!: string;

  /** ITEM and CASE targets: the item's code in the village's list. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  itemCode!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  itemName!: string | null;

  /** CASE targets: the case (checklist_case.id). */
  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  /** The version of the list in force when inspected (null when none was published). */
  @Column({ type: 'uuid', nullable: true })
  versionId!: string | null;

  /** What was inspected and how (检查情况). */
  @Column({ type: 'varchar', length: 2000 })
  summary!: string;

  @Column({ type: 'date' })
  inspectedOn!: string;

  @Column({ type: 'uuid' })
  inspectorId!: string;

  @Column({ type: 'varchar', length: 40 })
  inspectorRole!: string;

  @Column({ type: 'varchar', length: 64 })
  clientKey!: string;

  /** SHA-256 of the request (without the key): a replay with another request is refused. */
  @Column({ type: 'char', length: 64 })
  requestHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
