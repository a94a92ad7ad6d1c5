import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@chn/core';
import { JobHandler, JobPayloads, JobQueue } from '@chn/queue';
import {
  NotificationChannel,
  NotificationKind,
  NotificationStatus,
} from '../entities/notification.enums';
import { renderNotification } from '../templates/render';
import { UnsubscribeTokens } from '../unsubscribe/unsubscribe-token';
import { emailJobOptions } from './email-job-options';
import { loadEvent, loadRecipients, loadSubject, StoredEvent } from './event-read-model';
import { NOTIFICATION_RULES, RETRY_EVENT_TYPE } from './notification-rules';

/**
 * Turns one relayed domain event into notifications: an in-app one for each recipient with an
 * account and an email for each address, then queues the emails. Running it twice for one
 * event (a retried or duplicated job) inserts nothing new and queues only unsent emails again.
 */
@Injectable()
export class NotificationFanout {
  private readonly tokens: UnsubscribeTokens;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {
    this.tokens = new UnsubscribeTokens(config.JWT_SECRET);
  }

  @JobHandler('notifications.event')
  async handle(payload: JobPayloads['notifications.event']): Promise<{ emails: number }> {
    const event = await loadEvent(this.db.manager, payload.eventId);
    if (!event) return { emails: 0 };
    if (event.type === RETRY_EVENT_TYPE) return this.resend(event);
    const rule = NOTIFICATION_RULES[event.type];
    if (!rule) return { emails: 0 };
    const pending = await this.db.transaction(async (manager) => {
      await this.insertNotifications(manager, event, rule.kind, rule.audiences);
      return this.pendingEmails(manager, event.id);
    });
    await this.jobs.enqueueMany(
      'notifications.send-email',
      pending.map((id) => ({
        payload: { notificationId: id },
        options: emailJobOptions(this.config, `email-${id}`),
      })),
    );
    return { emails: pending.length };
  }

  private async insertNotifications(
    manager: EntityManager,
    event: StoredEvent,
    kind: NotificationKind,
    audiences: Parameters<typeof loadRecipients>[3],
  ): Promise<void> {
    const subject = await loadSubject(manager, event);
    const recipients = await loadRecipients(manager, event, subject, audiences);
    if (recipients.length === 0) return;
    const optedOut = new Set(
      (
        (await manager.query(
          `SELECT email FROM notification_preferences
           WHERE kind = $1 AND email = ANY($2) AND NOT email_enabled`,
          [kind, recipients.map((r) => r.email)],
        )) as { email: string }[]
      ).map((r) => r.email),
    );
    const rows: unknown[][] = [];
    for (const recipient of recipients) {
      const unsubscribeUrl = `${this.config.publicUrl}/notifications/unsubscribe?token=${this.tokens.sign(
        { email: recipient.email, kind },
      )}`;
      const message = renderNotification(
        kind,
        { subject, payload: event.payload, aggregateId: event.aggregateId },
        { recipientName: recipient.name, publicUrl: this.config.publicUrl, unsubscribeUrl },
      );
      const common = [
        event.hubId,
        event.id,
        kind,
        recipient.email,
        recipient.userId,
        message.subject,
        message.text,
      ];
      if (recipient.userId) {
        rows.push([
          ...common,
          NotificationChannel.IN_APP,
          NotificationStatus.SENT,
          null,
          message.actionUrl,
          null,
          new Date(),
        ]);
      }
      const status = optedOut.has(recipient.email)
        ? NotificationStatus.SKIPPED
        : NotificationStatus.PENDING;
      rows.push([
        ...common,
        NotificationChannel.EMAIL,
        status,
        message.html,
        message.actionUrl,
        unsubscribeUrl,
        null,
      ]);
    }
    const width = 13;
    const values = rows
      .map(
        (_, r) =>
          `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`,
      )
      .join(', ');
    await manager.query(
      `INSERT INTO notifications (hub_id, event_id, kind, recipient_email, recipient_user_id, subject,
         body_text, channel, status, body_html, action_url, unsubscribe_url, sent_at)
       VALUES ${values}
       ON CONFLICT ON CONSTRAINT uq_notifications_event_recipient_channel DO NOTHING`,
      rows.flat(),
    );
  }

  private async pendingEmails(manager: EntityManager, eventId: string): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT id FROM notifications WHERE event_id = $1 AND channel = 'EMAIL' AND status = 'PENDING'`,
      [eventId],
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
    await this.jobs.enqueue(
      'notifications.send-email',
      { notificationId: row.id },
      emailJobOptions(this.config, `email-${row.id}-${event.id}`),
    );
    return { emails: 1 };
  }
}
