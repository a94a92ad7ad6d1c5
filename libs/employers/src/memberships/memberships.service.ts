import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import {
  Actor,
  Clock,
  ConnectionShape,
  DomainError,
  EventsOf,
  hubForWrite,
  paginate,
  readableHubs,
  recordAudit,
  recordEvent,
  whereInHubs,
} from '@chn/core';
import { MembershipStatus } from '../entities/employer.enums';
import { MembershipEntity } from '../entities/membership.entity';
import { EmployersService } from '../employers.service';
import {
  ApplyForMembershipInput,
  ApproveMembershipArgs,
  DeclineMembershipArgs,
  MembershipsArgs,
  RenewMembershipArgs,
} from '../graphql/employer.inputs';
import { asEmployerNetworkConflict } from '../unique-violation';
import {
  defaultRenewal,
  MembershipAction,
  nextMembershipStatus,
  renewalBase,
} from './membership-transitions';

/**
 * Runs inside the transaction that lapses or withdraws a membership, after the change: lets
 * another context (opportunities) react in the same transaction without employers depending on it.
 */
export type MembershipEndedListener = (
  manager: EntityManager,
  actor: Actor,
  membership: MembershipEntity,
) => Promise<void>;

/** What each step of a membership's life records: its audit action and its domain event. */
const RECORDED: Record<
  MembershipAction | 'apply',
  { action: string; event: EventsOf<'membership'> }
> = {
  apply: { action: 'applied', event: 'membership.applied' },
  approve: { action: 'approved', event: 'membership.approved' },
  renew: { action: 'renewed', event: 'membership.renewed' },
  lapse: { action: 'lapsed', event: 'membership.lapsed' },
  withdraw: { action: 'withdrawn', event: 'membership.withdrawn' },
  decline: { action: 'declined', event: 'membership.withdrawn' },
};

/** Fields a transition sets, worked out from the locked membership as it was. */
type TransitionFields =
  Partial<MembershipEntity> | ((membership: MembershipEntity) => Partial<MembershipEntity>);

@Injectable()
export class MembershipsService {
  private readonly endedListeners: MembershipEndedListener[] = [];
  private readonly approvedListeners: MembershipEndedListener[] = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    private readonly employers: EmployersService,
    private readonly clock: Clock,
  ) {}

  /** Registers a listener for memberships that lapse or are withdrawn; modules call it at start. */
  onMembershipEnded(listener: MembershipEndedListener): void {
    this.endedListeners.push(listener);
  }

  /** Registers a listener for approved memberships, run in the approving transaction. */
  onMembershipApproved(listener: MembershipEndedListener): void {
    this.approvedListeners.push(listener);
  }

  /**
   * Refuses (FORBIDDEN, `MEMBERSHIP_NOT_ACTIVE`) unless the employer holds an ACTIVE membership of
   * its hub's network: whoever acts for it, the employer or hub staff. Given a transaction's
   * manager, the membership row stays share-locked until it commits, so the membership cannot
   * lapse half-way through the caller's change.
   */
  async assertActive(employerId: string, manager: EntityManager = this.db.manager): Promise<void> {
    const rows: unknown[] = await manager.query(
      `SELECT m.id FROM employer_memberships m JOIN employers e ON e.id = m.employer_id
       WHERE m.employer_id = $1 AND m.hub_id = e.hub_id AND m.status = $2
       FOR SHARE OF m`,
      [employerId, MembershipStatus.ACTIVE],
    );
    if (rows.length === 0) {
      throw DomainError.forbidden(
        'The employer has no active membership of the hub’s employer network: it cannot post opportunities, confirm bookings or use API keys until one is approved',
        'MEMBERSHIP_NOT_ACTIVE',
      );
    }
  }

  async apply(actor: Actor, input: ApplyForMembershipInput): Promise<MembershipEntity> {
    const employer = await this.employers.assertCanActFor(actor, input.employerId);
    const application = this.db.transaction(async (manager) => {
      // Serialise applications for one employer so the open-membership rule holds under races.
      await manager.query('SELECT id FROM employers WHERE id = $1 FOR UPDATE', [employer.id]);
      const open = await manager.findOneBy(MembershipEntity, {
        employerId: employer.id,
        status: In([MembershipStatus.PENDING, MembershipStatus.ACTIVE]),
      });
      if (open) {
        throw DomainError.conflict(
          'MEMBERSHIP_ALREADY_OPEN',
          `This employer already has a ${open.status.toLowerCase()} membership`,
        );
      }
      const membership = await manager.save(
        manager.create(MembershipEntity, {
          hubId: employer.hubId,
          employerId: employer.id,
          status: MembershipStatus.PENDING,
          appliedAt: new Date(),
          pledge: input.pledge?.trim() || null,
        }),
      );
      await this.record(manager, actor, membership, 'apply', {
        status: MembershipStatus.PENDING,
        pledge: membership.pledge,
      });
      return membership;
    });
    return application.catch((error: unknown) => {
      throw asEmployerNetworkConflict(error);
    });
  }

  approve(actor: Actor, args: ApproveMembershipArgs): Promise<MembershipEntity> {
    const joinedOn = args.joinedOn ?? this.clock.today();
    const renewalOn = args.renewalOn ?? defaultRenewal(joinedOn);
    if (renewalOn <= joinedOn) {
      throw DomainError.validation('RENEWAL_BEFORE_JOINING', 'renewalOn must be after joinedOn', [
        { field: 'renewalOn', messages: ['must be after joinedOn'] },
      ]);
    }
    return this.transition(actor, args.id, 'approve', { joinedOn, renewalOn });
  }

  /**
   * Renews an ACTIVE or LAPSED membership (a lapsed one becomes ACTIVE again): to `renewalOn`, or
   * by one membership period from its renewal date (from today when that has passed).
   */
  renew(actor: Actor, args: RenewMembershipArgs): Promise<MembershipEntity> {
    const today = this.clock.today();
    const renewal = this.transition(actor, args.id, 'renew', (membership) => {
      const base = renewalBase(membership.renewalOn, today);
      if (args.renewalOn && args.renewalOn <= base) {
        throw DomainError.validation(
          'RENEWAL_NOT_LATER',
          `renewalOn must be after ${base}: the current renewal date, or today if that has passed`,
          [{ field: 'renewalOn', messages: [`must be after ${base}`] }],
        );
      }
      return { renewalOn: args.renewalOn ?? defaultRenewal(base), endedOn: null };
    });
    // A lapsed membership cannot come back while the employer has applied again.
    return renewal.catch((error: unknown) => {
      throw asEmployerNetworkConflict(error);
    });
  }

  /** Declines a PENDING application with a reason kept on the membership (→ WITHDRAWN). */
  decline(actor: Actor, args: DeclineMembershipArgs): Promise<MembershipEntity> {
    return this.transition(actor, args.id, 'decline', {
      endedOn: this.clock.today(),
      declineReason: args.reason,
      declineNote: args.note?.trim() || null,
    });
  }

  lapse(actor: Actor, id: string): Promise<MembershipEntity> {
    return this.transition(actor, id, 'lapse', { endedOn: this.clock.today() });
  }

  withdraw(actor: Actor, id: string, reason?: string): Promise<MembershipEntity> {
    return this.transition(
      actor,
      id,
      'withdraw',
      { endedOn: this.clock.today() },
      reason?.trim() || undefined,
    );
  }

  list(actor: Actor, args: MembershipsArgs): Promise<ConnectionShape<MembershipEntity>> {
    const scope = readableHubs(actor, args.hubId);
    const query = this.memberships.createQueryBuilder('m');
    whereInHubs(query, 'm.hub_id', scope);
    if (args.status) query.andWhere('m.status = :status', { status: args.status });
    return paginate(query, args, {
      sortExpression: 'm.applied_at',
      sortValue: (m) => m.appliedAt.toISOString(),
      idExpression: 'm.id',
      id: (m) => m.id,
    });
  }

  /** The current membership of each employer: the open one, else the most recent. */
  async currentByEmployerIds(ids: readonly string[]): Promise<Map<string, MembershipEntity>> {
    const rows = await this.memberships
      .createQueryBuilder('m')
      .distinctOn(['m.employer_id'])
      .where('m.employer_id = ANY(:ids)', { ids })
      .orderBy('m.employer_id')
      .addOrderBy(`m.status IN ('PENDING', 'ACTIVE')`, 'DESC')
      .addOrderBy('m.applied_at', 'DESC')
      .getMany();
    return new Map(rows.map((row) => [row.employerId, row]));
  }

  /** Moves a membership along its lifecycle under a row lock, so concurrent changes cannot both win. */
  private async transition(
    actor: Actor,
    id: string,
    action: MembershipAction,
    fieldsFor: TransitionFields,
    reason?: string,
  ): Promise<MembershipEntity> {
    return this.db.transaction(async (manager) => {
      const membership = await manager.findOne(MembershipEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      const scope = readableHubs(actor);
      if (!membership || (scope && !scope.includes(membership.hubId)))
        throw DomainError.notFound('membership', id);
      hubForWrite(actor, membership.hubId);
      const next = nextMembershipStatus(membership.status, action);
      if (!next) {
        throw DomainError.conflict(
          'ILLEGAL_MEMBERSHIP_TRANSITION',
          `A ${membership.status} membership cannot be ${RECORDED[action].action}`,
        );
      }
      const fields = typeof fieldsFor === 'function' ? fieldsFor(membership) : fieldsFor;
      const changes = { ...fields, status: next };
      await manager.update(MembershipEntity, { id }, changes);
      const updated = await manager.findOneByOrFail(MembershipEntity, { id });
      await this.record(manager, actor, updated, action, {
        status: { from: membership.status, to: next },
        ...fields,
        ...(reason ? { reason } : {}),
      });
      for (const listener of this.listenersOf(action)) await listener(manager, actor, updated);
      return updated;
    });
  }

  private listenersOf(action: MembershipAction): MembershipEndedListener[] {
    if (action === 'approve') return this.approvedListeners;
    return action === 'renew' ? [] : this.endedListeners;
  }

  private async record(
    manager: EntityManager,
    actor: Actor,
    membership: MembershipEntity,
    step: keyof typeof RECORDED,
    changes: Record<string, unknown>,
  ): Promise<void> {
    const { action, event } = RECORDED[step];
    await recordAudit(manager, actor, {
      hubId: membership.hubId,
      entityType: 'membership',
      entityId: membership.id,
      action,
      changes,
    });
    await recordEvent(manager, actor, {
      type: event,
      hubId: membership.hubId,
      aggregateType: 'membership',
      aggregateId: membership.id,
      payload: { employerId: membership.employerId, status: membership.status },
    });
  }
}
