import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, AppConfig, canReadHub, Clock, diff, DomainError, ErrorKind } from '@chn/core';
import { canActForEmployer } from '@chn/employers';
import { recordOpportunityAudit } from '../opportunity-audit';
import { lockManageableOpportunity } from '../opportunity-lock';
import { ComplianceDocumentEntity } from './compliance-document.entity';
import { RecordRiskAssessmentInput } from './graphql/compliance.inputs';
import { readPdfUpload } from './pdf-upload';
import { RiskAssessmentEntity } from './risk-assessment.entity';

/** A kept PDF with its bytes, for the download route. */
export type DocumentDownload = Pick<ComplianceDocumentEntity, 'fileName' | 'contentType'> & {
  content: Buffer;
};

/**
 * Risk assessments of opportunities at the employer's premises (`recordRiskAssessment`), as a
 * link or an uploaded PDF the service keeps in `compliance_documents`.
 */
@Injectable()
export class RiskAssessmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async record(actor: Actor, input: RecordRiskAssessmentInput): Promise<RiskAssessmentEntity> {
    const hasLink = !!input.link?.trim();
    const hasPdf = !!input.pdfBase64;
    if (hasLink === hasPdf) {
      throw DomainError.validation(
        'RISK_ASSESSMENT_EVIDENCE',
        'Give exactly one of a link to the risk assessment or its PDF',
        [{ field: hasLink ? 'pdfBase64' : 'link', messages: ['Give a link or a PDF, not both'] }],
      );
    }
    if (input.reviewedOn > this.clock.today()) {
      throw DomainError.validation('INVALID_INPUT', 'The review date is in the future', [
        { field: 'reviewedOn', messages: ['reviewedOn cannot be in the future'] },
      ]);
    }
    const pdf = hasPdf
      ? readPdfUpload(input.pdfBase64 ?? '', this.config.COMPLIANCE_DOCUMENT_MAX_BYTES, 'pdfBase64')
      : null;
    return this.db.transaction(async (manager) => {
      const opportunity = await lockManageableOpportunity(manager, actor, input.opportunityId);
      const existing = await manager.findOneBy(RiskAssessmentEntity, {
        opportunityId: opportunity.id,
      });
      let documentId: string | null = null;
      if (pdf) {
        const document = await manager.save(
          manager.create(ComplianceDocumentEntity, {
            hubId: opportunity.hubId,
            employerId: opportunity.employerId,
            fileName: input.fileName?.trim() || 'risk-assessment.pdf',
            contentType: 'application/pdf',
            sizeBytes: pdf.length,
            content: pdf,
            uploadedBy: actor.userId,
          }),
        );
        documentId = document.id;
      }
      const next = {
        reviewedOn: input.reviewedOn,
        reviewedBy: input.reviewedBy.trim(),
        link: hasLink ? (input.link ?? '').trim() : null,
        documentId,
      };
      await manager.upsert(
        RiskAssessmentEntity,
        {
          opportunityId: opportunity.id,
          hubId: opportunity.hubId,
          employerId: opportunity.employerId,
          ...next,
        },
        ['opportunityId'],
      );
      // The PDF it replaces is no longer any assessment's: it goes.
      if (existing?.documentId) {
        await manager.delete(ComplianceDocumentEntity, { id: existing.documentId });
      }
      const before = existing
        ? {
            reviewedOn: existing.reviewedOn,
            reviewedBy: existing.reviewedBy,
            link: existing.link,
            documentId: existing.documentId,
          }
        : { reviewedOn: null, reviewedBy: null, link: null, documentId: null };
      await recordOpportunityAudit(manager, actor, opportunity, 'risk_assessment_recorded', {
        riskAssessment: diff(before, next),
      });
      return manager.findOneByOrFail(RiskAssessmentEntity, { opportunityId: opportunity.id });
    });
  }

  /** The risk assessments of the opportunities named, in one query: for a DataLoader. */
  async byOpportunity(ids: readonly string[]): Promise<Map<string, RiskAssessmentEntity>> {
    const rows = await this.db
      .getRepository(RiskAssessmentEntity)
      .createQueryBuilder('r')
      .where('r.opportunity_id = ANY(:ids)', { ids })
      .getMany();
    return new Map(rows.map((row) => [row.opportunityId, row]));
  }

  /** The documents named (without their bytes), in one query: for a DataLoader. */
  documentsByIds(ids: readonly string[]): Promise<ComplianceDocumentEntity[]> {
    return this.db
      .getRepository(ComplianceDocumentEntity)
      .createQueryBuilder('d')
      .where('d.id = ANY(:ids)', { ids })
      .getMany();
  }

  /** A kept PDF with its bytes, for the employer it belongs to and the hub team. */
  async download(actor: Actor, id: string): Promise<DocumentDownload> {
    const document = await this.db
      .getRepository(ComplianceDocumentEntity)
      .createQueryBuilder('d')
      .addSelect('d.content')
      .where('d.id = :id', { id })
      .getOne();
    if (
      !document ||
      !canReadHub(actor, document.hubId) ||
      !canActForEmployer(actor, { id: document.employerId, hubId: document.hubId })
    ) {
      throw DomainError.notFound('compliance document', id);
    }
    if (document.content === null) {
      throw new DomainError(
        ErrorKind.NOT_FOUND,
        'DOCUMENT_PURGED',
        `The document ${document.fileName} was deleted at the end of its retention period`,
      );
    }
    return { ...document, content: document.content };
  }
}
