import { assertWithinPlanningHorizon, DomainError } from '@chn/core';
import { OpportunityStatus } from './opportunity.enums';

export interface OpportunityDates {
  startsOn: string;
  endsOn: string;
  lengthDays: number;
}

const DAY_MS = 24 * 3600 * 1000;

/** Days from the first to the last day, both included. */
export function daysSpanned(startsOn: string, endsOn: string): number {
  return Math.round((Date.parse(endsOn) - Date.parse(startsOn)) / DAY_MS) + 1;
}

/**
 * The date rules of an opportunity, checked when it is created or changed: it ends on or after it
 * starts, its length per young person fits in its dates, nothing lies beyond the planning horizon
 * (three academic years ahead) and, when the start is set or moved, it is not in the past.
 */
export function assertOpportunityDates(
  dates: OpportunityDates,
  today: string,
  { startSet }: { startSet: boolean },
): void {
  if (dates.endsOn < dates.startsOn) {
    throw DomainError.validation('ENDS_BEFORE_STARTS', 'endsOn must be on or after startsOn', [
      { field: 'endsOn', messages: ['endsOn must be on or after startsOn'] },
    ]);
  }
  const now = new Date(`${today}T12:00:00Z`);
  assertWithinPlanningHorizon(dates.startsOn, 'startsOn', now);
  assertWithinPlanningHorizon(dates.endsOn, 'endsOn', now);
  const span = daysSpanned(dates.startsOn, dates.endsOn);
  if (dates.lengthDays > span) {
    throw DomainError.validation(
      'LENGTH_EXCEEDS_DATES',
      `lengthDays ${dates.lengthDays} is longer than the ${span} day${span === 1 ? '' : 's'} from startsOn to endsOn`,
      [
        {
          field: 'lengthDays',
          messages: [`must be at most ${span}, the days from startsOn to endsOn`],
        },
      ],
    );
  }
  if (startSet && dates.startsOn < today) {
    throw DomainError.validation('STARTS_IN_PAST', `startsOn ${dates.startsOn} is in the past`, [
      { field: 'startsOn', messages: [`must be today (${today}) or later`] },
    ]);
  }
}

/**
 * Whether places may be requested: the opportunity is PUBLISHED and has not started. Requests
 * close at the start of its first day.
 */
export function takesRequests(
  opportunity: { status: OpportunityStatus; startsOn: string },
  today: string,
): boolean {
  return opportunity.status === OpportunityStatus.PUBLISHED && today < opportunity.startsOn;
}
