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
import type { ChecklistItemContent } from '@xiangzhi/checklists/util';
import { ChecklistVersionStatus } from '../checklists.enums';

/**
 * A version of one list of a region: a town's template, or a village's list adapted from it. `items` is the whole
 * list as data (items with their flow charts). At most one version per region and list type is PUBLISHED.
 */
@Entity({ name: 'checklist_version' })
@Index('checklist_version_region_type_version_uq', ['regionCode', 'listType', 'version'], { unique: true })
@Index('checklist_version_published_uq', ['regionCode', 'listType'], {
  unique: true,
  where: `"status" = 'PUBLISHED'`,
})
@Index('checklist_version_status_idx', ['status', 'regionCode'])
export class ChecklistVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'checklist_version_pkey' })
  id!: string;

  /** A town (a template) or a village (its list). */
  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 12 })
  countyCode!: string;

  /** The list type code (checklist_list_type.code, e.g. CERTIFICATE). */
  @Column({ type: 'varchar', length: 40 })
  listType!: string;

  /** 1, 2, … per region and list type. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'enum', enum: ChecklistVersionStatus, enumName: 'checklist_version_status' })
  status!: ChecklistVersionStatus;

  /** The town template version a village list adapts (or the version a town draft copied). */
  @Column({ type: 'uuid', nullable: true })
  basedOnId!: string | null;

  @ManyToOne(() => ChecklistVersionEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'based_on_id', foreignKeyConstraintName: 'checklist_version_based_on_fk' })
  basedOn?: ChecklistVersionEntity | null;

  /** Why the list changes (变更理由). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  changeReason!: string | null;

  /** The law or policy behind the change (政策依据). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  legalBasis!: string | null;

  /** Why the town rejected it (or a note on approval). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  items!: ChecklistItemContent[];

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** When it went up on the wall (town templates: when published; village lists: when approved). */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
