import { canActForEmployer, MembershipsService } from '@chn/employers';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  Actor,
  canReadHub,
  Clock,
  ConnectionShape,
  DomainError,
  paginate,
  recordAudit,
  Role,
  isHubTeamOf,
  leanQuery,
} from '@chn/core';
import { InstitutionsService } from '@chn/institutions';
import { recordBookingEvent } from './booking-events';
import { assertChecklistComplete } from './checklist/checklist-state';
import { whereBookingVisible } from './booking-visibility';
import { takesRequests } from './domain/opportunity-dates';
import {
  BookingStatus,
  HOLDING_STATUSES,
  OPEN_BOOKING_STATUSES,
  OpportunityStatus,
} from './domain/opportunity.enums';
import { BookingEntity } from './entities/booking.entity';
import { OpportunityEntity } from './entities/opportunity.entity';
import {
  BookingDecisionArgs,
  BookingsArgs,
  RecordAttendanceArgs,
  RequestPlacesInput,
} from './graphql/booking.inputs';
import { whereOpportunityVisible } from './opportunity-visibility';
import { PlaceLedger } from './place-ledger';
import { waitingListsOf } from './waiting-lists';

const holds = (status: BookingStatus) => HOLDING_STATUSES.includes(status);

interface Locked {
  booking: BookingEntity;
  opportunity: OpportunityEntity;
}

@Injectable()
export class BookingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly institutions: InstitutionsService,
    private readonly memberships: MembershipsService,
    private readonly ledger: PlaceLedger,
    private readonly clock: Clock,
  ) {}

  /** Whether places in the opportunity can be requested today (see takesRequests). */
  openForRequests(opportunity: Pick<OpportunityEntity, 'status' | 'startsOn'>): boolean {
    return takesRequests(opportunity, this.clock.today());
  }

  /**
   * Each waitlisted booking's place (1 = next) in its opportunity's waiting list, in the
   * priority order that offers freed places, for the opportunities named; one map per id.
   */
  async waitingListPositions(opportunityIds: readonly string[]): Promise<Map<string, number>[]> {
    const opportunities = await this.db
      .getRepository(OpportunityEntity)
      .createQueryBuilder('o')
      .select(['o.id', 'o.startsOn'])
      .where('o.id = ANY(:ids)', { ids: opportunityIds })
      .getMany();
    const lists = await waitingListsOf(this.db.manager, opportunities);
    return opportunityIds.map(
      (id) => new Map((lists.get(id) ?? []).map((entry, index) => [entry.bookingId, index + 1])),
    );
  }

  async list(actor: Actor, args: BookingsArgs): Promise<ConnectionShape<BookingEntity>> {
    const filter = args.filter ?? {};
    const query = whereBookingVisible(this.visibleQuery(this.db.manager), actor, filter.hubId);
    if (filter.opportunityId) {
      query.andWhere('b.opportunity_id = :opportunityId', { opportunityId: filter.opportunityId });
    }
    if (filter.institutionId) {
      query.andWhere('b.institution_id = :institutionId', { institutionId: filter.institutionId });
    }
    if (filter.status) query.andWhere('b.status = :status', { status: filter.status });
    return paginate(query, args, {
      // Truncated to what a JavaScript Date holds, so a cursor compares equal to its row.
      sortExpression: "date_trunc('milliseconds', b.created_at)",
      sortValue: (b) => b.createdAt.toISOString(),
      idExpression: 'b.id',
      id: (b) => b.id,
    });
  }

  async get(actor: Actor, id: string): Promise<BookingEntity> {
    const booking = await whereBookingVisible(this.visibleQuery(this.db.manager), actor)
      .andWhere('b.id = :id', { id })
      .getOne();
    if (!booking) throw DomainError.notFound('booking', id);
    return booking;
  }

  /** Every booking on each opportunity, oldest first: for callers already allowed to see them. */
  async byOpportunity(opportunityIds: readonly string[]): Promise<Map<string, BookingEntity[]>> {
    const rows = await leanQuery(this.db.getRepository(BookingEntity), 'b')
      .andWhere('b.opportunity_id = ANY(:opportunityIds)', { opportunityIds })
      .many('b.created_at ASC, b.id ASC');
    return groupBy(rows, (b) => b.opportunityId);
  }

  /** Bookings on each opportunity that the actor may see (a careers leader: their own). */
  async visibleByOpportunity(
    actor: Actor,
    opportunityIds: readonly string[],
  ): Promise<Map<string, BookingEntity[]>> {
    const rows = await whereBookingVisible(this.visibleQuery(this.db.manager), actor)
      .andWhere('b.opportunity_id = ANY(:opportunityIds)', { opportunityIds })
      .orderBy('b.created_at', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .getMany();
    return groupBy(rows, (b) => b.opportunityId);
  }

  /** Every booking of each institution, newest first: for callers already allowed to see them. */
  async byInstitution(institutionIds: readonly string[]): Promise<Map<string, BookingEntity[]>> {
    const rows = await this.db
      .getRepository(BookingEntity)
      .createQueryBuilder('b')
      .where('b.institution_id = ANY(:institutionIds)', { institutionIds })
      .orderBy('b.created_at', 'DESC')
      .addOrderBy('b.id', 'ASC')
      .getMany();
    return groupBy(rows, (b) => b.institutionId);
  }

  /**
   * Asks for places. Under the opportunity's row lock the held places are summed and the
   * booking inserted or refused, so concurrent requests can never overbook.
   */
  async request(actor: Actor, input: RequestPlacesInput): Promise<BookingEntity> {
    if (input.fsmPlaces > input.places) {
      throw DomainError.validation('FSM_PLACES_EXCEED_PLACES', 'fsmPlaces cannot exceed places', [
        { field: 'fsmPlaces', messages: ['fsmPlaces must not be greater than places'] },
      ]);
    }
    const [institution] = await this.institutions.findByIds([input.institutionId]);
    if (!institution || !canReadHub(actor, institution.hubId)) {
      throw DomainError.notFound('institution', input.institutionId);
    }
    if (actor.role === Role.CAREERS_LEADER && institution.careersLeaderId !== actor.userId) {
      throw DomainError.forbidden(
        'Careers leaders can only book for their own institution',
        'NOT_YOUR_INSTITUTION',
      );
    }
    return this.db.transaction(async (manager) => {
      const opportunity = await whereOpportunityVisible(
        manager.createQueryBuilder(OpportunityEntity, 'o'),
        'o',
        actor,
      )
        .andWhere('o.id = :id', { id: input.opportunityId })
        .setLock('pessimistic_write')
        .getOne();
      if (!opportunity || opportunity.hubId !== institution.hubId) {
        throw DomainError.notFound('opportunity', input.opportunityId);
      }
      if (opportunity.status !== OpportunityStatus.PUBLISHED) {
        throw DomainError.conflict(
          'OPPORTUNITY_NOT_OPEN',
          `A ${opportunity.status} opportunity takes no requests`,
        );
      }
      if (!this.openForRequests(opportunity)) {
        throw DomainError.conflict(
          'OPPORTUNITY_STARTED',
          `This opportunity started on ${opportunity.startsOn}: it takes no more requests`,
        );
      }
      if (!opportunity.yearGroups.includes(input.yearGroup)) {
        throw DomainError.validation(
          'YEAR_GROUP_NOT_OFFERED',
          `This opportunity is for years ${opportunity.yearGroups.join(', ')}`,
          [{ field: 'yearGroup', messages: ['the opportunity is not for this year group'] }],
        );
      }
      const held = await this.ledger.heldPlaces(manager, opportunity.id);
      const fits = held + input.places <= opportunity.totalPlaces;
      if (!fits && !input.joinWaitingList) {
        throw DomainError.conflict(
          'NO_PLACES_LEFT',
          `Only ${Math.max(0, opportunity.totalPlaces - held)} places are left`,
        );
      }
      const booking = await manager.save(
        manager.create(BookingEntity, {
          hubId: opportunity.hubId,
          opportunityId: opportunity.id,
          institutionId: institution.id,
          requestedBy: actor.userId,
          places: input.places,
          fsmPlaces: input.fsmPlaces,
          yearGroup: input.yearGroup,
          status: fits ? BookingStatus.REQUESTED : BookingStatus.WAITLISTED,
        }),
      );
      if (fits) await this.ledger.adjustHeld(manager, opportunity.id, booking.places);
      await recordBookingEvent(manager, actor, booking, {
        type: 'booking.requested',
        status: booking.status,
      });
      await this.audit(manager, actor, booking, fits ? 'requested' : 'waitlisted', {
        opportunityId: booking.opportunityId,
        institutionId: booking.institutionId,
        places: booking.places,
        fsmPlaces: booking.fsmPlaces,
        yearGroup: booking.yearGroup,
        status: booking.status,
      });
      return booking;
    });
  }

  async confirm(actor: Actor, id: string): Promise<BookingEntity> {
    return this.change(actor, id, async (manager, { booking, opportunity }) => {
      this.assertEmployerSide(actor, opportunity);
      this.assertStatus(booking, [BookingStatus.REQUESTED], 'confirmed');
      await this.memberships.assertActive(opportunity.employerId, manager);
      await manager.update(
        BookingEntity,
        { id },
        { status: BookingStatus.CONFIRMED, confirmedAt: this.clock.now() },
      );
      await recordBookingEvent(manager, actor, booking, {
        type: 'booking.confirmed',
        status: BookingStatus.CONFIRMED,
      });
      await this.audit(manager, actor, booking, 'confirmed', {
        status: { from: booking.status, to: BookingStatus.CONFIRMED },
      });
    });
  }

  async decline(actor: Actor, args: BookingDecisionArgs): Promise<BookingEntity> {
    return this.change(actor, args.id, async (manager, locked) => {
      this.assertEmployerSide(actor, locked.opportunity);
      this.assertStatus(
        locked.booking,
        [BookingStatus.REQUESTED, BookingStatus.WAITLISTED],
        'declined',
      );
      await this.release(manager, actor, locked, BookingStatus.DECLINED, args.reason.trim());
    });
  }

  async cancel(actor: Actor, args: BookingDecisionArgs): Promise<BookingEntity> {
    return this.change(actor, args.id, async (manager, locked) => {
      const { booking } = locked;
      if (!isHubTeamOf(actor, booking.hubId)) {
        const [institution] = await this.institutionsIn(manager, [booking.institutionId]);
        if (institution?.careers_leader_id !== actor.userId) {
          throw DomainError.forbidden(
            'Only the institution’s careers leader or the hub team may cancel this booking',
            'NOT_YOUR_INSTITUTION',
          );
        }
      }
      this.assertStatus(booking, OPEN_BOOKING_STATUSES, 'cancelled');
      if (booking.attendanceRecordedAt) {
        throw DomainError.conflict(
          'ATTENDANCE_RECORDED',
          'Attendance has been recorded: this booking cannot be cancelled',
        );
      }
      await this.release(manager, actor, locked, BookingStatus.CANCELLED, args.reason.trim());
    });
  }

  async recordAttendance(actor: Actor, args: RecordAttendanceArgs): Promise<BookingEntity> {
    return this.change(actor, args.bookingId, async (manager, { booking, opportunity }) => {
      this.assertEmployerSide(actor, opportunity);
      const fields = [
        ...(args.attended > booking.places
          ? [
              {
                field: 'attended',
                messages: [`attended cannot exceed the ${booking.places} places`],
              },
            ]
          : []),
        ...(args.fsmAttended > args.attended
          ? [{ field: 'fsmAttended', messages: ['fsmAttended cannot exceed attended'] }]
          : []),
      ];
      if (fields.length) {
        throw DomainError.validation('INVALID_ATTENDANCE', 'Attendance does not add up', fields);
      }
      this.assertStatus(booking, [BookingStatus.CONFIRMED], 'given attendance');
      if (this.clock.today() < opportunity.endsOn) {
        throw DomainError.conflict(
          'OPPORTUNITY_NOT_ENDED',
          `Attendance can be recorded from ${opportunity.endsOn}, the opportunity's last day`,
        );
      }
      await assertChecklistComplete(manager, booking.id);
      await assertPupilAnswersFit(manager, booking.id, args.attended);
      const next = {
        attended: args.attended,
        fsmAttended: args.fsmAttended,
        employerFeedback: args.employerFeedback?.trim() || null,
      };
      await manager.update(
        BookingEntity,
        { id: booking.id },
        {
          ...next,
          attendanceRecordedAt: this.clock.now(),
        },
      );
      await this.audit(manager, actor, booking, 'attendance_recorded', {
        attended: { from: booking.attended, to: next.attended },
        fsmAttended: { from: booking.fsmAttended, to: next.fsmAttended },
        employerFeedback: { from: booking.employerFeedback, to: next.employerFeedback },
      });
    });
  }

  /**
   * Runs a booking change in one transaction: finds the booking the actor can see, locks its
   * opportunity then the booking (always in that order), and returns the booking as it ends up.
   */
  private async change(
    actor: Actor,
    id: string,
    apply: (manager: EntityManager, locked: Locked) => Promise<void>,
  ): Promise<BookingEntity> {
    const visible = await this.get(actor, id);
    return this.db.transaction(async (manager) => {
      const opportunity = await this.ledger.lockOpportunity(manager, visible.opportunityId);
      const booking = await manager
        .createQueryBuilder(BookingEntity, 'b')
        .setLock('pessimistic_write')
        .where('b.id = :id', { id })
        .getOne();
      if (!opportunity || !booking) throw DomainError.notFound('booking', id);
      await apply(manager, { booking, opportunity });
      return manager.findOneByOrFail(BookingEntity, { id });
    });
  }

  /** Declines or cancels a booking, frees its places and offers them to the waiting list. */
  private async release(
    manager: EntityManager,
    actor: Actor,
    { booking, opportunity }: Locked,
    status: BookingStatus.DECLINED | BookingStatus.CANCELLED,
    reason: string,
  ): Promise<void> {
    await manager.update(BookingEntity, { id: booking.id }, { status, statusReason: reason });
    if (holds(booking.status)) {
      await this.ledger.adjustHeld(manager, opportunity.id, -booking.places);
    }
    const type = status === BookingStatus.DECLINED ? 'booking.declined' : 'booking.cancelled';
    await recordBookingEvent(manager, actor, booking, { type, status, reason });
    await this.audit(manager, actor, booking, status.toLowerCase(), {
      status: { from: booking.status, to: status },
      statusReason: { from: booking.statusReason, to: reason },
    });
    if (holds(booking.status)) await this.ledger.promoteWaitingList(manager, actor, opportunity);
  }

  private visibleQuery(manager: EntityManager): SelectQueryBuilder<BookingEntity> {
    return manager
      .createQueryBuilder(BookingEntity, 'b')
      .innerJoin(OpportunityEntity, 'o', 'o.id = b.opportunity_id')
      .innerJoin('institutions', 'i', 'i.id = b.institution_id');
  }

  private institutionsIn(
    manager: EntityManager,
    ids: string[],
  ): Promise<{ id: string; careers_leader_id: string | null }[]> {
    return manager.query('SELECT id, careers_leader_id FROM institutions WHERE id = ANY($1)', [
      ids,
    ]);
  }

  private assertEmployerSide(actor: Actor, opportunity: OpportunityEntity): void {
    if (!canActForEmployer(actor, { id: opportunity.employerId, hubId: opportunity.hubId })) {
      throw DomainError.forbidden(
        'Only the employer offering the opportunity or the hub team may do this',
        'NOT_YOUR_OPPORTUNITY',
      );
    }
  }

  private assertStatus(
    booking: BookingEntity,
    allowed: readonly BookingStatus[],
    verb: string,
  ): void {
    if (!allowed.includes(booking.status)) {
      throw DomainError.conflict(
        'INVALID_BOOKING_STATUS',
        `A ${booking.status} booking cannot be ${verb}`,
      );
    }
  }

  private audit(
    manager: EntityManager,
    actor: Actor,
    booking: BookingEntity,
    action: string,
    changes: Record<string, unknown>,
  ): Promise<void> {
    return recordAudit(manager, actor, {
      hubId: booking.hubId,
      entityType: 'booking',
      entityId: booking.id,
      action,
      changes,
    });
  }
}

function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return groups;
}

/** Attendance corrected later cannot fall below the pupils whose answers were already counted. */
async function assertPupilAnswersFit(
  manager: EntityManager,
  bookingId: string,
  attended: number,
): Promise<void> {
  const [answers] = await manager.query<{ responded: number }[]>(
    `SELECT pupils_responded AS responded FROM encounter_feedback
     WHERE booking_id = $1 AND party = 'PUPILS'`,
    [bookingId],
  );
  if (answers && attended < answers.responded) {
    throw DomainError.validation(
      'PUPIL_COUNTS_EXCEED_ATTENDANCE',
      `${answers.responded} pupils’ answers are counted: attendance cannot be fewer`,
      [{ field: 'attended', messages: [`must be at least ${answers.responded}`] }],
    );
  }
}
