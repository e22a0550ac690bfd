import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChecklistCaseEntity } from '../cases/case.entity';

/**
 * A certificate (证明) issued from an approved case of a CERTIFICATE item. The serial is unique per village and
 * year (`<village>-<year>-<6-digit seq>`); a revoked certificate stays with its reason; a case holds at most one
 * certificate that is not revoked.
 */
@Entity({ name: 'checklist_certificate' })
@Index('checklist_certificate_serial_uq', ['serial'], { unique: true })
@Index('checklist_certificate_seq_uq', ['regionCode', 'year', 'seq'], { unique: true })
@Index('checklist_certificate_case_valid_uq', ['caseId'], { unique: true, where: '"revoked_at" IS NULL' })
@Check(
  'checklist_certificate_revoked_ck',
  `("revoked_at" IS NULL AND "revoked_by" IS NULL AND "revoke_reason" IS NULL) OR ("revoked_at" IS NOT NULL AND "revoked_by" IS NOT NULL AND btrim("revoke_reason") <> '')`,
)
@Check('checklist_certificate_seq_ck', `"seq" > 0`)
export class ChecklistCertificateEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'checklist_certificate_pkey' })
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  serial!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => ChecklistCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'checklist_certificate_case_fk' })
  case?: ChecklistCaseEntity;

  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 40 })
  itemCode!: string;

  @Column({ type: 'varchar', length: 200 })
  itemName!: string;

  @Column({ type: 'varchar', length: 100 })
  holderName!: string;

  @Column({ type: 'varchar', length: 500 })
  purpose!: string;

  @Column({ type: 'varchar', length: 1000 })
  basis!: string;

  @Column({ type: 'uuid' })
  issuedBy!: string;

  @Column({ type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedBy!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  revokeReason!: string | null;
}
