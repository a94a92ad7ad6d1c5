import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, diff, DomainError, hubForWrite, HUB_TEAM, recordAudit, Role } from '@chn/core';
import { InstitutionsService } from '@chn/institutions';
import { SupportNeedsEntity } from '../entities/support-needs.entity';
import { SupportNeedsInput } from './support-needs.type';

const auditable = (needs: Partial<SupportNeedsEntity> | null): Record<string, unknown> => ({
  sectors: needs?.sectors ?? [],
  priorityBenchmarks: needs?.priorityBenchmarks ?? [],
  needsSendApExperience: needs?.needsSendApExperience ?? false,
  preferredMatchType: needs?.preferredMatchType ?? null,
  notes: needs?.notes ?? null,
});

@Injectable()
export class SupportNeedsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly institutions: InstitutionsService,
  ) {}

  /** Hub staff, or the institution's own careers leader, replace its support needs. */
  async set(
    actor: Actor,
    institutionId: string,
    input: SupportNeedsInput,
  ): Promise<SupportNeedsEntity> {
    const institution = await this.institutions.get(actor, institutionId);
    if (HUB_TEAM.includes(actor.role)) {
      hubForWrite(actor, institution.hubId);
    } else if (actor.role !== Role.CAREERS_LEADER || institution.careersLeaderId !== actor.userId) {
      throw DomainError.notFound('institution', institutionId);
    }
    const values = {
      sectors: [...new Set(input.sectors.map((s) => s.trim()).filter(Boolean))],
      priorityBenchmarks: [...new Set(input.priorityBenchmarks)].sort((a, b) => a - b),
      needsSendApExperience: input.needsSendApExperience,
      preferredMatchType: input.preferredMatchType ?? null,
      notes: input.notes?.trim() || null,
    };
    return this.db.transaction(async (manager) => {
      const before = await manager.findOne(SupportNeedsEntity, {
        where: { institutionId },
        lock: { mode: 'pessimistic_write' },
      });
      const saved = await manager.save(
        manager.create(SupportNeedsEntity, {
          ...before,
          ...values,
          institutionId,
          hubId: institution.hubId,
          updatedBy: actor.userId,
        }),
      );
      await recordAudit(manager, actor, {
        hubId: institution.hubId,
        entityType: 'support_needs',
        entityId: institutionId,
        action: before ? 'updated' : 'created',
        changes: diff(auditable(before), auditable(saved)),
      });
      return saved;
    });
  }

  /** Support needs by institution id, any hub: for DataLoaders, after the caller scoped the parents. */
  findByInstitutionIds(ids: readonly string[]): Promise<SupportNeedsEntity[]> {
    return this.db
      .getRepository(SupportNeedsEntity)
      .createQueryBuilder('n')
      .where('n.institution_id = ANY(:ids)', { ids })
      .getMany();
  }
}
