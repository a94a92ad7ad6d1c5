import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, Clock, isoDate, Role } from '@chn/core';
import { daysAgoThisYear } from './demo-network';
import {
  HubEventAudience,
  HubEventKind,
  HubEventRegistrationsService,
  HubEventsService,
} from '@chn/events';

const DAY_MS = 86_400_000;
/** How long before a past event it was planned, published and filled. */
const PLANNED_DAYS_AHEAD = 28;

/** Who took part in the demo hub through the demo accounts. */
export interface DemoEventPeople {
  adviserUserId: string;
  employerUserId: string;
  careersLeaderUserId: string;
}

interface DemoEvent {
  kind: HubEventKind;
  title: string;
  description: string;
  /** Days from today (before it: held) and UTC hours. */
  day: number;
  hours: [number, number];
  venue: string;
  address: string;
  capacity: number;
  audiences: HubEventAudience[];
  sectorGroup?: string;
  followUpLinks?: { label: string; url: string }[];
  /** Which demo accounts register. */
  adviser?: boolean;
  employer?: boolean;
  /** Pupils the careers leader registers, by year group: [yearGroup, places, attended]. */
  groups?: [number, number, number][];
  /** Parents' and carers' registrations from the public page: [places, attended]. */
  public?: [number, number][];
}

/** 40 households, 108 places, 94 came: the gaming panel's "over 90 attendees". */
const PARENT_HOUSEHOLDS: [number, number][] = Array.from({ length: 40 }, (_, i) => {
  const places = i % 5 === 0 ? 4 : i % 2 === 0 ? 3 : 2;
  const attended = i % 8 === 7 ? 0 : i % 10 === 3 ? places - 1 : places;
  return [places, attended];
});

/**
 * The demo hub's year of events, from the hub's own newsletter, placed around the day the demo
 * is seeded: three held in the weeks before (drawn nearer early in an academic year, so they
 * fall in it) and three to come.
 */
const EVENTS: DemoEvent[] = [
  {
    kind: HubEventKind.EMPLOYER_NETWORK_SESSION,
    title: 'Employer Network breakfast: the year ahead',
    description: 'Employers, advisers and the hub team plan the year’s encounters.',
    day: -63,
    hours: [8, 10],
    venue: 'Cunard Building',
    address: 'Water Street, Liverpool L3 1DS',
    capacity: 60,
    audiences: [HubEventAudience.EMPLOYER_CONTACTS, HubEventAudience.ADVISERS],
    adviser: true,
    employer: true,
  },
  {
    kind: HubEventKind.STUDENT_EVENT,
    title: 'Digital Manufacturing Week: students’ day',
    description: 'Pupils meet manufacturers using robotics, data and digital twins.',
    day: -42,
    hours: [9, 14],
    venue: 'Exhibition Centre Liverpool',
    address: 'Kings Dock Street, Liverpool L3 4FP',
    capacity: 150,
    audiences: [HubEventAudience.CAREERS_LEADERS],
    groups: [
      [9, 30, 27],
      [10, 25, 25],
    ],
  },
  {
    kind: HubEventKind.PARENT_CARER_SESSION,
    title: 'Careers in games: a panel for parents and carers',
    description:
      'The gaming network’s panel of experts answers parents’ and carers’ questions about careers in games.',
    day: -14,
    hours: [18, 20],
    venue: 'Baltic Triangle Games',
    address: 'Jamaica Street, Liverpool L1 0AH',
    capacity: 120,
    audiences: [HubEventAudience.PARENTS_CARERS, HubEventAudience.PUBLIC],
    sectorGroup: 'Gaming',
    followUpLinks: [
      { label: 'FAQ guide: careers in games', url: 'https://careershub.example/games-faq' },
    ],
    public: PARENT_HOUSEHOLDS,
  },
  {
    kind: HubEventKind.ADVISER_NETWORK_MEETING,
    title: 'Enterprise Adviser Network meeting',
    description: 'The hub’s Enterprise Advisers together: what worked this term.',
    day: 21,
    hours: [9, 12],
    venue: 'Albert Dock Hotel',
    address: 'Royal Albert Dock, Liverpool L3 4AA',
    capacity: 80,
    audiences: [HubEventAudience.ADVISERS],
    adviser: true,
  },
  {
    kind: HubEventKind.ADVISER_NETWORK_MEETING,
    title: 'Thank you, Enterprise Advisers',
    description: 'The Enterprise Adviser Network meets again, and the hub thanks its volunteers.',
    day: 56,
    hours: [16, 18],
    venue: 'Waterfront Suites',
    address: 'Mann Island, Liverpool L3 1BP',
    capacity: 80,
    audiences: [HubEventAudience.ADVISERS],
    adviser: true,
  },
  {
    kind: HubEventKind.CELEBRATION,
    title: 'Careers Hub celebration',
    description: 'The network’s year celebrated: employers, advisers and schools.',
    day: 98,
    hours: [15, 18],
    venue: 'St George’s Hall',
    address: 'St George’s Place, Liverpool L1 1JJ',
    capacity: 200,
    audiences: [
      HubEventAudience.ADVISERS,
      HubEventAudience.EMPLOYER_CONTACTS,
      HubEventAudience.CAREERS_LEADERS,
    ],
    employer: true,
    groups: [[12, 6, 0]],
  },
];

/**
 * A year of the demo hub's events through the real services, so their rules hold: those already
 * over were planned, published and filled a few weeks before (the clock set back), then their
 * attendance recorded (some no-shows) and follow-up sent; those to come are published with the
 * demo accounts registered. Parents' and carers' registrations, which confirm themselves from an
 * emailed link no seed can follow, are written confirmed.
 */
@Injectable()
export class DemoEventsSeedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly events: HubEventsService,
    private readonly registrations: HubEventRegistrationsService,
  ) {}

  async seed(admin: Actor, people: DemoEventPeople): Promise<void> {
    const hubId = admin.hubId!;
    const now = this.clock.now();
    const oldest = -Math.min(...EVENTS.map((plan) => plan.day));
    const [institution] = (await this.db.query(
      `SELECT id FROM institutions WHERE hub_id = $1 AND careers_leader_id = $2 ORDER BY name LIMIT 1`,
      [hubId, people.careersLeaderUserId],
    )) as { id: string }[];
    const groups = (await this.db.query(`SELECT id, name FROM sector_groups WHERE hub_id = $1`, [
      hubId,
    ])) as { id: string; name: string }[];
    const actor = (userId: string, role: Role): Actor => ({ userId, role, hubId });
    try {
      for (const plan of EVENTS) {
        const day = plan.day < 0 ? -daysAgoThisYear(-plan.day, oldest) : plan.day;
        const date = isoDate(new Date(now.getTime() + day * DAY_MS));
        const on = (hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
        const startsAt = on(plan.hours[0]);
        const past = startsAt <= now;
        if (past) {
          this.clock.setToday(isoDate(new Date(startsAt.getTime() - PLANNED_DAYS_AHEAD * DAY_MS)));
        }
        const event = await this.events.create(admin, {
          kind: plan.kind,
          title: plan.title,
          description: plan.description,
          venue: plan.venue,
          address: plan.address,
          startsAt,
          endsAt: on(plan.hours[1]),
          capacity: plan.capacity,
          audiences: plan.audiences,
          sectorGroupId: groups.find((g) => g.name === plan.sectorGroup)?.id,
          followUpLinks: plan.followUpLinks ?? [],
        });
        await this.events.publish(admin, event.id);
        const registered: { id: string; attended: number }[] = [];
        const register = async (who: Actor, extra: object, attended: number) => {
          const r = await this.registrations.register(who, {
            eventId: event.id,
            consentToContact: true,
            joinWaitingList: false,
            ...extra,
          });
          registered.push({ id: r.id, attended });
        };
        if (plan.adviser) {
          await register(actor(people.adviserUserId, Role.ADVISER), {}, 1);
        }
        if (plan.employer) {
          await register(actor(people.employerUserId, Role.EMPLOYER), {}, past ? 1 : 0);
        }
        for (const [yearGroup, places, attended] of institution ? (plan.groups ?? []) : []) {
          await register(
            actor(people.careersLeaderUserId, Role.CAREERS_LEADER),
            { institutionId: institution.id, yearGroup, places },
            attended,
          );
        }
        for (const [index, [places, attended]] of (plan.public ?? []).entries()) {
          registered.push({ id: await this.parentRegistration(event.id, index, places), attended });
        }
        const endsAt = on(plan.hours[1]);
        // Under way as the demo starts: its attendance is for hub staff to record.
        if (!past || endsAt > now) continue;
        const dayAfter = new Date(startsAt.getTime() + DAY_MS);
        this.clock.setToday(dayAfter <= now ? isoDate(dayAfter) : null);
        for (const r of registered) {
          await this.registrations.recordAttendance(admin, {
            registrationId: r.id,
            attended: r.attended,
          });
        }
        if (plan.followUpLinks?.length) await this.registrations.sendFollowUp(admin, event.id);
      }
    } finally {
      this.clock.setToday(null);
    }
  }

  /** A parent or carer registered on the public page, their address confirmed. */
  private async parentRegistration(eventId: string, index: number, places: number) {
    const [row] = (await this.db.query(
      `INSERT INTO hub_event_registrations (hub_id, event_id, kind, status, name, email, places,
         consent_to_contact, confirmed_at)
       SELECT hub_id, id, 'PUBLIC', 'CONFIRMED', $2, $3, $4, $5, $6 FROM hub_events WHERE id = $1
       RETURNING id`,
      [
        eventId,
        `Parent ${index + 1}`,
        `parent.${index + 1}@families.example`,
        places,
        index % 4 !== 0,
        this.clock.now(),
      ],
    )) as { id: string }[];
    return row.id;
  }
}
