import { Module } from '@nestjs/common';
import { EmailClaims } from './delivery/email-claims';
import { EmailDelivery } from './delivery/email-delivery.service';
import { NotificationFanout } from './delivery/notification-fanout.service';
import { PendingEmailSweep } from './delivery/pending-email-sweep.service';
import { NotificationsModule } from './notifications.module';
import { OutboxRelay } from './relay/outbox-relay.service';
import { ReminderScan } from './reminders/reminder-scan.service';
import { EMAIL_TRANSPORT_PROVIDER } from './transports/transport.provider';

/**
 * The worker's side: the outbox relay, the event and email job handlers, the sweep of stuck
 * emails, the reminder scan.
 */
@Module({
  imports: [NotificationsModule],
  providers: [
    EMAIL_TRANSPORT_PROVIDER,
    OutboxRelay,
    NotificationFanout,
    EmailClaims,
    EmailDelivery,
    PendingEmailSweep,
    ReminderScan,
  ],
  exports: [OutboxRelay, ReminderScan, PendingEmailSweep],
})
export class NotificationsWorkerModule {}
