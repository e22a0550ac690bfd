import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ChecklistRequestKind } from './cases.enums';

/**
 * A request the negative-list gate refused (who, when, what, which item, why): written in its own transaction so
 * that it outlives the refused mutation, and append-only, for oversight and the town.
 */
@Entity({ name: 'checklist_gate_refusal' })
@Index('checklist_gate_refusal_region_idx', ['regionCode', 'requestedAt'])
export class ChecklistGateRefusalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'checklist_gate_refusal_pkey' })
  id!: string;

  /** The village the request reached. */
  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'uuid' })
  requestedBy!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  requestedAt!: Date;

  @Column({ type: 'enum', enum: ChecklistRequestKind, enumName: 'checklist_request_kind' })
  requestKind!: ChecklistRequestKind;

  @Column({ type: 'varchar', length: 1000 })
  requestText!: string;

  /** The department pushing a task, when one did. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  department!: string | null;

  /** The item the requester picked (opening a case), when one was picked. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  itemCode!: string | null;

  /** Why: CHECKLIST_DO_NOT_ISSUE, CHECKLIST_NEGATIVE_ITEM, CHECKLIST_TASK_NOT_LISTED, CHECKLIST_NOT_A_CERTIFICATE. */
  @Column({ type: 'varchar', length: 40 })
  refusalCode!: string;

  /** The do-not-issue entry (DNI-05) or NEGATIVE item (FM-001) matched; null when nothing listed matched. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  matchedCode!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  matchedName!: string | null;

  @Column({ type: 'varchar', length: 1000 })
  policyBasis!: string;
}

/** The national default of the do-not-issue list (a province's own rows override or extend it). */
export const NATIONAL_PROVINCE = '000000000000';

/**
 * The do-not-issue certificate list as data (民发〔2020〕20号 as the national default, seeded by the migration from
 * DO_NOT_ISSUE_CERTIFICATES). A province's row with the same code overrides a national one (`enabled = false`
 * switches it off); a new code adds one.
 */
@Entity({ name: 'checklist_do_not_issue' })
@Index('checklist_do_not_issue_province_code_uq', ['provinceCode', 'code'], { unique: true })
@Check('checklist_do_not_issue_json_ck', `jsonb_typeof("keywords") = 'array' AND jsonb_typeof("exceptions") = 'array'`)
export class ChecklistDoNotIssueEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'checklist_do_not_issue_pkey' })
  id!: string;

  @Column({ type: 'varchar', length: 12 })
  provinceCode!: string;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  keywords!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  exceptions!: string[];

  @Column({ type: 'varchar', length: 1000 })
  basis!: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  alternative!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ type: 'integer', default: 0 })
  displayOrder!: number;

  @Column({ type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
