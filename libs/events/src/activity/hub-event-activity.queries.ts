import { DataSource } from 'typeorm';
import { AcademicYear } from '@chn/core';
import { HubEventKind } from '../domain/hub-event.enums';
import { HubEventActivity } from './hub-event-activity.type';

/**
 * The hub's events held in the year: published (not cancelled), starting in the year and ended.
 * $1 hub, $2 year's first day, $3 year's last day, $4 now.
 */
const HELD = `SELECT id, kind FROM hub_events
  WHERE hub_id = $1 AND status = 'PUBLISHED' AND ends_at <= $4
    AND (starts_at AT TIME ZONE 'UTC')::date BETWEEN $2::date AND $3::date`;

export const HUB_EVENTS_HELD_BY_KIND_SQL = `
  SELECT kind, count(*)::int AS held FROM (${HELD}) e GROUP BY kind ORDER BY kind`;

/** Registrations, attendance and reach of the events held; parameters as HELD. */
export const HUB_EVENT_FIGURES_SQL = `
  WITH held AS (${HELD}),
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
  FROM r`;

/**
 * When the hub's latest event to have ended so far ended ($1 hub, $2 now): the events held
 * change as events end, with no write, so cached figures are kept per value of this.
 */
export const HUB_EVENTS_LAST_ENDED_SQL = `
  SELECT max(ends_at) AS last_ended FROM hub_events
  WHERE hub_id = $1 AND status = 'PUBLISHED' AND ends_at <= $2`;

/** The hub's events figures for the year as of `now` (libs/reporting/README.md defines them). */
export async function hubEventActivityOf(
  db: DataSource,
  hubId: string,
  year: AcademicYear,
  now: Date,
): Promise<HubEventActivity> {
  const params = [hubId, year.startsOn, year.endsOn, now];
  const byKind = (await db.query(HUB_EVENTS_HELD_BY_KIND_SQL, params)) as {
    kind: HubEventKind;
    held: number;
  }[];
  const [figures] = (await db.query(HUB_EVENT_FIGURES_SQL, params)) as Record<string, number>[];
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

/** The key under which `hubEventActivityOf`'s answer may be kept until the next write. */
export async function hubEventActivityVersion(
  db: DataSource,
  hubId: string,
  now: Date,
): Promise<string> {
  const [row] = (await db.query(HUB_EVENTS_LAST_ENDED_SQL, [hubId, now])) as {
    last_ended: Date | null;
  }[];
  return row.last_ended ? row.last_ended.toISOString() : 'none';
}
