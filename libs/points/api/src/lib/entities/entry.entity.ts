import { Column, Entity, Index, IndexOptions, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { HouseholdEntity, MemberEntity } from '@xiangzhi/registry/api';
import { EntryChannel, ItemKindValue, ReversalSource } from '../points.enums';
import { PointsSchemeVersionEntity } from './scheme-version.entity';

/** An index written by hand in the migration (operator class): the schema sync leaves it alone. */
export const MANUAL_INDEX = { synchronize: false } as IndexOptions;

/**
 * THE LEDGER (积分台账): one row per recorded entry, append-only (the database refuses UPDATE, DELETE and
 * TRUNCATE). `points` is signed (NEGATIVE and VETO items take points away). A correction is a new row with
 * `reversalOf` set and the opposite points; where an entry stands lives in `points_entry_state`.
 */
@Entity({ name: 'points_entry' })
@Index('points_entry_household_idx', ['householdId', 'occurredOn'])
@Index('points_entry_village_idx', ['villageCode', 'occurredOn'])
@Index('points_entry_scope_idx', ['scopeCode'], MANUAL_INDEX)
@Index('points_entry_reversal_of_uq', ['reversalOf'], { unique: true })
@Index('points_entry_idempotency_uq', ['recordedBy', 'idempotencyKey'], { unique: true })
export class PointsEntryEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'points_entry_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  householdId!: string;

  @ManyToOne(() => HouseholdEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'points_entry_household_fk' })
  household?: HouseholdEntity;

  /** The member, for INDIVIDUAL items. */
  @Column({ type: 'uuid', nullable: true })
  memberId!: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'points_entry_member_fk' })
  member?: MemberEntity | null;

  @Column({ type: 'varchar', length: 12 })
  villageCode!: string;

  /** The household's scope code when recorded (grid or village): region scoping of every entry query. */
  @Column({ type: 'varchar', length: 15 })
  scopeCode!: string;

  @Column({ type: 'uuid' })
  schemeVersionId!: string;

  @ManyToOne(() => PointsSchemeVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scheme_version_id', foreignKeyConstraintName: 'points_entry_scheme_version_fk' })
  schemeVersion?: PointsSchemeVersionEntity;

  /** The item as it stood in the scheme version (copied: the ledger never depends on a later edit). */
  @Column({ type: 'varchar', length: 32 })
  itemCode!: string;

  @Column({ type: 'enum', enum: ItemKindValue, enumName: 'points_item_kind' })
  itemKind!: ItemKindValue;

  @Column({ type: 'varchar', length: 200 })
  itemName!: string;

  @Column({ type: 'varchar', length: 200 })
  publicWording!: string;

  /** Signed points. */
  @Column({ type: 'integer' })
  points!: number;

  @Column({ type: 'date' })
  occurredOn!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  place!: string | null;

  @Column({ type: 'varchar', length: 1000 })
  description!: string;

  @Column({ type: 'enum', enum: EntryChannel, enumName: 'points_entry_channel' })
  channel!: EntryChannel;

  /** Stored files (photos, documents) uploaded through POST /api/files. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  evidenceFileIds!: string[];

  /** A resident's own declaration, recorded by staff. */
  @Column({ type: 'boolean', default: false })
  declaredByResident!: boolean;

  /** The entry this one reverses (at most one reversal per entry). */
  @Column({ type: 'uuid', nullable: true })
  reversalOf!: string | null;

  @ManyToOne(() => PointsEntryEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'reversal_of', foreignKeyConstraintName: 'points_entry_reversal_of_fk' })
  reversed?: PointsEntryEntity | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reversalReason!: string | null;

  @Column({ type: 'enum', enum: ReversalSource, enumName: 'points_reversal_source', nullable: true })
  reversalSource!: ReversalSource | null;

  /** What the reversal answers (an objection's id), if anything. */
  @Column({ type: 'uuid', nullable: true })
  reversalRef!: string | null;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  /** The client's key (R3); bulk calls store `<key>#<index>`. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  idempotencyKey!: string | null;
}
