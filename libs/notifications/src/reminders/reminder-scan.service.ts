import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, Clock } from '@chn/core';
import { JobHandler, JobPayloads } from '@chn/queue';
import { Reminder, REMINDERS } from './reminders';

export type ReminderCounts = Record<string, number>;

/**
 * The daily reminder scan. Each reminder (`reminders.ts`) is one statement that records, in the
 * outbox, its event for every item due today whose (kind, subject, period) key is new; the key
 * table makes it fire once per period however often and wherever it runs.
 */
@Injectable()
export class ReminderScan {
  private readonly logger = new Logger(ReminderScan.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @JobHandler('notifications.reminder-scan', {
    schedule: (config) => ({ repeat: { pattern: config.REMINDER_SCAN_CRON }, payload: {} }),
  })
  async run(payload: JobPayloads['notifications.reminder-scan']): Promise<ReminderCounts> {
    const today = payload.today ?? this.clock.today();
    const counts: ReminderCounts = {};
    for (const reminder of REMINDERS) {
      counts[reminder.kind] = await this.record(reminder, today);
    }
    this.logger.log({ today, ...counts }, 'Reminder scan recorded events');
    return counts;
  }

  private async record(reminder: Reminder, today: string): Promise<number> {
    const payload = Object.entries<string>(reminder.payload)
      .map(([field, sql]) => `'${field}', ${sql}`)
      .join(', ');
    const rows: unknown[] = await this.db.query(
      `WITH due AS (${reminder.due}),
       keyed AS (
         INSERT INTO notification_reminders (kind, subject_id, period)
         SELECT '${reminder.kind}', subject_id, period FROM due
         ON CONFLICT DO NOTHING
         RETURNING subject_id, period)
       INSERT INTO domain_events (hub_id, type, aggregate_type, aggregate_id, payload)
       SELECT d.hub_id, '${reminder.event}', '${reminder.aggregateType}', d.subject_id,
              jsonb_build_object(${payload})
       FROM due d JOIN keyed k ON k.subject_id = d.subject_id AND k.period = d.period
       RETURNING id`,
      reminder.params(today, this.config),
    );
    return rows.length;
  }
}
