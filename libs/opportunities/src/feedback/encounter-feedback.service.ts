import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  Actor,
  Clock,
  conflictOnUniqueViolation,
  DomainError,
  HUB_TEAM,
  recordAudit,
} from '@chn/core';
import { BookingsService } from '../bookings.service';
import { BookingEntity } from '../entities/booking.entity';
import { OpportunityEntity } from '../entities/opportunity.entity';
import { EncounterFeedbackEntity } from './encounter-feedback.entity';
import { FeedbackParty } from './feedback-party';
import { isDelivered, partiesOf, pupilCountProblems, ROLE_GIVING } from './feedback-rules';
import { EncounterFeedback } from './graphql/feedback.types';
import { SubmitEncounterFeedbackInput } from './graphql/feedback.inputs';

/** The parties each side may read: its own; the hub team every party's. */
function readableParties(actor: Actor): FeedbackParty[] {
  return HUB_TEAM.includes(actor.role) ? Object.values(FeedbackParty) : partiesOf(actor.role);
}

const alreadyGiven = (party: FeedbackParty) =>
  DomainError.conflict('FEEDBACK_ALREADY_GIVEN', `The ${party} feedback on this booking is given`);

/**
 * Feedback after a delivered encounter: the careers leader's, the employer's and the pupils'
 * (counts), each given once per booking by its own side and read by it and the hub team.
 */
@Injectable()
export class EncounterFeedbackService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly bookings: BookingsService,
    private readonly clock: Clock,
  ) {}

  async get(actor: Actor, bookingId: string): Promise<EncounterFeedback> {
    const booking = await this.bookings.get(actor, bookingId);
    const [opportunity, rows] = await Promise.all([
      this.db.manager.findOneByOrFail(OpportunityEntity, { id: booking.opportunityId }),
      this.db.manager.findBy(EncounterFeedbackEntity, { bookingId }),
    ]);
    return present(actor, booking, opportunity, rows, this.clock.today());
  }

  async submit(actor: Actor, input: SubmitEncounterFeedbackInput): Promise<EncounterFeedback> {
    const row = detailsOf(input);
    await this.bookings.get(actor, input.bookingId);
    if (actor.role !== ROLE_GIVING[input.party]) {
      throw DomainError.forbidden(
        `The ${input.party} feedback is for ${input.party === FeedbackParty.EMPLOYER ? 'the employer' : 'the school’s careers leader'} to give`,
        'NOT_YOUR_FEEDBACK',
      );
    }
    const today = this.clock.today();
    return this.db
      .transaction(async (manager) => {
        const booking = await manager
          .createQueryBuilder(BookingEntity, 'b')
          .setLock('pessimistic_write')
          .where('b.id = :id', { id: input.bookingId })
          .getOneOrFail();
        const opportunity = await manager.findOneByOrFail(OpportunityEntity, {
          id: booking.opportunityId,
        });
        if (!isDelivered({ ...booking, endsOn: opportunity.endsOn }, today)) {
          throw DomainError.conflict(
            'ENCOUNTER_NOT_DELIVERED',
            `Feedback opens on ${opportunity.endsOn}, the last day, once attendance is recorded`,
          );
        }
        if (input.pupils) {
          const attended = booking.attended ?? 0;
          if (pupilCountProblems(input.pupils, attended).exceedsAttendance) {
            throw DomainError.validation(
              'PUPIL_COUNTS_EXCEED_ATTENDANCE',
              `Only ${attended} pupils attended`,
              [
                {
                  field: 'pupils',
                  messages: [`counts cannot exceed the ${attended} who attended`],
                },
              ],
            );
          }
        }
        const existing = await manager.findOneBy(EncounterFeedbackEntity, {
          bookingId: booking.id,
          party: input.party,
        });
        if (existing) throw alreadyGiven(input.party);
        await manager.insert(EncounterFeedbackEntity, {
          ...row,
          hubId: booking.hubId,
          bookingId: booking.id,
          party: input.party,
          submittedBy: actor.userId,
          submittedAt: this.clock.now(),
        });
        // The comments stay out of the audit trail, so the retention purge really removes them.
        const { comments, ...audited } = row;
        await recordAudit(manager, actor, {
          hubId: booking.hubId,
          entityType: 'booking',
          entityId: booking.id,
          action: 'feedback_given',
          changes: { party: input.party, ...audited, withComments: Boolean(comments) },
        });
        const rows = await manager.findBy(EncounterFeedbackEntity, { bookingId: booking.id });
        return present(actor, booking, opportunity, rows, today);
      })
      .catch((error: unknown) => {
        throw conflictOnUniqueViolation({
          uq_encounter_feedback_booking_party: () => alreadyGiven(input.party),
        })(error);
      });
  }
}

/** What each party gives, checked against the party: its own fields and no other's. */
function detailsOf(input: SubmitEncounterFeedbackInput): Partial<EncounterFeedbackEntity> {
  const needed: Record<FeedbackParty, (keyof SubmitEncounterFeedbackInput)[]> = {
    CAREERS_LEADER: ['rating', 'criteriaMet'],
    EMPLOYER: ['rating', 'wouldHostAgain'],
    PUPILS: ['pupils'],
  };
  const optional: Record<FeedbackParty, (keyof SubmitEncounterFeedbackInput)[]> = {
    CAREERS_LEADER: ['comments'],
    EMPLOYER: ['comments'],
    PUPILS: [],
  };
  const given = (field: keyof SubmitEncounterFeedbackInput) =>
    input[field] !== undefined && input[field] !== null;
  const fields: { field: string; messages: string[] }[] = (
    ['rating', 'criteriaMet', 'wouldHostAgain', 'comments', 'pupils'] as const
  )
    .flatMap((field): { field: string; messages: string[] }[] => {
      const wanted = needed[input.party].includes(field);
      const allowed = wanted || optional[input.party].includes(field);
      if (wanted && !given(field)) return [{ field, messages: [`is needed for ${input.party}`] }];
      if (!allowed && given(field)) {
        return [{ field, messages: [`is not part of ${input.party} feedback`] }];
      }
      return [];
    })
    .concat(
      input.pupils
        ? pupilCountProblems(input.pupils, Infinity).fields.map((field) => ({
            field: `pupils.${field}`,
            messages: ['cannot exceed the pupils who responded'],
          }))
        : [],
    );
  if (fields.length) {
    throw DomainError.validation(
      'INVALID_INPUT',
      `${input.party} feedback takes other details`,
      fields,
    );
  }
  const pupils = input.pupils;
  return {
    rating: input.rating ?? null,
    criteriaMet: input.criteriaMet ?? null,
    wouldHostAgain: input.wouldHostAgain ?? null,
    comments: input.comments?.trim() || null,
    pupilsResponded: pupils?.responded ?? null,
    pupilsFoundUseful: pupils?.foundUseful ?? null,
    pupilsKnowMoreAboutSector: pupils?.knowMoreAboutSector ?? null,
    pupilsMoreConfidentAboutNextSteps: pupils?.moreConfidentAboutNextSteps ?? null,
    pupilsWouldConsiderSector: pupils?.wouldConsiderSector ?? null,
  };
}

function present(
  actor: Actor,
  booking: BookingEntity,
  opportunity: OpportunityEntity,
  rows: EncounterFeedbackEntity[],
  today: string,
): EncounterFeedback {
  const readable = readableParties(actor);
  const of = (party: FeedbackParty) =>
    readable.includes(party) ? rows.find((r) => r.party === party) : undefined;
  const leader = of(FeedbackParty.CAREERS_LEADER);
  const employer = of(FeedbackParty.EMPLOYER);
  const pupils = of(FeedbackParty.PUPILS);
  const given = rows.map((r) => r.party);
  const delivered = isDelivered({ ...booking, endsOn: opportunity.endsOn }, today);
  return {
    bookingId: booking.id,
    delivered,
    attended: booking.attended,
    criteriaPromised: opportunity.meaningfulCriteria,
    given: Object.values(FeedbackParty).filter((party) => given.includes(party)),
    yours: delivered ? partiesOf(actor.role).filter((party) => !given.includes(party)) : [],
    careersLeader: leader
      ? {
          rating: leader.rating!,
          criteriaMet: leader.criteriaMet!,
          comments: leader.comments,
          submittedAt: leader.submittedAt,
        }
      : null,
    employer: employer
      ? {
          rating: employer.rating!,
          wouldHostAgain: employer.wouldHostAgain!,
          comments: employer.comments,
          submittedAt: employer.submittedAt,
        }
      : null,
    pupils: pupils
      ? {
          responded: pupils.pupilsResponded!,
          foundUseful: pupils.pupilsFoundUseful!,
          knowMoreAboutSector: pupils.pupilsKnowMoreAboutSector!,
          moreConfidentAboutNextSteps: pupils.pupilsMoreConfidentAboutNextSteps!,
          wouldConsiderSector: pupils.pupilsWouldConsiderSector!,
          submittedAt: pupils.submittedAt,
        }
      : null,
  };
}
