import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FundEntryKindValue, FundSourceValue } from '../shop.enums';

/**
 * The funds ledger of a village (经费台账), append-only: town allocations, donations and collective income (> 0),
 * stock purchases and other spending (< 0, with the source they are charged to), corrections reversing an entry.
 */
@Entity({ name: 'fund_entry' })
@Check('fund_entry_amount_ck', `"amount_fen" <> 0`)
@Index('fund_entry_village_idx', ['villageCode', 'occurredOn'])
@Index('fund_entry_reversal_of_uq', ['reversalOf'], { unique: true })
@Index('fund_entry_key_uq', ['createdBy', 'clientKey'], { unique: true })
export class FundEntryEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'fund_entry_pkey' })
  id!: string;

  @Column({ type: 'varchar', length: 12 })
  villageCode!: string;

  @Column({ type: 'varchar', length: 12 })
  countyCode!: string;

  @Column({ type: 'enum', enum: FundEntryKindValue, enumName: 'fund_entry_kind' })
  kind!: FundEntryKindValue;

  /** Signed, in fen. */
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  amountFen!: number;

  /** Income: where it came from (its kind); spending: the source it is charged to. */
  @Column({ type: 'enum', enum: FundSourceValue, enumName: 'fund_source' })
  source!: FundSourceValue;

  @Column({ type: 'varchar', length: 200 })
  description!: string;

  /** A stock purchase: the stock-in it paid for. */
  @Column({ type: 'uuid', nullable: true })
  stockMovementId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  reversalOf!: string | null;

  @ManyToOne(() => FundEntryEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'reversal_of', foreignKeyConstraintName: 'fund_entry_reversal_of_fk' })
  reversed?: FundEntryEntity | null;

  @Column({ type: 'date' })
  occurredOn!: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
