import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, AuditEntryEntity, DomainError, Role } from '@chn/core';
import { UsersService } from '@chn/identity';
import { canSeeAdviser } from '../adviser-access';
import { ADVISER_ENTITY_TYPE, auditAdviser } from '../adviser-audit';
import { PERSONAL_FIELDS } from '../adviser-rules';
import { AdvisersService } from '../advisers.service';
import { AdviserStatus } from '../entities/adviser-status.enum';
import { AdviserEntity } from '../entities/adviser.entity';
import { AdviserDataExtensions } from './adviser-data-extensions.service';

export const ERASED_NAME = 'Erased adviser';

/** An adviser's rights over their personal data: a copy of everything held, and erasure. */
@Injectable()
export class AdviserDataService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly advisers: AdvisersService,
    private readonly users: UsersService,
    private readonly extensions: AdviserDataExtensions,
  ) {}

  /** Everything held about an adviser, as one JSON document: for a hub admin or the adviser. */
  async export(actor: Actor, adviserId: string): Promise<string> {
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      const adviser = await manager.findOneBy(AdviserEntity, { id: adviserId });
      const allowed =
        adviser &&
        canSeeAdviser(actor, adviser) &&
        (actor.role === Role.HUB_ADMIN || actor.role === Role.ADVISER);
      if (!allowed) throw DomainError.notFound('adviser', adviserId);
      const account = adviser.userId ? await this.users.findById(adviser.userId) : null;
      const auditTrail = await manager.find(AuditEntryEntity, {
        where: { entityType: ADVISER_ENTITY_TYPE, entityId: adviser.id },
        order: { at: 'ASC', id: 'ASC' },
      });
      const sections: Record<string, unknown> = {};
      for (const section of this.extensions.sections) {
        sections[section.name] = await section.export(manager, adviser.id);
      }
      const document = {
        exportedAt: new Date().toISOString(),
        adviser,
        account: account && {
          email: account.email,
          name: account.name,
          role: account.role,
          createdAt: account.createdAt,
          lastLoginAt: account.lastLoginAt,
        },
        auditTrail: auditTrail.map(({ id, at, action, actorRole, changes }) => ({
          id,
          at,
          action,
          actorRole,
          changes,
        })),
        ...sections,
      };
      return JSON.stringify(document, null, 2);
    });
  }

  /**
   * Blanks an adviser's personal data, here and in their audit entries, in one transaction. The
   * anonymous row stays (status LEFT) so history and counts stay true.
   */
  async erase(actor: Actor, adviserId: string): Promise<AdviserEntity> {
    return this.db.transaction(async (manager) => {
      const adviser = await this.advisers.lockForChange(manager, actor, adviserId);
      const before = { status: adviser.status, erasedAt: null };
      Object.assign(adviser, {
        name: ERASED_NAME,
        email: null,
        phone: null,
        jobTitle: null,
        availabilityNote: null,
        userId: null,
        status: AdviserStatus.LEFT,
        erasedAt: new Date(),
      });
      const saved = await manager.save(adviser);
      await manager.query(
        `UPDATE audit_log SET changes = (
           SELECT coalesce(jsonb_object_agg(key,
                    CASE WHEN key = ANY($3) THEN '"erased"'::jsonb ELSE value END), '{}'::jsonb)
             FROM jsonb_each(changes))
          WHERE entity_type = $1 AND entity_id = $2`,
        [ADVISER_ENTITY_TYPE, saved.id, PERSONAL_FIELDS],
      );
      for (const section of this.extensions.sections) await section.erase?.(manager, saved.id);
      await auditAdviser(manager, actor, saved, 'erased', before, {
        status: saved.status,
        erasedAt: saved.erasedAt?.toISOString(),
      });
      return saved;
    });
  }
}
