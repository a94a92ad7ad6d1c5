import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  academicYearOf,
  Actor,
  Clock,
  DomainError,
  isoDate,
  parseAcademicYear,
  readableHubs,
  toCsv,
} from '@chn/core';
import { HubEventKind } from '../domain/hub-event.enums';
import { assertManages } from '../hub-event-access';
import { HubEventsService } from '../hub-events.service';
import { HubEventActivity } from './hub-event-activity.type';

/** The hub's events reported for a year, and one event's attendance as CSV. */
@Injectable()
export class HubEventActivityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: HubEventsService,
    private readonly clock: Clock,
  ) {}

  async activity(
    actor: Actor,
    requestedHubId?: string | null,
    label?: string | null,
  ): Promise<HubEventActivity> {
    const hubs = readableHubs(actor, requestedHubId);
    if (!hubs) {
      throw DomainError.validation('HUB_REQUIRED', 'Name the hub (hubId) to report on', [
        { field: 'hubId', messages: ['hubId is required for a national administrator'] },
      ]);
    }
    const year = label ? parseAcademicYear(label) : academicYearOf(isoDate(this.clock.now()));
    const params = [hubs[0], year.startsOn, year.endsOn, this.clock.now()];
    const held = `SELECT id, kind FROM hub_events
      WHERE hub_id = $1 AND status = 'PUBLISHED' AND ends_at <= $4
        AND (starts_at AT TIME ZONE 'UTC')::date BETWEEN $2::date AND $3::date`;
    const byKind = (await this.db.query(
      `SELECT kind, count(*)::int AS held FROM (${held}) e GROUP BY kind ORDER BY kind`,
      params,
    )) as { kind: HubEventKind; held: number }[];
    const [figures] = (await this.db.query(
      `WITH held AS (${held}),
       r AS (SELECT r.* FROM hub_event_registrations r JOIN held ON held.id = r.event_id
             WHERE r.status = 'CONFIRMED')
       SELECT count(*)::int AS registrations,
         COALESCE(SUM(places), 0)::int AS people,
         COALESCE(SUM(attended), 0)::int AS attended,
         COALESCE(SUM(places) FILTER (WHERE attendance_recorded_at IS NOT NULL), 0)::int AS recorded,
         COALESCE(SUM(places - attended) FILTER (WHERE attendance_recorded_at IS NOT NULL), 0)::int AS no_shows,
         COALESCE(SUM(attended) FILTER (WHERE kind = 'PUBLIC'), 0)::int AS public_reached,
         (SELECT count(*)::int FROM advisers a WHERE a.hub_id = $1 AND a.status = 'ACTIVE'
            AND a.erased_at IS NULL) AS current_advisers,
         (SELECT count(DISTINCT a.id)::int FROM advisers a
            JOIN r ON r.user_id = a.user_id AND r.kind = 'ADVISER' AND r.attended > 0
            WHERE a.hub_id = $1 AND a.status = 'ACTIVE' AND a.erased_at IS NULL) AS advisers_attending
       FROM r`,
      params,
    )) as Record<string, number>[];
    return {
      academicYear: year.label,
      eventsHeld: byKind.reduce((sum, k) => sum + k.held, 0),
      byKind,
      registrations: figures.registrations,
      peopleRegistered: figures.people,
      attended: figures.attended,
      attendanceRate: figures.recorded > 0 ? figures.attended / figures.recorded : null,
      noShows: figures.no_shows,
      parentsAndCarersReached: figures.public_reached,
      advisersAttending: figures.advisers_attending,
      currentAdvisers: figures.current_advisers,
    };
  }

  /** One event's registrations and attendance as CSV, for its hub's staff. */
  async exportAttendance(actor: Actor, eventId: string): Promise<string> {
    const event = await this.events.find(actor, eventId);
    assertManages(actor, event);
    const rows = (await this.db.query(
      `SELECT r.kind, r.status, coalesce(r.name, u.name) AS name, r.email, i.name AS institution,
         r.year_group, r.places, r.attended, r.consent_to_contact
       FROM hub_event_registrations r LEFT JOIN users u ON u.id = r.user_id
       LEFT JOIN institutions i ON i.id = r.institution_id
       WHERE r.event_id = $1 ORDER BY r.created_at, r.id`,
      [eventId],
    )) as Record<string, string | number | boolean | null>[];
    return toCsv([
      [
        'kind',
        'status',
        'name',
        'email',
        'institution',
        'year_group',
        'places',
        'attended',
        'no_show',
        'consent_to_contact',
      ],
      ...rows.map((r) => [
        r.kind,
        r.status,
        r.name,
        r.email,
        r.institution,
        r.year_group,
        r.places,
        r.attended,
        r.attended === null ? null : (r.places as number) - (r.attended as number),
        r.consent_to_contact,
      ]),
    ]);
  }
}
