import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { EmployerEntity } from '@chn/employers';
import { HubEntity } from '@chn/identity';

/** A PDF an employer uploaded (a risk assessment), kept by the service; its bytes load on demand. */
@Entity('compliance_documents')
@Check('ck_compliance_documents_size', 'size_bytes > 0 AND size_bytes = octet_length(content)')
export class ComplianceDocumentEntity extends BaseEntity {
  @Column({ name: 'hub_id', type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id', foreignKeyConstraintName: 'fk_compliance_documents_hub' })
  hub?: HubEntity;

  @Index('ix_compliance_documents_employer_id')
  @Column({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'fk_compliance_documents_employer' })
  employer?: EmployerEntity;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes: number;

  /** Null once the retention purge deleted it (`COMPLIANCE_DOCUMENT_RETENTION_DAYS`). */
  @Column({ type: 'bytea', select: false, nullable: true })
  content: Buffer | null;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy: string | null;
}
