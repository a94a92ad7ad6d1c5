import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Connection, CurrentActor, HUB_TEAM, ParseIdPipe, Role, Roles } from '@chn/core';
import { DeliveryAdminService } from '../delivery-admin.service';
import { NotificationEntity } from '../entities/notification.entity';
import { NotificationKind } from '../entities/notification.enums';
import { EmailDelivery, FailedNotificationsArgs, QueueStats } from './notification.type';

const EmailDeliveryConnection = Connection(EmailDelivery, 'EmailDelivery');

function toEmailDelivery(n: NotificationEntity): EmailDelivery {
  return {
    id: n.id,
    kind: n.kind as NotificationKind,
    recipientEmail: n.recipientEmail,
    subject: n.subject,
    status: n.status,
    attempts: n.attempts,
    lastError: n.lastError,
    createdAt: n.createdAt,
    sentAt: n.sentAt,
  };
}

@Resolver(() => EmailDelivery)
export class DeliveryAdminResolver {
  constructor(private readonly admin: DeliveryAdminService) {}

  @Roles(...HUB_TEAM)
  @Query(() => EmailDeliveryConnection, {
    description: 'Emails of your hub that could not be delivered after every try, oldest first.',
  })
  async failedNotifications(@CurrentActor() actor: Actor, @Args() args: FailedNotificationsArgs) {
    const page = await this.admin.failed(actor, args);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toEmailDelivery(e.node) })) };
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => EmailDelivery, {
    description: 'Sends a FAILED email of your hub again (it becomes PENDING until sent).',
  })
  async retryNotification(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The failed notification.' }, ParseIdPipe)
    id: string,
  ) {
    return toEmailDelivery(await this.admin.retry(actor, id));
  }

  @Roles(Role.HUB_ADMIN)
  @Query(() => [QueueStats], { description: 'Job counts of every background queue.' })
  queueStats() {
    return this.admin.queueStats();
  }
}
