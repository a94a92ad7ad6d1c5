import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import {
  Actor,
  canReadHub,
  conflictOnUniqueViolation,
  ConnectionShape,
  DomainError,
  hubForWrite,
  isNationalAdmin,
  paginate,
  readableHubs,
  Role,
  byIdLoader,
  LoaderRegistry,
  whereInHubs,
  leanQuery,
} from '@chn/core';
import { HubEntity } from '../entities/hub.entity';
import { UserEntity } from '../entities/user.entity';
import { CreateUserInput, UsersArgs } from '../graphql/user.type';
import { PasswordHasher } from './password-hasher';
import { auditUser } from './user-audit';

const emailTaken = (email: string) =>
  DomainError.conflict('EMAIL_TAKEN', `An account with email ${email} already exists`);

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(HubEntity) private readonly hubs: Repository<HubEntity>,
    private readonly passwords: PasswordHasher,
  ) {}

  async create(actor: Actor, input: CreateUserInput): Promise<UserEntity> {
    const hubId = await this.hubForNewUser(actor, input);
    const user = await this.insert({ ...input, hubId });
    await auditUser(this.users.manager, actor, user, 'created');
    return user;
  }

  /**
   * The hub a user the actor creates belongs to: the hub admin's own; the one a national
   * administrator names, or none for another national administrator.
   */
  async hubForNewUser(
    actor: Actor,
    input: { role: Role; hubId?: string | null },
  ): Promise<string | null> {
    const wantsNationalAdmin =
      input.role === Role.HUB_ADMIN && !input.hubId && isNationalAdmin(actor);
    const hubId = wantsNationalAdmin ? null : hubForWrite(actor, input.hubId);
    if (hubId && !(await this.hubs.existsBy({ id: hubId }))) {
      throw DomainError.notFound('hub', hubId);
    }
    return hubId;
  }

  /**
   * Creates a user without an actor: for bootstrap, seeding, the CLI and invitations (no
   * password until the invited user chooses one).
   */
  async insert(
    input: {
      email: string;
      name: string;
      role: Role;
      password: string | null;
      hubId: string | null;
    },
    manager: EntityManager = this.users.manager,
  ): Promise<UserEntity> {
    const users = manager.getRepository(UserEntity);
    const email = input.email.trim().toLowerCase();
    if (await users.existsBy({ email })) throw emailTaken(email);
    if (input.hubId === null && input.role !== Role.HUB_ADMIN) {
      throw DomainError.validation('HUB_REQUIRED', 'Only a HUB_ADMIN can belong to no hub', [
        { field: 'hubId', messages: ['required for this role'] },
      ]);
    }
    const user = users.create({
      email,
      name: input.name.trim(),
      role: input.role,
      hubId: input.hubId,
      passwordHash: input.password === null ? null : await this.passwords.hash(input.password),
      lastLoginAt: null,
      deactivatedAt: null,
    });
    return users.save(user).catch((error: unknown) => {
      throw conflictOnUniqueViolation({ uq_users_email: () => emailTaken(email) })(error);
    });
  }

  async list(actor: Actor, args: UsersArgs): Promise<ConnectionShape<UserEntity>> {
    const scope = readableHubs(actor, args.hubId);
    const query = this.users.createQueryBuilder('u');
    whereInHubs(query, 'u.hub_id', scope);
    if (args.role) query.andWhere('u.role = :role', { role: args.role });
    return paginate(query, args, {
      sortExpression: 'u.email',
      sortValue: (u) => u.email,
      idExpression: 'u.id',
      id: (u) => u.id,
    });
  }

  async get(actor: Actor, id: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id });
    const visible =
      user &&
      (user.id === actor.userId ||
        (user.hubId ? canReadHub(actor, user.hubId) : isNationalAdmin(actor)));
    if (!visible) throw DomainError.notFound('user', id);
    return user;
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: email.trim().toLowerCase() });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** The user as it stands now, read outside any transaction: for authenticating a request. */
  current(id: string): Promise<UserEntity | null> {
    return leanQuery(this.users, 'u').andWhere('u.id = :id', { id }).one();
  }

  /** The request's shared by-id loader of users. */
  loader(loaders: LoaderRegistry): DataLoader<string, UserEntity | null> {
    return byIdLoader(loaders, 'users.byId', (ids) => this.findByIds(ids));
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return leanQuery(this.users, 'u').andWhere('u.id = ANY(:ids)', { ids }).many();
  }

  async markSignedIn(id: string): Promise<Date> {
    const now = new Date();
    await this.users.update({ id }, { lastLoginAt: now });
    return now;
  }

  /** Whether any national administrator (a HUB_ADMIN of no hub) exists. */
  nationalAdminExists(): Promise<boolean> {
    return this.users.existsBy({ role: Role.HUB_ADMIN, hubId: IsNull() });
  }
}
