import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  Actor,
  canReadHub,
  conflictOnUniqueViolation,
  Clock,
  ConnectionShape,
  diff,
  DomainError,
  hubForWrite,
  paginate,
  readableHubs,
  recordAudit,
  Role,
  byIdLoader,
  LoaderRegistry,
  whereInHubs,
  leanQuery,
  PageOptions,
} from '@chn/core';
import { UsersService } from '@chn/identity';
import { InstitutionEntity } from './entities/institution.entity';
import {
  CreateInstitutionInput,
  InstitutionsArgs,
  SetInstitutionHubStatusArgs,
  UpdateInstitutionInput,
} from './graphql/institution.type';

const urnTaken = (urn: string) =>
  DomainError.conflict('INSTITUTION_URN_TAKEN', `URN ${urn} is already in this hub`);

@Injectable()
export class InstitutionsService {
  constructor(
    @InjectRepository(InstitutionEntity)
    private readonly institutions: Repository<InstitutionEntity>,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  async list(
    actor: Actor,
    args: InstitutionsArgs,
    options?: PageOptions,
  ): Promise<ConnectionShape<InstitutionEntity>> {
    const filter = args.filter ?? {};
    const scope = readableHubs(actor, filter.hubId);
    const query = leanQuery(this.institutions, 'i');
    whereInHubs(query, 'i.hub_id', scope);
    if (filter.search?.trim()) {
      const search = filter.search.trim();
      query.andWhere('(i.name ILIKE :pattern OR i.urn = :search)', {
        pattern: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
        search,
      });
    }
    if (filter.types?.length) query.andWhere('i.type = ANY(:types)', { types: filter.types });
    if (filter.laCode) query.andWhere('i.la_code = :laCode', { laCode: filter.laCode });
    if (filter.inHub !== undefined && filter.inHub !== null) {
      query.andWhere(filter.inHub ? 'i.in_hub_since IS NOT NULL' : 'i.in_hub_since IS NULL');
    }
    if (filter.eligible !== undefined && filter.eligible !== null) {
      query.andWhere('i.eligible = :eligible', { eligible: filter.eligible });
    }
    return paginate(
      query,
      args,
      {
        sortExpression: 'i.name',
        sortValue: (i) => i.name,
        idExpression: 'i.id',
        id: (i) => i.id,
      },
      options,
    );
  }

  async get(actor: Actor, id: string): Promise<InstitutionEntity> {
    const institution = await leanQuery(this.institutions, 'i')
      .andWhere('i.id = :id', { id })
      .one();
    if (!institution || !canReadHub(actor, institution.hubId)) {
      throw DomainError.notFound('institution', id);
    }
    return institution;
  }

  /** The institution naming the actor as its careers leader, within the actor's own hub. */
  async ledBy(actor: Actor): Promise<InstitutionEntity | null> {
    if (!actor.hubId) return null;
    return this.institutions.findOne({
      where: { careersLeaderId: actor.userId, hubId: actor.hubId },
      order: { name: 'ASC' },
    });
  }

  async create(actor: Actor, input: CreateInstitutionInput): Promise<InstitutionEntity> {
    const hubId = hubForWrite(actor, input.hubId);
    if (await this.institutions.existsBy({ hubId, urn: input.urn })) throw urnTaken(input.urn);
    await this.assertCareersLeader(hubId, input.careersLeaderId);
    const institution = this.institutions.create({
      hubId,
      urn: input.urn,
      name: input.name.trim(),
      type: input.type,
      typeInferred: false,
      ukprn: input.ukprn ?? null,
      phase: input.phase ?? null,
      laCode: input.laCode ?? null,
      laName: input.laName ?? null,
      postcode: input.postcode?.toUpperCase() ?? null,
      town: input.town ?? null,
      pupils: input.pupils ?? null,
      fsmPercent: input.fsmPercent ?? null,
      eligible: input.eligible ?? true,
      inHubSince: input.inHubSince ?? null,
      compassPlus: input.compassPlus ?? false,
      careersLeaderId: input.careersLeaderId ?? null,
    });
    return this.institutions.save(institution).catch((error: unknown) => {
      throw conflictOnUniqueViolation({ uq_institutions_hub_urn: () => urnTaken(input.urn) })(
        error,
      );
    });
  }

  async update(
    actor: Actor,
    id: string,
    input: UpdateInstitutionInput,
  ): Promise<InstitutionEntity> {
    const institution = await this.get(actor, id);
    hubForWrite(actor, institution.hubId);
    if (input.careersLeaderId !== undefined) {
      await this.assertCareersLeader(institution.hubId, input.careersLeaderId);
    }
    const changes: Partial<InstitutionEntity> = {};
    for (const [key, value] of Object.entries(input) as [keyof UpdateInstitutionInput, unknown][]) {
      if (value !== undefined) (changes as Record<string, unknown>)[key] = value;
    }
    if (changes.name === null) {
      throw DomainError.validation('INVALID_INPUT', 'name cannot be cleared', [
        { field: 'name', messages: ['name cannot be null'] },
      ]);
    }
    if (input.type) changes.typeInferred = false;
    if (typeof changes.postcode === 'string') changes.postcode = changes.postcode.toUpperCase();
    await this.institutions.update({ id }, changes);
    return this.get(actor, id);
  }

  /**
   * A careers leader's correction of their own institution's pupils on roll: only that figure,
   * audited with its old and new value. Another institution is refused with NOT_YOUR_INSTITUTION.
   */
  async correctPupilNumbers(actor: Actor, id: string, pupils: number): Promise<InstitutionEntity> {
    await this.institutions.manager.transaction(async (manager) => {
      const locked = await manager.findOne(InstitutionEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!locked || !canReadHub(actor, locked.hubId))
        throw DomainError.notFound('institution', id);
      if (locked.careersLeaderId !== actor.userId) {
        throw DomainError.forbidden(
          'Only the institution’s own careers leader may correct its pupil numbers',
          'NOT_YOUR_INSTITUTION',
        );
      }
      const changes = diff({ pupils: locked.pupils }, { pupils });
      if (Object.keys(changes).length === 0) return;
      await manager.update(InstitutionEntity, { id }, { pupils });
      await recordAudit(manager, actor, {
        hubId: locked.hubId,
        entityType: 'institution',
        entityId: id,
        action: 'pupils_corrected',
        changes,
      });
    });
    return this.get(actor, id);
  }

  async setHubStatus(actor: Actor, args: SetInstitutionHubStatusArgs): Promise<InstitutionEntity> {
    const institution = await this.get(actor, args.id);
    hubForWrite(actor, institution.hubId);
    if (args.inHub && !args.eligible) {
      throw DomainError.validation(
        'INELIGIBLE_IN_HUB',
        'An institution that is not eligible cannot be in the hub',
        [{ field: 'inHub', messages: ['must be false when eligible is false'] }],
      );
    }
    await this.institutions.manager.transaction(async (manager) => {
      const locked = await manager.findOneOrFail(InstitutionEntity, {
        where: { id: args.id },
        lock: { mode: 'pessimistic_write' },
      });
      const status = {
        eligible: args.eligible,
        inHubSince: args.inHub ? (args.since ?? locked.inHubSince ?? this.clock.today()) : null,
      };
      const changes = diff({ eligible: locked.eligible, inHubSince: locked.inHubSince }, status);
      if (Object.keys(changes).length === 0) return;
      await manager.update(InstitutionEntity, { id: args.id }, status);
      await recordAudit(manager, actor, {
        hubId: locked.hubId,
        entityType: 'institution',
        entityId: locked.id,
        action: 'hub_status_changed',
        changes,
      });
    });
    return this.get(actor, args.id);
  }

  /** The request's shared by-id loader of institutions. */
  loader(loaders: LoaderRegistry): DataLoader<string, InstitutionEntity | null> {
    return byIdLoader(loaders, 'institutions.byId', (ids) => this.findByIds(ids));
  }

  findByIds(ids: readonly string[]): Promise<InstitutionEntity[]> {
    return leanQuery(this.institutions, 'i').andWhere('i.id = ANY(:ids)', { ids }).many();
  }

  private async assertCareersLeader(hubId: string, userId: string | null | undefined) {
    if (!userId) return;
    const user = await this.users.findById(userId);
    if (!user || user.hubId !== hubId || user.role !== Role.CAREERS_LEADER) {
      throw DomainError.validation(
        'NOT_A_CAREERS_LEADER',
        'careersLeaderId must be a CAREERS_LEADER user of the same hub',
        [{ field: 'careersLeaderId', messages: ['not a careers leader of this hub'] }],
      );
    }
  }
}
