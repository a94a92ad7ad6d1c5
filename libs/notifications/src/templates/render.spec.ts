import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NotificationKind } from '../entities/notification.enums';
import { renderNotification } from './render';
import { TemplateInput } from './templates';

const subject = {
  hubName: 'Liverpool City Region Careers Hub',
  adviserId: 'a1',
  adviserName: 'Ada <Lovelace>',
  institutionId: 'i1',
  institutionName: 'Mersey Academy',
  employerId: null,
  employerName: null,
  opportunityId: null,
  opportunityTitle: null,
  startsOn: null,
  endsOn: null,
  userId: null,
  hubEvent: null,
  registrationId: null,
};

const match = {
  matchId: 'm1',
  adviserId: 'a1',
  institutionId: 'i1',
  type: 'ONE_TO_ONE',
  status: 'PROPOSED',
};
const booking = {
  opportunityId: 'o1',
  institutionId: 'i1',
  places: 3,
  fsmPlaces: 1,
  yearGroup: 10,
  status: 'REQUESTED',
};
const reminded = { bookingId: 'b1', opportunityId: 'o1', institutionId: 'i1', places: 1 };
const membership = { employerId: 'e1', status: 'ACTIVE' };
const registration = { eventId: 'h1', registrationId: 'r1', places: 2, status: 'CONFIRMED' };

/** The payload each kind's event carries. */
const PAYLOADS: { [K in NotificationKind]: TemplateInput<K>['payload'] } = {
  MATCH_PROPOSED: match,
  MATCH_ACCEPTED: { ...match, status: 'ACTIVE' },
  MATCH_DECLINED: { ...match, status: 'DECLINED' },
  MATCH_ENDED: { ...match, status: 'ENDED' },
  MATCH_UNANSWERED: {
    matchId: 'm1',
    adviserId: 'a1',
    institutionId: 'i1',
    proposedOn: '2025-09-01',
  },
  BOOKING_REQUESTED: booking,
  BOOKING_CONFIRMED: { ...booking, status: 'CONFIRMED' },
  BOOKING_DECLINED: { ...booking, status: 'DECLINED', reason: 'Full' },
  BOOKING_CANCELLED: { ...booking, status: 'CANCELLED', reason: 'Snow' },
  PLACE_OFFERED: booking,
  BOOKING_UNCONFIRMED: reminded,
  OPPORTUNITY_STARTING: { opportunityId: 'o1', employerId: 'e1' },
  ATTENDANCE_DUE: reminded,
  MEMBERSHIP_APPLIED: { ...membership, status: 'PENDING' },
  EMPLOYER_APPLIED: {
    applicationId: 'ap1',
    employerId: 'e1',
    membershipId: 'ms1',
    organisationName: 'Firesprite',
    contactName: 'Jo Contact',
    contactEmail: 'jo@example.test',
  },
  MEMBERSHIP_APPROVED: membership,
  MEMBERSHIP_LAPSED: { ...membership, status: 'LAPSED' },
  MEMBERSHIP_RENEWAL_DUE: { membershipId: 'ms1', employerId: 'e1', renewalOn: '2026-09-01' },
  PUBLISHED_WITHOUT_MEMBERSHIP: {
    employerId: 'e1',
    membershipId: 'ms1',
    membershipStatus: 'LAPSED',
    publishedOpportunities: 2,
  },
  ADVISER_REGISTERED: { adviserId: 'a1', selfRegistered: true },
  ADVISER_APPROVED: { adviserId: 'a1', userId: 'u1' },
  DBS_EXPIRING: { expiresOn: '2026-01-31' },
  INDUCTION_EXPIRING: { adviserId: 'a1', expiresOn: '2026-01-31' },
  INSTITUTIONS_UNMATCHED: { count: 3, academicYear: '2025/26', institutions: ['A', 'B', 'C'] },
  ACCOUNT_INVITATION: { token: 'secret/+=', validDays: 7 },
  PASSWORD_RESET: { token: 'secret', validMinutes: 60 },
  OPPORTUNITY_SUBMITTED: { employerId: 'e1', title: 'Studio placement', placement: true },
  OPPORTUNITY_APPROVED: { employerId: 'e1', title: 'Studio placement' },
  OPPORTUNITY_REJECTED: { employerId: 'e1', title: 'Studio placement', reason: 'Add a supervisor' },
  INSURANCE_EXPIRING: { employerId: 'e1', expiresOn: '2027-01-31' },
  RISK_ASSESSMENT_DUE: { opportunityId: 'o1', employerId: 'e1', dueOn: '2027-01-31' },
  CHECKLIST_TO_EMPLOYER: {
    bookingId: 'b1',
    opportunityId: 'o1',
    institutionId: 'i1',
    completed: 'TRAVEL_ARRANGED',
    open: ['SUPERVISOR_NAMED', 'INDUCTION_CONFIRMED'],
  },
  CHECKLIST_TO_INSTITUTION: {
    bookingId: 'b1',
    opportunityId: 'o1',
    institutionId: 'i1',
    completed: 'INDUCTION_CONFIRMED',
    open: [],
  },
  CHECKLIST_OVERDUE: { bookingId: 'b1', opportunityId: 'o1', institutionId: 'i1', places: 4 },
  FEEDBACK_REQUESTED_FROM_SCHOOL: {
    bookingId: 'b1',
    opportunityId: 'o1',
    institutionId: 'i1',
    places: 4,
    reminder: false,
  },
  FEEDBACK_REQUESTED_FROM_EMPLOYER: {
    bookingId: 'b1',
    opportunityId: 'o1',
    institutionId: 'i1',
    places: 4,
    reminder: true,
  },
  HUB_EVENT_INVITATION: { eventId: 'h1', title: 'Parents’ panel' },
  HUB_EVENT_CONFIRMED: registration,
  HUB_EVENT_WAITLISTED: { ...registration, status: 'WAITLISTED' },
  HUB_EVENT_PLACE_OFFERED: registration,
  HUB_EVENT_ADDRESS_CONFIRMATION: { eventId: 'h1', registrationId: 'r1', token: 'secret' },
  HUB_EVENT_REMINDER: { eventId: 'h1', registrationId: 'r1' },
  HUB_EVENT_FOLLOW_UP: { eventId: 'h1', registrationId: 'r1' },
  HUB_EVENT_CANCELLED: { eventId: 'h1', title: 'Parents’ panel', reason: 'Storm' },
};

describe('renderNotification', () => {
  it('names the hub, links to act, and escapes names in HTML', () => {
    const message = renderNotification(
      NotificationKind.MATCH_PROPOSED,
      { subject, payload: match, aggregateId: 'm1' },
      {
        recipientName: 'Sam',
        publicUrl: 'https://hub.example/',
        unsubscribeUrl: 'https://hub.example/u?t=1',
      },
    );
    expect(message.subject).toBe('Proposed match: Ada <Lovelace> with Mersey Academy');
    expect(message.actionUrl).toBe('https://hub.example/console/matches/m1');
    expect(message.text).toContain('Liverpool City Region Careers Hub has proposed');
    expect(message.text).toContain('https://hub.example/u?t=1');
    expect(message.summary).toBe(
      'Liverpool City Region Careers Hub has proposed Ada <Lovelace> as Enterprise Adviser to Mersey Academy.\n\nThe adviser can accept or decline the proposal.',
    );
    expect(message.html).toContain('Ada &lt;Lovelace&gt;');
    expect(message.html).not.toContain('<Lovelace>');
  });

  it('has a template for every kind', () => {
    for (const kind of Object.values(NotificationKind)) {
      const message = renderNotification(
        kind,
        { subject, payload: PAYLOADS[kind], aggregateId: 'x' },
        { recipientName: 'Sam', publicUrl: 'https://hub.example' },
      );
      expect(message.subject.length).toBeGreaterThan(5);
      expect(message.text).toContain(message.actionUrl);
    }
  });

  it('links every kind to a page the console has, under PUBLIC_URL', () => {
    const app = readFileSync(
      join(__dirname, '..', '..', '..', '..', 'apps', 'console', 'src', 'App.tsx'),
      'utf8',
    );
    const routes = [...app.matchAll(/<Route path="(\/[^"*]*)"/g)].map(
      ([, path]) => new RegExp(`^/console${path.replace(/:\w+/g, '[^/]+')}$`),
    );
    expect(routes.length).toBeGreaterThan(3);
    for (const kind of Object.values(NotificationKind)) {
      const { actionUrl } = renderNotification(
        kind,
        {
          subject: { ...subject, opportunityId: 'o1' },
          payload: PAYLOADS[kind],
          aggregateId: 'x1',
        },
        { recipientName: 'Sam', publicUrl: 'https://hub.example/base' },
      );
      expect(actionUrl.startsWith('https://hub.example/base/console/')).toBe(true);
      const path = actionUrl.slice('https://hub.example/base'.length).split('?')[0];
      expect({ kind, opens: routes.some((route) => route.test(path)) }).toEqual({
        kind,
        opens: true,
      });
    }
  });
});
