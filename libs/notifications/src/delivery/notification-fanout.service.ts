import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@chn/core';
import { JobHandler, JobPayloads, JobQueue } from '@chn/queue';
import { NotificationChannel, NotificationStatus } from '../entities/notification.enums';
import { renderNotification } from '../templates/render';
import { TemplateInput } from '../templates/templates';
import { UnsubscribeTokens } from '../unsubscribe/unsubscribe-token';
import { isAccountEmail } from './account-emails';
import { EmailDelivery } from './email-delivery.service';
import { sendEmailJob } from './send-email-job';
import {
  EventSubject,
  loadEvents,
  loadRecipients,
  loadSubjects,
  Recipient,
  StoredEvent,
} from './event-read-model';
import { NOTIFICATION_RULES, NotificationRule, RETRY_EVENT_TYPE } from './notification-rules';

/** Rows per INSERT: 15 parameters each, well under PostgreSQL's 65,535. */
const ROWS_PER_INSERT = 1000;

/** An event someone hears about, with its rule. */
interface Notified {
  event: StoredEvent;
  rule: NotificationRule;
}

/**
 * Turns relayed domain events into notifications: an in-app one for each recipient with an
 * account and an email for each address, then sends the emails at once (a failed send is
 * retried by its own job). Running it twice for one event (a retried or duplicated job)
 * inserts nothing new and sends only emails still PENDING.
 */
@Injectable()
export class NotificationFanout {
  private readonly tokens: UnsubscribeTokens;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
    private readonly delivery: EmailDelivery,
  ) {
    this.tokens = new UnsubscribeTokens(config.JWT_SECRET);
  }

  /** A batch of relayed events: set-wise reads, one INSERT per 1,000 rows, one delivery run. */
  @JobHandler('notifications.events')
  async handleMany(payload: JobPayloads['notifications.events']): Promise<{ emails: number }> {
    const events = await loadEvents(this.db.manager, payload.eventIds);
    let resent = 0;
    for (const event of events.filter((e) => e.type === RETRY_EVENT_TYPE)) {
      resent += (await this.resend(event)).emails;
    }
    const notified = events.flatMap((event) => {
      const rule: NotificationRule | null = NOTIFICATION_RULES[event.type];
      return rule ? [{ event, rule }] : [];
    });
    const rows = await this.notificationRows(notified);
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      await this.insertRows(rows.slice(i, i + ROWS_PER_INSERT));
    }
    const pending = await this.pendingEmails(notified.map(({ event }) => event.id));
    const sent = await this.delivery.deliver(pending);
    return { emails: sent + resent };
  }

  /**
   * The notification rows of the events, as INSERT parameters (15 each). The reads are set-wise:
   * one query for the subjects, one per kind of event for the recipients, one for opt-outs.
   */
  private async notificationRows(notified: Notified[]): Promise<unknown[][]> {
    const manager = this.db.manager;
    const events = notified.map(({ event }) => event);
    const subjects = await loadSubjects(manager, events);
    const recipients: Recipient[][] = events.map(() => []);
    const byRule = new Map<NotificationRule, number[]>();
    notified.forEach(({ rule }, index) => byRule.set(rule, [...(byRule.get(rule) ?? []), index]));
    for (const [rule, indexes] of byRule) {
      const found = await loadRecipients(
        manager,
        indexes.map((i) => events[i]),
        indexes.map((i) => subjects[i]),
        rule.audiences,
      );
      indexes.forEach((eventIndex, k) => (recipients[eventIndex] = found[k]));
    }
    const optedOut = await this.optedOut(recipients.flat().map((r) => r.email));
    return notified.flatMap((item, index) =>
      this.eventRows(item, subjects[index], recipients[index], optedOut),
    );
  }

  /** `kind:email` for every email turned off by its recipient. */
  private async optedOut(emails: string[]): Promise<Set<string>> {
    if (emails.length === 0) return new Set();
    const rows = (await this.db.query(
      `SELECT kind, email FROM notification_preferences WHERE email = ANY($1) AND NOT email_enabled`,
      [[...new Set(emails)]],
    )) as { kind: string; email: string }[];
    return new Set(rows.map((r) => `${r.kind}:${r.email}`));
  }

  private eventRows(
    { event, rule: { kind } }: Notified,
    subject: EventSubject,
    recipients: Recipient[],
    optedOut: Set<string>,
  ): unknown[][] {
    const rows: unknown[][] = [];
    // The rule gave this event its kind, and each kind comes from one event (`EventOfKind`).
    const payload = event.payload as TemplateInput['payload'];
    const account = isAccountEmail(kind);
    for (const recipient of recipients) {
      const unsubscribeUrl = account
        ? undefined
        : `${this.config.publicUrl}/notifications/unsubscribe?token=${this.tokens.sign({
            email: recipient.email,
            kind,
          })}`;
      const message = renderNotification(
        kind,
        { subject, payload, aggregateId: event.aggregateId },
        { recipientName: recipient.name, publicUrl: this.config.publicUrl, unsubscribeUrl },
      );
      const common = [
        event.hubId,
        event.id,
        kind,
        recipient.email,
        recipient.userId,
        message.subject,
      ];
      if (recipient.userId) {
        rows.push([
          ...common,
          message.summary,
          NotificationChannel.IN_APP,
          NotificationStatus.SENT,
          null,
          message.actionUrl,
          null,
          new Date(),
          null,
          null,
        ]);
      }
      const status =
        !account && optedOut.has(`${kind}:${recipient.email}`)
          ? NotificationStatus.SKIPPED
          : NotificationStatus.PENDING;
      rows.push([
        ...common,
        message.text,
        NotificationChannel.EMAIL,
        status,
        message.html,
        message.actionUrl,
        unsubscribeUrl ?? null,
        null,
        message.attachments.length ? JSON.stringify(message.attachments) : null,
        // A PENDING email belongs to this batch's delivery for the length of a claim.
        status === NotificationStatus.PENDING ? this.config.EMAIL_CLAIM_SECONDS : null,
      ]);
    }
    return rows;
  }

  private async insertRows(rows: unknown[][]): Promise<void> {
    if (rows.length === 0) return;
    const width = 15;
    const values = rows
      .map((_, r) => {
        const p = (c: number) => `$${r * width + c + 1}`;
        const columns = Array.from({ length: width - 1 }, (_, c) => p(c));
        return `(${columns.join(', ')}, now() + make_interval(secs => ${p(width - 1)}::int))`;
      })
      .join(', ');
    await this.db.query(
      `INSERT INTO notifications (hub_id, event_id, kind, recipient_email, recipient_user_id, subject,
         body_text, channel, status, body_html, action_url, unsubscribe_url, sent_at, attachments,
         claimed_until)
       VALUES ${values}
       ON CONFLICT ON CONSTRAINT uq_notifications_event_recipient_channel DO NOTHING`,
      rows.flat(),
    );
  }

  private async pendingEmails(eventIds: string[]): Promise<string[]> {
    if (eventIds.length === 0) return [];
    const rows = (await this.db.query(
      `SELECT id FROM notifications
       WHERE event_id = ANY($1) AND channel = 'EMAIL' AND status = 'PENDING' AND attempts = 0
       ORDER BY id`,
      [eventIds],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** A re-send asked for by hub staff: a fresh job (own id) for the notification named. */
  private async resend(event: StoredEvent): Promise<{ emails: number }> {
    const [row] = (await this.db.query(
      `SELECT id FROM notifications WHERE id = $1 AND channel = 'EMAIL' AND status = 'PENDING'`,
      [event.aggregateId],
    )) as { id: string }[];
    if (!row) return { emails: 0 };
    // retryNotification set its tries back to 0 and held it for this job.
    const job = sendEmailJob(row.id, 0, event.id);
    await this.jobs.enqueue('notifications.send-email', job.payload, job.options);
    return { emails: 1 };
  }
}
