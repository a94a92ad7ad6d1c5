import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  AuditEntryEntity,
  DomainError,
  eraseAuditFields,
  mentionsOf,
  recordAudit,
  redactMentions,
  Role,
} from '@chn/core';
import { eraseAccount, UserEntity } from '@chn/identity';
import { canSeeAdviser } from '../adviser-access';
import { ADVISER_ENTITY_TYPE, auditAdviser } from '../adviser-audit';
import { PERSONAL_FIELDS } from '../adviser-rules';
import { AdvisersService } from '../advisers.service';
import { AdviserStatus } from '../entities/adviser-status.enum';
import { AdviserEntity } from '../entities/adviser.entity';
import { AdviserDataExtensions } from './adviser-data-extensions.service';
import { adviserDataSubject } from './adviser-data-subject';

export const ERASED_NAME = 'Erased adviser';

/** An adviser's rights over their personal data: a copy of everything held, and erasure. */
@Injectable()
export class AdviserDataService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly advisers: AdvisersService,
    private readonly extensions: AdviserDataExtensions,
  ) {}

  /**
   * Everything held about an adviser, as one JSON document: for a hub admin or the adviser. The
   * export itself goes into the adviser's audit trail (who asked, and when).
   */
  async export(actor: Actor, adviserId: string): Promise<string> {
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      const adviser = await manager.findOneBy(AdviserEntity, { id: adviserId });
      const allowed =
        adviser &&
        canSeeAdviser(actor, adviser) &&
        (actor.role === Role.HUB_ADMIN || actor.role === Role.ADVISER);
      if (!allowed) throw DomainError.notFound('adviser', adviserId);
      const account = await this.accountOf(manager, adviser);
      const subject = await adviserDataSubject(manager, adviser, account);
      const auditTrail = await manager.find(AuditEntryEntity, {
        where: { entityType: ADVISER_ENTITY_TYPE, entityId: adviser.id },
        order: { at: 'ASC', id: 'ASC' },
      });
      const sections: Record<string, unknown> = {};
      for (const section of this.extensions.sections) {
        sections[section.name] = await section.export(manager, subject);
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
      await recordAudit(manager, actor, {
        hubId: adviser.hubId,
        entityType: ADVISER_ENTITY_TYPE,
        entityId: adviser.id,
        action: 'exported',
        changes: { sections: Object.keys(document).filter((key) => key !== 'exportedAt') },
      });
      return JSON.stringify(document, null, 2);
    });
  }

  /**
   * Erases an adviser's personal data wherever it is held, in one transaction: their record
   * (the anonymous row stays, status LEFT, so history and counts stay true), their audit
   * entries, the events about them, their sign-in, and each registered section's data.
   */
  async erase(actor: Actor, adviserId: string): Promise<AdviserEntity> {
    return this.db.transaction(async (manager) => {
      const adviser = await this.advisers.lockForChange(manager, actor, adviserId);
      const subject = await adviserDataSubject(
        manager,
        adviser,
        await this.accountOf(manager, adviser),
      );
      const erased = {
        ...subject,
        mentions: mentionsOf([...subject.names, ...subject.emails], ERASED_NAME),
      };
      const before = { status: adviser.status, erasedAt: null };
      Object.assign(adviser, {
        name: ERASED_NAME,
        email: null,
        phone: null,
        jobTitle: null,
        availabilityNote: null,
        declineNote: null,
        userId: null,
        status: AdviserStatus.LEFT,
        erasedAt: new Date(),
      });
      const saved = await manager.save(adviser);
      await eraseAuditFields(manager, ADVISER_ENTITY_TYPE, saved.id, PERSONAL_FIELDS);
      if (erased.mentions) {
        await redactMentions(manager, erased.mentions, {
          table: 'domain_events',
          json: ['payload'],
          where: `aggregate_id::text = $3 OR payload ->> 'adviserId' = $3`,
          params: [saved.id],
        });
      }
      for (const section of this.extensions.sections) await section.erase?.(manager, erased);
      await eraseAccount(manager, actor, erased);
      await auditAdviser(manager, actor, saved, 'erased', before, {
        status: saved.status,
        erasedAt: saved.erasedAt?.toISOString(),
      });
      return saved;
    });
  }

  private accountOf(manager: EntityManager, adviser: AdviserEntity): Promise<UserEntity | null> {
    return adviser.userId
      ? manager.findOneBy(UserEntity, { id: adviser.userId })
      : Promise.resolve(null);
  }
}
