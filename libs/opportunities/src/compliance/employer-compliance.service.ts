import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, Clock, diff, DomainError, readableHubs, recordAudit } from '@chn/core';
import { EmployersService } from '@chn/employers';
import { employerActedFor } from '../employer-for';
import { EmployerComplianceEntity } from './employer-compliance.entity';
import { RecordEmployerComplianceInput } from './graphql/compliance.inputs';

const FIELDS = [
  'insurer',
  'policyNumber',
  'coverAmountPounds',
  'insuranceExpiresOn',
  'safeguardingReviewedOn',
  'dataProtectionStatement',
] as const;

type ComplianceFields = Pick<EmployerComplianceEntity, (typeof FIELDS)[number]>;

const fieldsOf = (record: ComplianceFields): ComplianceFields =>
  Object.fromEntries(FIELDS.map((field) => [field, record[field]])) as ComplianceFields;

const NOTHING_RECORDED: ComplianceFields = Object.fromEntries(
  FIELDS.map((field) => [field, null]),
) as ComplianceFields;

/** An employer's compliance record as the API shows it: empty fields when none is kept yet. */
export type ComplianceView = ComplianceFields & {
  employerId: string;
  hubId: string;
  updatedAt: Date | null;
};

/**
 * Employers' compliance records (`employerCompliance`, `recordEmployerCompliance`): employer
 * contacts read and record their own, the hub team any employer's of the hub.
 */
@Injectable()
export class EmployerComplianceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly employers: EmployersService,
    private readonly clock: Clock,
  ) {}

  async get(actor: Actor, employerId: string | null | undefined): Promise<ComplianceView> {
    const employer = await employerActedFor(this.employers, actor, employerId);
    const record = await this.db.manager.findOneBy(EmployerComplianceEntity, {
      employerId: employer.id,
    });
    return (
      record ?? {
        ...NOTHING_RECORDED,
        employerId: employer.id,
        hubId: employer.hubId,
        updatedAt: null,
      }
    );
  }

  /** Records the fields given (null clears one), audited; the same values again change nothing. */
  async record(actor: Actor, input: RecordEmployerComplianceInput): Promise<ComplianceView> {
    const employer = await employerActedFor(this.employers, actor, input.employerId);
    if (input.safeguardingReviewedOn && input.safeguardingReviewedOn > this.clock.today()) {
      throw DomainError.validation('INVALID_INPUT', 'The safeguarding review is in the future', [
        {
          field: 'safeguardingReviewedOn',
          messages: ['safeguardingReviewedOn cannot be in the future'],
        },
      ]);
    }
    return this.db.transaction(async (manager) => {
      const existing = await manager
        .createQueryBuilder(EmployerComplianceEntity, 'c')
        .where('c.employer_id = :id', { id: employer.id })
        .setLock('pessimistic_write')
        .getOne();
      const before = existing ? fieldsOf(existing) : NOTHING_RECORDED;
      const after: ComplianceFields = { ...before };
      for (const field of FIELDS) {
        const value = input[field];
        if (value === undefined) continue;
        (after as Record<string, unknown>)[field] =
          typeof value === 'string' ? value.trim() : value;
      }
      const changes = diff(before, after);
      if (Object.keys(changes).length > 0) {
        await manager.upsert(
          EmployerComplianceEntity,
          { employerId: employer.id, hubId: employer.hubId, ...after },
          ['employerId'],
        );
        await recordAudit(manager, actor, {
          hubId: employer.hubId,
          entityType: 'employer',
          entityId: employer.id,
          action: 'compliance_recorded',
          changes,
        });
      }
      return manager.findOneByOrFail(EmployerComplianceEntity, { employerId: employer.id });
    });
  }

  /**
   * The hub's employers whose insurance runs out within `withinDays` of today (or has run out),
   * soonest first: for the hub team.
   */
  async coverEndingSoon(
    actor: Actor,
    hubId: string | null | undefined,
    withinDays: number,
  ): Promise<EmployerComplianceEntity[]> {
    const scope = readableHubs(actor, hubId);
    const query = this.db
      .getRepository(EmployerComplianceEntity)
      .createQueryBuilder('c')
      .where('c.insurance_expires_on <= (:today::date + :withinDays::int)', {
        today: this.clock.today(),
        withinDays,
      })
      .orderBy('c.insurance_expires_on', 'ASC')
      .addOrderBy('c.employer_id', 'ASC');
    if (scope) query.andWhere('c.hub_id = ANY(:scope)', { scope });
    return query.getMany();
  }
}
