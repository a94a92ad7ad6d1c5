import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, IsNull, Repository } from 'typeorm';
import { Actor, DomainError, recordAudit, Role } from '@chn/core';
import { ApiKeyEntity } from '../entities/api-key.entity';
import { MembershipsService } from '../memberships/memberships.service';

export const API_KEY_PREFIX = 'chn_';

const hashKey = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * Keys an employer's own systems use to call the API as that employer. The secret is shown
 * once; only its SHA-256 is kept (the secret is 240 random bits, so a slow hash adds nothing).
 */
@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>,
    private readonly memberships: MembershipsService,
  ) {}

  async create(actor: Actor, name: string): Promise<{ apiKey: ApiKeyEntity; secret: string }> {
    const employerId = this.ownEmployer(actor);
    if (actor.apiKeyId)
      throw DomainError.forbidden(
        'An API key cannot create API keys',
        'API_KEY_CANNOT_CREATE_KEYS',
      );
    await this.memberships.assertActive(employerId);
    const secret = API_KEY_PREFIX + randomBytes(30).toString('base64url');
    return this.db.transaction(async (manager) => {
      const apiKey = await manager.save(
        manager.create(ApiKeyEntity, {
          hubId: actor.hubId as string,
          employerId,
          name: name.trim(),
          prefix: secret.slice(0, 12),
          keyHash: hashKey(secret),
          createdBy: actor.userId,
          lastUsedAt: null,
          revokedAt: null,
        }),
      );
      await recordAudit(manager, actor, {
        hubId: apiKey.hubId,
        entityType: 'api_key',
        entityId: apiKey.id,
        action: 'created',
        changes: { name: apiKey.name, prefix: apiKey.prefix, employerId },
      });
      return { apiKey, secret };
    });
  }

  list(actor: Actor): Promise<ApiKeyEntity[]> {
    return this.keys.find({
      where: { employerId: this.ownEmployer(actor) },
      order: { createdAt: 'ASC' },
    });
  }

  async revoke(actor: Actor, id: string): Promise<ApiKeyEntity> {
    const employerId = this.ownEmployer(actor);
    return this.db.transaction(async (manager) => {
      const key = await manager.findOneBy(ApiKeyEntity, { id, employerId });
      if (!key) throw DomainError.notFound('API key', id);
      if (!key.revokedAt) {
        key.revokedAt = new Date();
        await manager.update(ApiKeyEntity, { id }, { revokedAt: key.revokedAt });
        await recordAudit(manager, actor, {
          hubId: key.hubId,
          entityType: 'api_key',
          entityId: key.id,
          action: 'revoked',
          changes: { name: key.name, prefix: key.prefix },
        });
      }
      return key;
    });
  }

  /**
   * The actor a presented key acts as, or null for an unknown or revoked key. A key of an
   * employer without an ACTIVE membership is refused (FORBIDDEN, `MEMBERSHIP_NOT_ACTIVE`): it
   * works again once a membership is approved.
   */
  async authenticate(secret: string): Promise<Actor | null> {
    if (!secret.startsWith(API_KEY_PREFIX)) return null;
    const key = await this.keys.findOneBy({ keyHash: hashKey(secret), revokedAt: IsNull() });
    if (!key) return null;
    await this.memberships.assertActive(key.employerId);
    // Record use at most once a minute, so a busy integration does not write on every request.
    await this.keys
      .createQueryBuilder()
      .update()
      .set({ lastUsedAt: () => 'now()' })
      .where("id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')", {
        id: key.id,
      })
      .execute();
    return {
      userId: key.createdBy,
      role: Role.EMPLOYER,
      hubId: key.hubId,
      employerId: key.employerId,
      apiKeyId: key.id,
    };
  }

  private ownEmployer(actor: Actor): string {
    if (actor.role !== Role.EMPLOYER || !actor.employerId) {
      throw DomainError.forbidden(
        'Only an employer’s contacts manage its API keys',
        'NOT_AN_EMPLOYER_CONTACT',
      );
    }
    return actor.employerId;
  }
}
