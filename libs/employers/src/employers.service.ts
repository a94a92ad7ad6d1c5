import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import {
  Actor,
  canReadHub,
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
} from '@chn/core';
import { UserEntity, UsersService } from '@chn/identity';
import { canActForEmployer } from './employer-access';
import { asEmployerNetworkConflict } from './unique-violation';
import { EmployerContactEntity } from './entities/employer-contact.entity';
import { EmployerEntity } from './entities/employer.entity';
import {
  CreateEmployerInput,
  EmployerContactArgs,
  EmployersArgs,
  UpdateEmployerInput,
} from './graphql/employer.inputs';

/** The employer's current membership status: its open membership, else its most recent one. */
const CURRENT_MEMBERSHIP_STATUS = `(SELECT m.status FROM employer_memberships m WHERE m.employer_id = e.id
  ORDER BY (m.status IN ('PENDING', 'ACTIVE')) DESC, m.applied_at DESC LIMIT 1)`;

const normalise = <T extends UpdateEmployerInput>(input: T): T => ({
  ...input,
  ...(input.companiesHouseNumber
    ? { companiesHouseNumber: input.companiesHouseNumber.toUpperCase() }
    : {}),
  ...(input.postcode ? { postcode: input.postcode.toUpperCase() } : {}),
});

@Injectable()
export class EmployersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(EmployerEntity) private readonly employers: Repository<EmployerEntity>,
    @InjectRepository(EmployerContactEntity)
    private readonly contacts: Repository<EmployerContactEntity>,
    private readonly users: UsersService,
  ) {}

  list(actor: Actor, args: EmployersArgs): Promise<ConnectionShape<EmployerEntity>> {
    const filter = args.filter ?? {};
    const scope = readableHubs(actor, filter.hubId);
    const query = this.employers.createQueryBuilder('e');
    whereInHubs(query, 'e.hub_id', scope);
    if (filter.search?.trim()) {
      query.andWhere('e.name ILIKE :pattern', {
        pattern: `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    if (filter.sector)
      query.andWhere('lower(e.sector) = lower(:sector)', { sector: filter.sector });
    if (filter.sectorGroupId) {
      query.andWhere(
        'e.id IN (SELECT sgm.employer_id FROM sector_group_members sgm WHERE sgm.sector_group_id = :group)',
        { group: filter.sectorGroupId },
      );
    }
    if (filter.membershipStatus) {
      query.andWhere(`${CURRENT_MEMBERSHIP_STATUS} = :membershipStatus`, {
        membershipStatus: filter.membershipStatus,
      });
    }
    return paginate(query, args, {
      sortExpression: 'e.name',
      sortValue: (e) => e.name,
      idExpression: 'e.id',
      id: (e) => e.id,
    });
  }

  async get(actor: Actor, id: string): Promise<EmployerEntity> {
    const employer = await this.employers.findOneBy({ id });
    if (!employer || !canReadHub(actor, employer.hubId)) throw DomainError.notFound('employer', id);
    return employer;
  }

  async create(actor: Actor, input: CreateEmployerInput): Promise<EmployerEntity> {
    const hubId = hubForWrite(actor, input.hubId);
    const { hubId: _ignored, ...fields } = normalise(input);
    await this.assertCompanyNumberFree(hubId, fields.companiesHouseNumber);
    return this.db
      .transaction(async (manager) => {
        const employer = await manager.save(manager.create(EmployerEntity, { ...fields, hubId }));
        await recordAudit(manager, actor, {
          hubId,
          entityType: 'employer',
          entityId: employer.id,
          action: 'created',
          changes: { ...fields },
        });
        return employer;
      })
      .catch((error: unknown) => {
        throw asEmployerNetworkConflict(error);
      });
  }

  async update(actor: Actor, id: string, input: UpdateEmployerInput): Promise<EmployerEntity> {
    const before = await this.assertCanActFor(actor, id);
    const changes = Object.fromEntries(
      Object.entries(normalise(input)).filter(([, value]) => value !== undefined),
    ) as Partial<EmployerEntity>;
    const cleared = (['name', 'sector', 'sizeBand'] as const).filter((f) => changes[f] === null);
    if (cleared.length) {
      throw DomainError.validation(
        'REQUIRED_FIELD_CLEARED',
        'name, sector and sizeBand cannot be cleared',
        cleared.map((field) => ({ field, messages: [`${field} cannot be cleared`] })),
      );
    }
    if (
      changes.companiesHouseNumber &&
      changes.companiesHouseNumber !== before.companiesHouseNumber
    ) {
      await this.assertCompanyNumberFree(before.hubId, changes.companiesHouseNumber);
    }
    return this.db
      .transaction(async (manager) => {
        await manager.update(EmployerEntity, { id }, changes);
        const after = await manager.findOneByOrFail(EmployerEntity, { id });
        await recordAudit(manager, actor, {
          hubId: after.hubId,
          entityType: 'employer',
          entityId: id,
          action: 'updated',
          changes: diff({ ...before }, { ...changes }),
        });
        return after;
      })
      .catch((error: unknown) => {
        throw asEmployerNetworkConflict(error);
      });
  }

  /**
   * The employer, when the actor may act for it: the hub team of its hub, or one of its own
   * contacts (or their API keys). Another hub's employer is not found.
   */
  async assertCanActFor(actor: Actor, employerId: string): Promise<EmployerEntity> {
    const employer = await this.get(actor, employerId);
    if (canActForEmployer(actor, employer)) return employer;
    throw DomainError.forbidden(
      'Only the employer’s own contacts or hub staff can do this',
      'NOT_YOUR_EMPLOYER',
    );
  }

  async addContact(actor: Actor, args: EmployerContactArgs): Promise<EmployerEntity> {
    const employer = await this.get(actor, args.employerId);
    hubForWrite(actor, employer.hubId);
    const user = await this.users.findById(args.userId);
    if (!user || user.hubId !== employer.hubId || user.role !== Role.EMPLOYER) {
      throw DomainError.validation(
        'NOT_AN_EMPLOYER_USER',
        'userId must be an EMPLOYER user of the same hub',
        [{ field: 'userId', messages: ['not an EMPLOYER user of this hub'] }],
      );
    }
    await this.db.transaction(async (manager) => {
      // The user id is the key, so a concurrent second employer for the same user loses here.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(EmployerContactEntity)
        .values({ userId: user.id, employerId: employer.id })
        .orIgnore()
        .returning(['user_id'])
        .execute();
      if (inserted.raw.length === 0) {
        const existing = await manager.findOneByOrFail(EmployerContactEntity, { userId: user.id });
        if (existing.employerId === employer.id) return;
        throw DomainError.conflict(
          'CONTACT_OF_ANOTHER_EMPLOYER',
          'This user is already a contact of another employer',
        );
      }
      await recordAudit(manager, actor, {
        hubId: employer.hubId,
        entityType: 'employer',
        entityId: employer.id,
        action: 'contact_added',
        changes: { userId: user.id },
      });
    });
    return employer;
  }

  /** The employer an EMPLOYER user acts for, or null. */
  async employerIdOfUser(userId: string): Promise<string | null> {
    const contact = await this.contacts.findOneBy({ userId });
    return contact?.employerId ?? null;
  }

  async contactsByEmployerIds(ids: readonly string[]): Promise<Map<string, UserEntity[]>> {
    const rows = await this.contacts.find({
      where: { employerId: In([...ids]) },
      relations: { user: true },
    });
    const byEmployer = new Map<string, UserEntity[]>(ids.map((id) => [id, []]));
    for (const row of rows) if (row.user) byEmployer.get(row.employerId)?.push(row.user);
    return byEmployer;
  }

  /** The request's shared by-id loader of employers. */
  loader(loaders: LoaderRegistry): DataLoader<string, EmployerEntity | null> {
    return byIdLoader(loaders, 'employers.byId', (ids) => this.findByIds(ids));
  }

  /** Employers by id, any hub: for DataLoaders, after the caller has scoped the parent rows. */
  findByIds(ids: readonly string[]): Promise<EmployerEntity[]> {
    return leanQuery(this.employers, 'e').andWhere('e.id = ANY(:ids)', { ids }).many();
  }

  /** One employer of a hub, or null. */
  findInHub(hubId: string, id: string): Promise<EmployerEntity | null> {
    return this.employers.findOneBy({ hubId, id });
  }

  private async assertCompanyNumberFree(hubId: string, number: string | null | undefined) {
    if (number && (await this.employers.existsBy({ hubId, companiesHouseNumber: number }))) {
      throw DomainError.conflict(
        'COMPANY_NUMBER_TAKEN',
        `Companies House number ${number} is already in this hub`,
      );
    }
  }
}
