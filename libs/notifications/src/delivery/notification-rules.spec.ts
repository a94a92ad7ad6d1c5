import { DomainEvent } from '@chn/core';
import { NotificationKind } from '../entities/notification.enums';
import { TemplateInput } from '../templates/templates';
import { isKnownEventType, NOTIFICATION_RULES } from './notification-rules';

describe('notification rules', () => {
  it('gives every kind of notification exactly one event', () => {
    const kinds = Object.values(NOTIFICATION_RULES).flatMap((rule) => (rule ? [rule.kind] : []));
    expect([...kinds].sort()).toEqual(Object.values(NotificationKind).sort());
  });

  it('knows every recorded event type, and no retired one', () => {
    expect(isKnownEventType('match.proposed')).toBe(true);
    expect(isKnownEventType('notification.retry_requested')).toBe(true);
    expect(isKnownEventType('institution.unmatched')).toBe(false);
    expect(isKnownEventType('toString')).toBe(false);
  });

  // Each `@ts-expect-error` fails the typecheck (`npm run typecheck`) if the event map ever stops
  // holding recordEvent, the rules or the templates to it.
  it('holds event types and payloads to the event map', () => {
    const booking = {
      opportunityId: 'o1',
      institutionId: 'i1',
      places: 2,
      fsmPlaces: 0,
      yearGroup: 10,
      status: 'CONFIRMED',
    };
    const confirmed: DomainEvent = {
      type: 'booking.confirmed',
      hubId: null,
      aggregateType: 'booking',
      aggregateId: 'b1',
      payload: booking,
    };
    const misspelt: DomainEvent = {
      // @ts-expect-error a type not in DomainEventPayloads
      type: 'booking.confirmd',
      hubId: null,
      aggregateType: 'booking',
      aggregateId: 'b1',
      payload: booking,
    };
    // @ts-expect-error booking.declined carries the reason, which this payload lacks
    const missingField: DomainEvent = {
      type: 'booking.declined',
      hubId: null,
      aggregateType: 'booking',
      aggregateId: 'b1',
      payload: booking,
    };
    const unheard = (declined: TemplateInput<NotificationKind.MATCH_DECLINED>) =>
      // @ts-expect-error match.declined carries no reason, so its template cannot read one
      declined.payload.reason;
    // @ts-expect-error the rules are keyed by event type
    const noRule = NOTIFICATION_RULES['booking.confirmd'];

    expect(NOTIFICATION_RULES[confirmed.type]?.kind).toBe(NotificationKind.BOOKING_CONFIRMED);
    expect(NOTIFICATION_RULES['opportunity.published']).toBeNull();
    expect([misspelt.type, missingField.type, typeof unheard, noRule]).toEqual([
      'booking.confirmd',
      'booking.declined',
      'function',
      undefined,
    ]);
  });
});
