import { DomainError } from '@chn/core';
import { HubEventAudience, HubEventRegistrationKind } from './hub-event.enums';
import {
  admits,
  assertValidHubEvent,
  choosePromotions,
  HubEventShape,
  registrationOpen,
} from './hub-event-rules';

const base: HubEventShape = {
  startsAt: new Date('2027-02-10T18:00:00Z'),
  endsAt: new Date('2027-02-10T20:00:00Z'),
  capacity: 90,
  audiences: [HubEventAudience.PARENTS_CARERS],
  venue: 'Hotel, Liverpool',
  joiningUrl: null,
  registrationOpensAt: null,
  registrationClosesAt: null,
  followUpLinks: [],
};

function reasonOf(change: Partial<HubEventShape>): string | null {
  try {
    assertValidHubEvent({ ...base, ...change });
    return null;
  } catch (error) {
    return (error as DomainError).reason;
  }
}

describe('hub event rules', () => {
  it('accepts a sound event', () => expect(reasonOf({})).toBeNull());

  it.each([
    [{ endsAt: base.startsAt }, 'EVENT_ENDS_BEFORE_START'],
    [{ capacity: 0 }, 'EVENT_CAPACITY_INVALID'],
    [{ audiences: [] }, 'EVENT_AUDIENCE_EMPTY'],
    [{ venue: null }, 'EVENT_PLACE_MISSING'],
    [{ joiningUrl: 'http://meet.example/x' }, 'LINK_NOT_HTTPS'],
    [{ followUpLinks: [{ label: 'FAQ', url: 'javascript:alert(1)' }] }, 'LINK_NOT_HTTPS'],
    [{ registrationClosesAt: new Date('2027-02-11T00:00:00Z') }, 'REGISTRATION_WINDOW_INVALID'],
    [
      {
        registrationOpensAt: new Date('2027-02-01T00:00:00Z'),
        registrationClosesAt: new Date('2027-01-01T00:00:00Z'),
      },
      'REGISTRATION_WINDOW_INVALID',
    ],
  ])('refuses %j with %s', (change, reason) => expect(reasonOf(change)).toBe(reason));

  it('keeps registration open until the start unless it closes earlier', () => {
    expect(registrationOpen(base, new Date('2027-02-10T17:59:00Z'))).toBe(true);
    expect(registrationOpen(base, new Date('2027-02-10T18:00:00Z'))).toBe(false);
    const opensLater = { ...base, registrationOpensAt: new Date('2027-02-01T00:00:00Z') };
    expect(registrationOpen(opensLater, new Date('2027-01-31T00:00:00Z'))).toBe(false);
  });

  it('lets in only the kinds of registrant the audiences name', () => {
    expect(admits([HubEventAudience.PUBLIC], HubEventRegistrationKind.PUBLIC)).toBe(true);
    expect(admits([HubEventAudience.ADVISERS], HubEventRegistrationKind.GROUP)).toBe(false);
  });

  it('offers freed places in order, a registration too big keeping its turn', () => {
    const waiting = [
      { id: 'a', places: 3 },
      { id: 'b', places: 1 },
      { id: 'c', places: 2 },
    ];
    expect(choosePromotions(waiting, 2).map((w) => w.id)).toEqual(['b']);
    expect(choosePromotions(waiting, 4).map((w) => w.id)).toEqual(['a', 'b']);
  });
});
