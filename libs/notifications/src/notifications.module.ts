import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeliveryAdminService } from './delivery-admin.service';
import { NotificationPreferenceEntity } from './entities/notification-preference.entity';
import { NotificationReminderEntity } from './entities/notification-reminder.entity';
import { NotificationEntity } from './entities/notification.entity';
import { InboxService } from './inbox.service';

/** Notifications without transport or delivery: the inbox, preferences and delivery admin. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      NotificationEntity,
      NotificationPreferenceEntity,
      NotificationReminderEntity,
    ]),
  ],
  providers: [InboxService, DeliveryAdminService],
  exports: [InboxService, DeliveryAdminService],
})
export class NotificationsModule {}
