import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, AppConfig } from '@chn/core';
import { CalendarFeedEntity } from '../entities/calendar-feed.entity';
import { buildCalendar, CalendarItem, hubEventUid, placeOf } from './ics';

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Each user's private calendar feed: an iCalendar address with a secret in it. Rotating it gives
 * a new address and stops the old one; revoking stops it altogether.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** A new secret address for the actor's feed; any earlier one stops working. */
  async rotate(actor: Actor): Promise<{ url: string }> {
    const token = randomBytes(32).toString('base64url');
    await this.db.query(
      `INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()`,
      [actor.userId, hashToken(token)],
    );
    return { url: `${this.config.publicUrl.replace(/\/$/, '')}/calendar/${token}.ics` };
  }

  async revoke(actor: Actor): Promise<boolean> {
    await this.db.getRepository(CalendarFeedEntity).delete({ userId: actor.userId });
    return true;
  }

  /**
   * The feed behind a secret, or null for an unknown or revoked one: the events the user
   * registered for (cancelled ones marked so), and for an adviser the starts of their matches.
   */
  async feed(token: string): Promise<string | null> {
    const feed = await this.db
      .getRepository(CalendarFeedEntity)
      .findOneBy({ tokenHash: hashToken(token) });
    if (!feed) return null;
    const events = (await this.db.query(
      `SELECT DISTINCT ON (e.id) e.id, e.title, e.description, e.starts_at, e.ends_at, e.venue,
         e.address, e.joining_url, e.status
       FROM hub_event_registrations r JOIN hub_events e ON e.id = r.event_id
       WHERE r.user_id = $1 AND r.status = 'CONFIRMED' AND e.status <> 'DRAFT'
       ORDER BY e.id`,
      [feed.userId],
    )) as {
      id: string;
      title: string;
      description: string;
      starts_at: Date;
      ends_at: Date;
      venue: string | null;
      address: string | null;
      joining_url: string | null;
      status: string;
    }[];
    // Matches have no meetings of their own: an adviser's feed shows when each one starts.
    const matches = (await this.db.query(
      `SELECT m.id, m.starts_on::text AS starts_on, i.name AS institution
       FROM matches m JOIN advisers a ON a.id = m.adviser_id
       JOIN institutions i ON i.id = m.institution_id
       WHERE a.user_id = $1 AND m.status IN ('PROPOSED', 'ACTIVE')`,
      [feed.userId],
    )) as { id: string; starts_on: string; institution: string }[];
    const items: CalendarItem[] = [
      ...events.map((e) => ({
        uid: hubEventUid(e.id),
        title: e.title,
        description: [e.description, e.joining_url ? `Join online: ${e.joining_url}` : '']
          .filter(Boolean)
          .join('\n\n'),
        startsAt: e.starts_at,
        endsAt: e.ends_at,
        location: placeOf({ venue: e.venue, address: e.address, joiningUrl: e.joining_url }),
        url: e.joining_url,
        cancelled: e.status === 'CANCELLED',
      })),
      ...matches.map((m) => ({
        uid: `match-${m.id}@careershub`,
        title: `Enterprise Adviser match with ${m.institution} starts`,
        description: `Your match with ${m.institution} starts on this day.`,
        startsAt: new Date(`${m.starts_on}T00:00:00Z`),
        endsAt: null,
        location: null,
        url: null,
      })),
    ];
    return buildCalendar('Careers Hub events', items);
  }
}
