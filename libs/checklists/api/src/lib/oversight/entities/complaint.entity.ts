import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ChecklistComplaintStatus } from '../oversight.enums';

/**
 * A resident's complaint (投诉) about a village's list work, filed on the portal without signing in. The contact is
 * kept encrypted (AES-256-GCM, as members' phones) and shown to staff masked only; public answers never carry it.
 */
@Entity({ name: 'checklist_complaint' })
@Index('checklist_complaint_number_uq', ['number'], { unique: true })
@Index('checklist_complaint_key_uq', ['clientKey'], { unique: true })
@Index('checklist_complaint_region_idx', ['regionCode', 'submittedAt'])
@Check('checklist_complaint_contact_ck', `("contact_cipher" IS NULL) = ("contact_masked" IS NULL)`)
@Check('checklist_complaint_reply_ck', `"status" <> 'REPLIED' OR "reply" IS NOT NULL`)
@Check('checklist_complaint_closed_ck', `("status" = 'CLOSED') = ("closed_at" IS NOT NULL)`)
export class ChecklistComplaintEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'checklist_complaint_pkey' })
  id!: string;

  /** The number the resident quotes, e.g. TS20261204-K7M3QX (not guessable). */
  @Column({ type: 'varchar', length: 20 })
  number!: string;

  /** The village complained about. */
  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 12 })
  countyCode!: string;

  @Column({ type: 'varchar', length: 60 })
  subject!: string;

  @Column({ type: 'varchar', length: 2000 })
  text!: string;

  @Column({ type: 'bytea', nullable: true })
  contactCipher!: Buffer | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  contactMasked!: string | null;

  @Column({ type: 'enum', enum: ChecklistComplaintStatus, enumName: 'checklist_complaint_status' })
  status!: ChecklistComplaintStatus;

  /** The reply the resident sees (the latest). */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  reply!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  repliedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  handledBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** The portal's idempotency key (a retry returns the same number). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  clientKey!: string | null;

  @Column({ type: 'char', length: 64 })
  requestHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt!: Date;
}
