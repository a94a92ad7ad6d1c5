import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import {
  Actor,
  conflictOnUniqueViolation,
  DomainError,
  isNationalAdmin,
  readableHubs,
  byIdLoader,
  LoaderRegistry,
  leanQuery,
} from '@chn/core';
import { HubEntity } from '../entities/hub.entity';
import { CreateHubInput } from '../graphql/hub.type';

const hubCodeTaken = (code: string) =>
  DomainError.conflict('HUB_CODE_TAKEN', `A hub with code ${code} already exists`);

@Injectable()
export class HubsService {
  constructor(@InjectRepository(HubEntity) private readonly hubs: Repository<HubEntity>) {}

  async create(actor: Actor, input: CreateHubInput): Promise<HubEntity> {
    if (!isNationalAdmin(actor)) {
      throw DomainError.forbidden(
        'Only a national administrator creates hubs',
        'NATIONAL_ADMIN_ONLY',
      );
    }
    return this.insert(input);
  }

  /** Creates a hub without an actor: for seeding and the CLI. */
  async insert(input: CreateHubInput): Promise<HubEntity> {
    if (await this.hubs.existsBy({ code: input.code })) throw hubCodeTaken(input.code);
    return this.hubs.save(this.hubs.create(input)).catch((error: unknown) => {
      throw conflictOnUniqueViolation({ uq_hubs_code: () => hubCodeTaken(input.code) })(error);
    });
  }

  /** The hubs the actor can see: all for a national administrator, else their own. */
  async list(actor: Actor): Promise<HubEntity[]> {
    const scope = readableHubs(actor);
    return this.hubs.find({ where: scope ? { id: In(scope) } : {}, order: { name: 'ASC' } });
  }

  async get(actor: Actor, id: string): Promise<HubEntity> {
    const scope = readableHubs(actor);
    const hub = await this.hubs.findOneBy({ id });
    if (!hub || (scope && !scope.includes(hub.id))) throw DomainError.notFound('hub', id);
    return hub;
  }

  /** Every hub, by name: what the public forms offer to choose from. */
  listAll(): Promise<HubEntity[]> {
    return this.hubs.find({ order: { name: 'ASC' } });
  }

  /** The hub a public form names by code; NOT_FOUND when there is none. */
  async requireByCode(code: string): Promise<HubEntity> {
    const hub = await this.findByCode(code.trim().toUpperCase());
    if (!hub) throw DomainError.notFound('hub', code);
    return hub;
  }

  async findByCode(code: string): Promise<HubEntity | null> {
    return this.hubs.findOneBy({ code });
  }

  /** The request's shared by-id loader of hubs. */
  loader(loaders: LoaderRegistry): DataLoader<string, HubEntity | null> {
    return byIdLoader(loaders, 'hubs.byId', (ids) => this.findByIds(ids));
  }

  async findByIds(ids: readonly string[]): Promise<HubEntity[]> {
    return leanQuery(this.hubs, 'h').andWhere('h.id = ANY(:ids)', { ids }).many();
  }
}
