import { Module } from '@nestjs/common';
import { IdentityModule } from '@chn/identity';
import { DeliveryAdminResolver } from './graphql/delivery-admin.resolver';
import { NotificationsResolver } from './graphql/notifications.resolver';
import { NotificationsModule } from './notifications.module';
import { BullBoardMount } from './operations/bull-board';
import { UnsubscribeController } from './unsubscribe/unsubscribe.controller';

/** The notifications API: inbox, preferences, failed emails, queue figures, Bull Board, unsubscribe. */
@Module({
  imports: [NotificationsModule, IdentityModule],
  controllers: [UnsubscribeController],
  providers: [NotificationsResolver, DeliveryAdminResolver, BullBoardMount],
})
export class NotificationsGraphqlModule {}
