import { Column, Entity, Index, Unique } from 'typeorm';
import { BaseEntity } from '@chn/core';
import { NotificationChannel, NotificationStatus } from './notification.enums';

/**
 * One notification to one person on one channel, rendered when the event was processed.
 * The unique key (event, recipient, channel) makes processing an event twice harmless.
 */
@Entity('notifications')
@Unique('uq_notifications_event_recipient_channel', ['eventId', 'recipientEmail', 'channel'])
@Index('ix_notifications_inbox', ['recipientUserId', 'createdAt'], {
  where: `channel = 'IN_APP'`,
})
@Index('ix_notifications_failed', ['hubId', 'createdAt'], { where: `status = 'FAILED'` })
@Index('ix_notifications_pending_email_claims', ['claimedUntil'], {
  where: `channel = 'EMAIL' AND status = 'PENDING'`,
})
export class NotificationEntity extends BaseEntity {
  @Index('ix_notifications_hub_id')
  @Column({ name: 'hub_id', type: 'uuid', nullable: true })
  hubId: string | null;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'varchar', length: 50 })
  kind: string;

  @Column({ type: 'enum', enum: NotificationChannel, enumName: 'notification_channel' })
  channel: NotificationChannel;

  @Column({ name: 'recipient_email', type: 'varchar', length: 320 })
  recipientEmail: string;

  @Index('ix_notifications_recipient_user_id')
  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId: string | null;

  @Column({ type: 'enum', enum: NotificationStatus, enumName: 'notification_status' })
  status: NotificationStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError: string | null;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ name: 'body_text', type: 'text' })
  bodyText: string;

  @Column({ name: 'body_html', type: 'text', nullable: true })
  bodyHtml: string | null;

  @Column({ name: 'action_url', type: 'varchar', length: 500, nullable: true })
  actionUrl: string | null;

  @Column({ name: 'unsubscribe_url', type: 'varchar', length: 1000, nullable: true })
  unsubscribeUrl: string | null;

  /**
   * Until when a PENDING email belongs to whoever holds it: the batch that created it, the sender
   * sending it, or the job queued for its next try. Past it, the sweep hands the email on.
   */
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;

  /** Files sent with the email (an event's calendar file): name, MIME type, text. */
  @Column({ type: 'jsonb', nullable: true })
  attachments: { filename: string; contentType: string; content: string }[] | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
