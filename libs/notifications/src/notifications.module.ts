import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdviserDataExtensions, AdvisersModule } from '@chn/advisers';
import { adviserNotificationsSection } from './data-protection/adviser-notifications.section';
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
    AdvisersModule,
  ],
  providers: [InboxService, DeliveryAdminService],
  exports: [InboxService, DeliveryAdminService],
})
export class NotificationsModule implements OnModuleInit {
  constructor(private readonly adviserData: AdviserDataExtensions) {}

  /** An adviser's notifications go into their export and are erased with them. */
  onModuleInit(): void {
    this.adviserData.addSection(adviserNotificationsSection);
  }
}
