import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Clock, DomainError, recordAudit, recordEvent, Role } from '@chn/core';
import { BookingsService } from '../bookings.service';
import { BookingStatus } from '../domain/opportunity.enums';
import { BookingEntity } from '../entities/booking.entity';
import { ChecklistItem, ChecklistParty, handOffAfter, PARTY_OF } from './checklist-items';
import { BookingChecklistEntity } from './booking-checklist.entity';
import { DONE_AT, openItems, presentChecklist } from './checklist-state';
import { CompleteChecklistItemInput } from './graphql/checklist.inputs';
import { BookingChecklist } from './graphql/checklist.types';

/** The role that completes each party's items (visibility already limits it to its own). */
const ROLE_OF: Record<ChecklistParty, Role> = {
  INSTITUTION: Role.CAREERS_LEADER,
  EMPLOYER: Role.EMPLOYER,
};

const CHECKLIST_STATUSES = [BookingStatus.REQUESTED, BookingStatus.CONFIRMED];

/**
 * Each booking's checklist: the school and the employer complete their items, each hand-off
 * notifies the other side, and attendance waits until every item is done.
 */
@Injectable()
export class BookingChecklistService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly bookings: BookingsService,
    private readonly clock: Clock,
  ) {}

  async get(actor: Actor, bookingId: string): Promise<BookingChecklist> {
    await this.bookings.get(actor, bookingId);
    const row = await this.db.manager.findOneBy(BookingChecklistEntity, { bookingId });
    return presentChecklist(bookingId, row);
  }

  async complete(actor: Actor, input: CompleteChecklistItemInput): Promise<BookingChecklist> {
    const details = detailsOf(input);
    await this.bookings.get(actor, input.bookingId);
    const party = PARTY_OF[input.item];
    if (actor.role !== ROLE_OF[party]) {
      throw DomainError.forbidden(
        `${input.item} is for the ${party === ChecklistParty.INSTITUTION ? 'school’s careers leader' : 'employer'} to complete`,
        'NOT_YOUR_CHECKLIST_ITEM',
      );
    }
    return this.db.transaction(async (manager) => {
      const booking = await manager
        .createQueryBuilder(BookingEntity, 'b')
        .setLock('pessimistic_write')
        .where('b.id = :id', { id: input.bookingId })
        .getOneOrFail();
      if (!CHECKLIST_STATUSES.includes(booking.status) || booking.attendanceRecordedAt) {
        throw DomainError.conflict(
          'INVALID_BOOKING_STATUS',
          `A ${booking.status} booking${booking.attendanceRecordedAt ? ' with attendance recorded' : ''} has no open checklist`,
        );
      }
      if (input.item === ChecklistItem.PARENTAL_CONSENT && input.consentCount !== booking.places) {
        throw DomainError.validation(
          'CONSENT_COUNT_MISMATCH',
          `Consent must be held for each of the ${booking.places} pupils booked`,
          [{ field: 'consentCount', messages: [`must be ${booking.places}, the places booked`] }],
        );
      }
      const before = await manager.findOneBy(BookingChecklistEntity, { bookingId: booking.id });
      if (before?.[DONE_AT[input.item]]) {
        throw DomainError.conflict('CHECKLIST_ITEM_DONE', `${input.item} is already done`);
      }
      const now = this.clock.now();
      await manager.upsert(
        BookingChecklistEntity,
        { bookingId: booking.id, hubId: booking.hubId, ...details, [DONE_AT[input.item]]: now },
        ['bookingId'],
      );
      const after = await manager.findOneByOrFail(BookingChecklistEntity, {
        bookingId: booking.id,
      });
      await recordAudit(manager, actor, {
        hubId: booking.hubId,
        entityType: 'booking',
        entityId: booking.id,
        action: 'checklist_item_completed',
        changes: { item: input.item, ...details },
      });
      await this.handOff(manager, actor, booking, input.item, openItems(after));
      return presentChecklist(booking.id, after);
    });
  }

  private async handOff(
    manager: EntityManager,
    actor: Actor,
    booking: BookingEntity,
    completed: ChecklistItem,
    open: ChecklistItem[],
  ): Promise<void> {
    const next = handOffAfter(completed, open);
    if (!next) return;
    await recordEvent(manager, actor, {
      hubId: booking.hubId,
      aggregateType: 'booking',
      aggregateId: booking.id,
      type:
        next === ChecklistParty.EMPLOYER
          ? 'booking.checklist_to_employer'
          : 'booking.checklist_to_institution',
      payload: {
        bookingId: booking.id,
        opportunityId: booking.opportunityId,
        institutionId: booking.institutionId,
        completed,
        open,
      },
    });
  }
}

/** What an item records, checked against the item: each needs its own details and no other's. */
function detailsOf(input: CompleteChecklistItemInput): Partial<BookingChecklistEntity> {
  const needed: Record<ChecklistItem, (keyof CompleteChecklistItemInput)[]> = {
    PARENTAL_CONSENT: ['consentCount'],
    NEEDS_SHARED: [],
    TRAVEL_ARRANGED: ['travelArrangements'],
    SUPERVISOR_NAMED: ['supervisorName', 'supervisorRole'],
    INDUCTION_CONFIRMED: [],
  };
  const detailFields = Object.values(needed).flat();
  const fields = detailFields.flatMap((field) => {
    const given = input[field] !== undefined && input[field] !== null;
    const wanted = needed[input.item].includes(field);
    if (given === wanted) return [];
    return [
      {
        field,
        messages: [wanted ? `is needed for ${input.item}` : `is not part of ${input.item}`],
      },
    ];
  });
  if (fields.length) {
    throw DomainError.validation('INVALID_INPUT', `${input.item} takes other details`, fields);
  }
  const trimmed = (value?: string | null) => value?.trim();
  return Object.fromEntries(
    Object.entries({
      consentCount: input.consentCount,
      travelArrangements: trimmed(input.travelArrangements),
      supervisorName: trimmed(input.supervisorName),
      supervisorRole: trimmed(input.supervisorRole),
    }).filter(([, value]) => value !== undefined && value !== null),
  );
}
