import { DomainError } from '@chn/core';
import { HubEventAudience, HubEventRegistrationKind } from './hub-event.enums';

/** The fields of an event its rules look at, as they would stand after a change. */
export interface HubEventShape {
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  audiences: readonly HubEventAudience[];
  venue: string | null;
  joiningUrl: string | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  followUpLinks: readonly { label: string; url: string }[];
}

const invalid = (
  reason: Parameters<typeof DomainError.validation>[0],
  field: string,
  message: string,
) => DomainError.validation(reason, message, [{ field, messages: [message] }]);

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Refuses an event whose times, capacity, audience, place or links do not hold together. */
export function assertValidHubEvent(event: HubEventShape): void {
  if (event.endsAt.getTime() <= event.startsAt.getTime()) {
    throw invalid('EVENT_ENDS_BEFORE_START', 'endsAt', 'the event must end after it starts');
  }
  if (!Number.isInteger(event.capacity) || event.capacity < 1) {
    throw invalid('EVENT_CAPACITY_INVALID', 'capacity', 'capacity must be a whole number from 1');
  }
  if (event.audiences.length === 0) {
    throw invalid('EVENT_AUDIENCE_EMPTY', 'audiences', 'name at least one audience');
  }
  if (!event.venue && !event.joiningUrl) {
    throw invalid('EVENT_PLACE_MISSING', 'venue', 'give a venue, a joining link, or both');
  }
  if (event.joiningUrl && !isHttps(event.joiningUrl)) {
    throw invalid('LINK_NOT_HTTPS', 'joiningUrl', 'the joining link must start with https://');
  }
  const badLink = event.followUpLinks.findIndex((link) => !isHttps(link.url));
  if (badLink >= 0) {
    throw invalid('LINK_NOT_HTTPS', `followUpLinks.${badLink}.url`, 'links must be https://');
  }
  const opens = event.registrationOpensAt?.getTime() ?? null;
  const closes = registrationClosesAt(event).getTime();
  if (closes > event.startsAt.getTime() || (opens !== null && opens >= closes)) {
    throw invalid(
      'REGISTRATION_WINDOW_INVALID',
      'registrationClosesAt',
      'registration must open before it closes, and close by the start',
    );
  }
}

/** When registration closes: as set, else when the event starts. */
export function registrationClosesAt(
  event: Pick<HubEventShape, 'registrationClosesAt' | 'startsAt'>,
): Date {
  return event.registrationClosesAt ?? event.startsAt;
}

/** Whether registration is open at `now`. */
export function registrationOpen(
  event: Pick<HubEventShape, 'registrationOpensAt' | 'registrationClosesAt' | 'startsAt'>,
  now: Date,
): boolean {
  const opens = event.registrationOpensAt?.getTime() ?? -Infinity;
  return now.getTime() >= opens && now.getTime() < registrationClosesAt(event).getTime();
}

/** The audiences that let a kind of registrant in. */
export const AUDIENCES_OF: Record<HubEventRegistrationKind, readonly HubEventAudience[]> = {
  [HubEventRegistrationKind.ADVISER]: [HubEventAudience.ADVISERS],
  [HubEventRegistrationKind.EMPLOYER_CONTACT]: [HubEventAudience.EMPLOYER_CONTACTS],
  [HubEventRegistrationKind.GROUP]: [HubEventAudience.CAREERS_LEADERS],
  [HubEventRegistrationKind.PUBLIC]: [HubEventAudience.PARENTS_CARERS, HubEventAudience.PUBLIC],
};

export function admits(
  audiences: readonly HubEventAudience[],
  kind: HubEventRegistrationKind,
): boolean {
  return AUDIENCES_OF[kind].some((audience) => audiences.includes(audience));
}

/** A registration waiting for places, in the order it joined the list. */
export interface WaitingRegistration {
  id: string;
  places: number;
}

/**
 * Which waiting registrations get `freePlaces`, as bookings' waiting lists do: in order, every
 * one whose places still fit; one too big for what is left keeps its turn for the next release.
 */
export function choosePromotions(
  waiting: readonly WaitingRegistration[],
  freePlaces: number,
): WaitingRegistration[] {
  const chosen: WaitingRegistration[] = [];
  let left = freePlaces;
  for (const entry of waiting) {
    if (left <= 0) break;
    if (entry.places <= left) {
      chosen.push(entry);
      left -= entry.places;
    }
  }
  return chosen;
}
