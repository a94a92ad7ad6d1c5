import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import {
  Actor,
  Clock,
  ConnectionShape,
  DomainError,
  hubForWrite,
  paginate,
  readableHubs,
  recordEvent,
  Role,
  byIdLoader,
  LoaderRegistry,
  leanQuery,
} from '@chn/core';
import { EmployersService } from '@chn/employers';
import {
  ApplicantInvitations,
  HubsService,
  PublicFormThrottleService,
  UsersService,
} from '@chn/identity';
import { canSeeAdviser, scopeAdvisers } from './adviser-access';
import { auditable, auditAdviser } from './adviser-audit';
import { AdviserCommitments } from './adviser-commitments';
import {
  canChangeStatus,
  capacityShortfalls,
  cleanList,
  fieldsNotSelfEditable,
  lowersCapacity,
  REGISTRATION_STATUSES,
} from './adviser-rules';
import { AdviserStatus } from './entities/adviser-status.enum';
import { AdviserEntity } from './entities/adviser.entity';
import {
  AdvisersArgs,
  DeclineAdviserArgs,
  ExpressInterestAsAdviserInput,
  RegisterAdviserInput,
  UpdateAdviserInput,
} from './graphql/adviser.inputs';
import { asAdviserConflict } from './unique-violation';

/** What a new adviser is made of, once the caller's rights are settled. */
export type NewAdviser = Omit<RegisterAdviserInput, 'hubId'> & { email: string };

/** Fields that may be left out of an update but never cleared. */
const NOT_NULLABLE = [
  'name',
  'email',
  'sectors',
  'skills',
  'localAuthorityCodes',
  'maxOneToOne',
  'maxAgile',
  'status',
  'sendApExperience',
] as const;

@Injectable()
export class AdvisersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(AdviserEntity) private readonly advisers: Repository<AdviserEntity>,
    private readonly users: UsersService,
    private readonly hubs: HubsService,
    private readonly employers: EmployersService,
    private readonly commitments: AdviserCommitments,
    private readonly throttle: PublicFormThrottleService,
    private readonly invitations: ApplicantInvitations,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, args: AdvisersArgs): Promise<ConnectionShape<AdviserEntity>> {
    const filter = args.filter ?? {};
    const query = scopeAdvisers(
      this.advisers.createQueryBuilder('a'),
      actor,
      readableHubs(actor, filter.hubId),
    );
    if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
    if (filter.sector?.trim()) {
      query.andWhere('a.sectors @> ARRAY[:sector]::text[]', { sector: filter.sector.trim() });
    }
    if (filter.localAuthorityCode) {
      query.andWhere('a.local_authority_codes @> ARRAY[:la]::text[]', {
        la: filter.localAuthorityCode,
      });
    }
    if (filter.employerId) {
      query.andWhere('a.employer_id = :employerId', { employerId: filter.employerId });
    }
    if (filter.search?.trim()) {
      query.andWhere('(a.name ILIKE :pattern OR a.email ILIKE :pattern)', {
        pattern: `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    return paginate(query, args, {
      sortExpression: 'a.name',
      sortValue: (a) => a.name,
      idExpression: 'a.id',
      id: (a) => a.id,
    });
  }

  async get(actor: Actor, id: string): Promise<AdviserEntity> {
    const adviser = await this.advisers.findOneBy({ id });
    if (!adviser || !canSeeAdviser(actor, adviser)) throw DomainError.notFound('adviser', id);
    return adviser;
  }

  /** Hub staff register anyone; an ADVISER user registers themself and waits for approval. */
  async register(actor: Actor, input: RegisterAdviserInput): Promise<AdviserEntity> {
    if (actor.role === Role.ADVISER) return this.registerSelf(actor, input);
    const hubId = hubForWrite(actor, input.hubId);
    const status = input.status ?? AdviserStatus.ACTIVE;
    if (!REGISTRATION_STATUSES.includes(status)) {
      throw DomainError.validation('INVALID_INPUT', 'A new adviser is ACTIVE or PENDING', [
        { field: 'status', messages: ['status must be ACTIVE or PENDING'] },
      ]);
    }
    if (!input.email) {
      throw DomainError.validation('INVALID_INPUT', 'Invalid input: email is required', [
        { field: 'email', messages: ['email is required'] },
      ]);
    }
    if (!(await this.hubs.findByIds([hubId])).length) throw DomainError.notFound('hub', hubId);
    const { hubId: _, ...values } = input;
    return this.db.transaction((manager) =>
      this.create(manager, actor, hubId, { ...values, email: input.email!, status }),
    );
  }

  /**
   * A volunteer's expression of interest from the public form: a PENDING adviser hub staff
   * hear about. The answer is the same whether or not the address is known; a second
   * expression from an address the hub already holds changes nothing.
   */
  async expressInterest(
    input: ExpressInterestAsAdviserInput,
    address: string | undefined,
  ): Promise<void> {
    await this.throttle.consume(address);
    const hub = await this.hubs.requireByCode(input.hubCode);
    const email = input.email.trim().toLowerCase();
    const employer = input.employerName?.trim();
    await this.db
      .transaction(async (manager) => {
        if (await manager.existsBy(AdviserEntity, { hubId: hub.id, email, erasedAt: IsNull() })) {
          return;
        }
        const adviser = await this.create(manager, null, hub.id, {
          name: input.name,
          email,
          phone: input.phone ?? null,
          sectors: input.sectors,
          localAuthorityCodes: input.localAuthorityCodes,
          availabilityNote: employer
            ? `${input.availabilityNote.trim()}\nEmployer: ${employer}`
            : input.availabilityNote.trim(),
          status: AdviserStatus.PENDING,
        });
        await recordEvent(manager, null, {
          type: 'adviser.registered',
          hubId: hub.id,
          aggregateType: 'adviser',
          aggregateId: adviser.id,
          payload: { adviserId: adviser.id, selfRegistered: true },
        });
      })
      .catch((error: unknown) => {
        // A concurrent expression from the same address won the race: the same answer.
        if ((error as { code?: string }).code === '23505') return;
        throw error;
      });
  }

  /** Creates an adviser without an actor: for seeding and the command line. */
  insert(hubId: string, values: NewAdviser): Promise<AdviserEntity> {
    return this.db.transaction((manager) => this.create(manager, null, hubId, values));
  }

  async approve(actor: Actor, id: string): Promise<AdviserEntity> {
    return this.db.transaction(async (manager) => {
      const adviser = await this.lockForChange(manager, actor, id);
      if (adviser.status !== AdviserStatus.PENDING) {
        throw DomainError.conflict(
          'ADVISER_NOT_PENDING',
          `Only a PENDING adviser can be approved; this one is ${adviser.status}`,
        );
      }
      const before = auditable(adviser);
      adviser.status = AdviserStatus.ACTIVE;
      const saved = await manager.save(adviser);
      await auditAdviser(manager, actor, saved, 'approved', before);
      await recordEvent(manager, actor, {
        type: 'adviser.approved',
        hubId: saved.hubId,
        aggregateType: 'adviser',
        aggregateId: saved.id,
        payload: { adviserId: saved.id, userId: saved.userId },
      });
      if (!saved.userId && saved.email) {
        const userId = await this.invitations.invite(manager, actor, {
          hubId: saved.hubId,
          role: Role.ADVISER,
          email: saved.email,
          name: saved.name,
          adviserId: saved.id,
        });
        const linked = userId
          ? await manager.findOneBy(AdviserEntity, { userId })
          : { id: saved.id };
        if (userId && !linked) {
          saved.userId = userId;
          await manager.save(saved);
        }
      }
      return saved;
    });
  }

  /** Declines a volunteer with a reason: PENDING becomes LEFT, and nobody is invited. */
  async decline(actor: Actor, args: DeclineAdviserArgs): Promise<AdviserEntity> {
    return this.db.transaction(async (manager) => {
      const adviser = await this.lockForChange(manager, actor, args.id);
      if (adviser.status !== AdviserStatus.PENDING) {
        throw DomainError.conflict(
          'ADVISER_NOT_PENDING',
          `Only a PENDING adviser can be declined; this one is ${adviser.status}`,
        );
      }
      const before = auditable(adviser);
      Object.assign(adviser, {
        status: AdviserStatus.LEFT,
        leftOn: this.clock.today(),
        declineReason: args.reason,
        declineNote: args.note?.trim() || null,
      });
      const saved = await manager.save(adviser);
      await auditAdviser(manager, actor, saved, 'declined', before);
      await recordEvent(manager, actor, {
        type: 'adviser.declined',
        hubId: saved.hubId,
        aggregateType: 'adviser',
        aggregateId: saved.id,
        payload: { adviserId: saved.id, reason: args.reason },
      });
      return saved;
    });
  }

  async update(actor: Actor, id: string, input: UpdateAdviserInput): Promise<AdviserEntity> {
    if (actor.role === Role.ADVISER) {
      const restricted = fieldsNotSelfEditable(input);
      if (restricted.length) throw restrictedFields(restricted);
    }
    const cleared = NOT_NULLABLE.filter((field) => input[field] === null);
    if (cleared.length) {
      throw DomainError.validation(
        'INVALID_INPUT',
        `Invalid input: ${cleared.join(', ')} cannot be cleared`,
        cleared.map((field) => ({ field, messages: [`${field} cannot be null`] })),
      );
    }
    return this.db.transaction(async (manager) => {
      const adviser = await this.lockForChange(manager, actor, id);
      if (input.status && !canChangeStatus(adviser.status, input.status)) {
        throw DomainError.conflict(
          'ADVISER_STATUS_CHANGE',
          adviser.status === AdviserStatus.PENDING && input.status === AdviserStatus.ACTIVE
            ? 'Approve a PENDING adviser with approveAdviser'
            : `An adviser cannot go from ${adviser.status} to ${input.status}`,
        );
      }
      if (lowersCapacity(adviser, input))
        await this.assertCapacityAboveOpen(manager, adviser, input);
      if (input.employerId) await this.assertEmployer(adviser.hubId, input.employerId);
      if (input.userId) await this.assertAccount(manager, adviser.hubId, input.userId, adviser.id);
      const email = input.email?.trim().toLowerCase();
      if (email && email !== adviser.email) {
        await this.assertEmailFree(manager, adviser.hubId, email);
      }
      const before = auditable(adviser);
      Object.assign(adviser, normalise({ ...input, email }));
      if (input.status && input.status !== before.status) {
        adviser.leftOn = input.status === AdviserStatus.LEFT ? this.clock.today() : null;
      }
      const saved = await manager.save(adviser).catch((error: unknown) => {
        throw asAdviserConflict(error);
      });
      await auditAdviser(manager, actor, saved, 'updated', before);
      return saved;
    });
  }

  /** The request's shared by-id loader of advisers. */
  loader(loaders: LoaderRegistry): DataLoader<string, AdviserEntity | null> {
    return byIdLoader(loaders, 'advisers.byId', (ids) => this.findByIds(ids));
  }

  /** Advisers by id, any hub: for DataLoaders, after the caller has scoped the parent rows. */
  findByIds(ids: readonly string[]): Promise<AdviserEntity[]> {
    return leanQuery(this.advisers, 'a').andWhere('a.id = ANY(:ids)', { ids }).many();
  }

  /** The adviser record of a sign-in, if it has one. */
  async idForUser(userId: string): Promise<string | null> {
    const adviser = await this.advisers.findOne({ select: { id: true }, where: { userId } });
    return adviser?.id ?? null;
  }

  /** ACTIVE, not erased advisers whose employer is in each sector group, by group id, in name order. */
  async activeInSectorGroups(groupIds: readonly string[]): Promise<Map<string, AdviserEntity[]>> {
    const pairs: { group_id: string; adviser_id: string }[] = await this.db.query(
      `SELECT m.sector_group_id AS group_id, a.id AS adviser_id
         FROM sector_group_members m
         JOIN advisers a ON a.employer_id = m.employer_id
        WHERE m.sector_group_id = ANY($1) AND a.status = $2 AND a.erased_at IS NULL
        ORDER BY a.name, a.id`,
      [groupIds, AdviserStatus.ACTIVE],
    );
    const advisers = new Map(
      (await this.findByIds([...new Set(pairs.map((p) => p.adviser_id))])).map((a) => [a.id, a]),
    );
    const byGroup = new Map<string, AdviserEntity[]>();
    for (const { group_id, adviser_id } of pairs) {
      byGroup.set(group_id, [...(byGroup.get(group_id) ?? []), advisers.get(adviser_id)!]);
    }
    return byGroup;
  }

  /**
   * The adviser, locked for the rest of the transaction, if the actor may change it: the hub
   * team in their hub, or the adviser themself. Others' rows are NOT_FOUND; erased rows CONFLICT.
   */
  async lockForChange(manager: EntityManager, actor: Actor, id: string): Promise<AdviserEntity> {
    const adviser = await manager.findOne(AdviserEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!adviser || !canSeeAdviser(actor, adviser) || actor.role === Role.EMPLOYER) {
      throw DomainError.notFound('adviser', id);
    }
    if (actor.role !== Role.ADVISER) hubForWrite(actor, adviser.hubId);
    if (adviser.erasedAt) {
      throw DomainError.conflict('ADVISER_ERASED', 'This adviser’s personal data was erased');
    }
    return adviser;
  }

  private async registerSelf(actor: Actor, input: RegisterAdviserInput): Promise<AdviserEntity> {
    const { status: _status, email: _email, ...rest } = input;
    const restricted = fieldsNotSelfEditable(rest);
    if (restricted.length) throw restrictedFields(restricted);
    if (actor.adviserId) {
      throw DomainError.conflict('ADVISER_ALREADY_REGISTERED', 'You are already registered');
    }
    const hubId = hubForWrite(actor);
    const user = await this.users.findById(actor.userId);
    if (!user) throw DomainError.unauthenticated('This account no longer exists', 'INVALID_TOKEN');
    return this.db.transaction(async (manager) => {
      const adviser = await this.create(manager, actor, hubId, {
        ...rest,
        email: user.email,
        status: AdviserStatus.PENDING,
        userId: user.id,
      });
      await recordEvent(manager, actor, {
        type: 'adviser.registered',
        hubId,
        aggregateType: 'adviser',
        aggregateId: adviser.id,
        payload: { adviserId: adviser.id, selfRegistered: true },
      });
      return adviser;
    });
  }

  private async create(
    manager: EntityManager,
    actor: Actor | null,
    hubId: string,
    values: NewAdviser,
  ): Promise<AdviserEntity> {
    const email = values.email.trim().toLowerCase();
    await this.assertEmailFree(manager, hubId, email);
    if (values.employerId) await this.assertEmployer(hubId, values.employerId);
    if (values.userId) await this.assertAccount(manager, hubId, values.userId, null);
    const adviser = manager.create(AdviserEntity, {
      hubId,
      sectors: [],
      skills: [],
      localAuthorityCodes: [],
      status: AdviserStatus.ACTIVE,
      ...normalise({ ...values, email }),
      erasedAt: null,
    });
    const saved = await manager.save(adviser).catch((error: unknown) => {
      throw asAdviserConflict(error);
    });
    await auditAdviser(manager, actor, saved, 'created', {});
    return saved;
  }

  /** As places on an opportunity: capacity cannot go below the matches already held. */
  private async assertCapacityAboveOpen(
    manager: EntityManager,
    adviser: AdviserEntity,
    input: UpdateAdviserInput,
  ) {
    const open = await this.commitments.openMatches(manager, adviser.id);
    const [shortfall] = capacityShortfalls(adviser, input, open);
    if (shortfall) {
      throw DomainError.conflict(
        'CAPACITY_BELOW_OPEN_MATCHES',
        `The adviser holds ${shortfall.open} proposed or active ${shortfall.kind} matches: ${shortfall.field} cannot go below that`,
      );
    }
  }

  private async assertEmailFree(manager: EntityManager, hubId: string, email: string) {
    if (await manager.existsBy(AdviserEntity, { hubId, email, erasedAt: IsNull() })) {
      throw DomainError.conflict(
        'ADVISER_EMAIL_TAKEN',
        `An adviser of this hub already has the email ${email}`,
      );
    }
  }

  private async assertEmployer(hubId: string, employerId: string) {
    if (!(await this.employers.findInHub(hubId, employerId))) {
      throw DomainError.validation('UNKNOWN_EMPLOYER', 'employerId is not an employer of the hub', [
        { field: 'employerId', messages: ['not an employer of this hub'] },
      ]);
    }
  }

  /** A sign-in may become an adviser's when it is an ADVISER user of the hub with no other record. */
  private async assertAccount(
    manager: EntityManager,
    hubId: string,
    userId: string,
    adviserId: string | null,
  ) {
    const user = await this.users.findById(userId);
    if (!user || user.hubId !== hubId || user.role !== Role.ADVISER) {
      throw DomainError.validation(
        'NOT_AN_ADVISER_ACCOUNT',
        'userId must be an ADVISER user of the same hub',
        [{ field: 'userId', messages: ['not an ADVISER user of this hub'] }],
      );
    }
    const holder = await manager.findOne(AdviserEntity, {
      select: { id: true },
      where: { userId },
    });
    if (holder && holder.id !== adviserId) {
      throw DomainError.conflict(
        'ADVISER_ACCOUNT_TAKEN',
        'This sign-in already belongs to an adviser',
      );
    }
  }
}

function restrictedFields(fields: string[]): DomainError {
  return DomainError.forbidden(
    `Only hub staff can set ${fields.join(', ')}`,
    'ADVISER_FIELD_RESTRICTED',
  );
}

/** Input values as stored: lists cleaned, free text trimmed, blanks as null; omitted fields left out. */
function normalise(input: Partial<NewAdviser>): Partial<AdviserEntity> {
  const values: Partial<AdviserEntity> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || key === 'hubId') continue;
    (values as Record<string, unknown>)[key] = value;
  }
  for (const key of ['sectors', 'skills'] as const) {
    if (values[key]) values[key] = cleanList(values[key]);
  }
  if (values.localAuthorityCodes) {
    values.localAuthorityCodes = [...new Set(values.localAuthorityCodes)];
  }
  if (values.name) values.name = values.name.trim().replace(/\s+/g, ' ');
  for (const key of ['phone', 'jobTitle', 'availabilityNote'] as const) {
    if (typeof values[key] === 'string') values[key] = values[key].trim() || null;
  }
  if (values.phone) values.phone = values.phone.replace(/\s+/g, ' ');
  return values;
}
