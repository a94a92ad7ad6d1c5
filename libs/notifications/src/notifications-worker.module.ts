import { Module } from '@nestjs/common';
import { EmailDelivery } from './delivery/email-delivery.service';
import { NotificationFanout } from './delivery/notification-fanout.service';
import { NotificationsModule } from './notifications.module';
import { OutboxRelay } from './relay/outbox-relay.service';
import { ReminderScan } from './reminders/reminder-scan.service';
import { EMAIL_TRANSPORT_PROVIDER } from './transports/transport.provider';

/** The worker's side: the outbox relay, the event and email job handlers, the reminder scan. */
@Module({
  imports: [NotificationsModule],
  providers: [
    EMAIL_TRANSPORT_PROVIDER,
    OutboxRelay,
    NotificationFanout,
    EmailDelivery,
    ReminderScan,
  ],
  exports: [OutboxRelay, ReminderScan],
})
export class NotificationsWorkerModule {}
