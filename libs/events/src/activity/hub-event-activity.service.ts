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
import { assertManages } from '../hub-event-access';
import { HubEventsService } from '../hub-events.service';
import { hubEventActivityOf } from './hub-event-activity.queries';
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
    return hubEventActivityOf(this.db, hubs[0], year, this.clock.now());
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
