import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, ANY_ROLE, Connection, CurrentActor, Roles } from '@chn/core';
import { NotificationEntity } from '../entities/notification.entity';
import { NotificationKind } from '../entities/notification.enums';
import { InboxService } from '../inbox.service';
import {
  MarkNotificationsReadArgs,
  Notification,
  NotificationPreference,
  NotificationsArgs,
  SetNotificationPreferenceArgs,
} from './notification.type';

const NotificationConnection = Connection(Notification, 'Notification');

export function toNotification(n: NotificationEntity): Notification {
  return {
    id: n.id,
    kind: n.kind as NotificationKind,
    subject: n.subject,
    body: n.bodyText,
    actionUrl: n.actionUrl,
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly inbox: InboxService) {}

  @Roles(...ANY_ROLE)
  @Query(() => NotificationConnection, {
    description: 'Your notifications, newest first.',
  })
  async notifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs) {
    const page = await this.inbox.list(actor, args);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toNotification(e.node) })) };
  }

  @Roles(...ANY_ROLE)
  @Mutation(() => Int, {
    description: 'Marks your notifications read; returns how many were unread and now are read.',
  })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args() args: MarkNotificationsReadArgs) {
    return this.inbox.markRead(actor, args.ids);
  }

  @Roles(...ANY_ROLE)
  @Query(() => [NotificationPreference], {
    description:
      'For every kind of notification you may turn off, whether you get it by email. Account emails (ACCOUNT_INVITATION, PASSWORD_RESET) are always sent and are not listed.',
  })
  notificationPreferences(@CurrentActor() actor: Actor) {
    return this.inbox.preferences(actor);
  }

  @Roles(...ANY_ROLE)
  @Mutation(() => NotificationPreference, {
    description:
      'Turns one kind of email notification on or off for you. Account emails (ACCOUNT_INVITATION, PASSWORD_RESET) cannot be turned off: INVALID_INPUT.',
  })
  setNotificationPreference(
    @CurrentActor() actor: Actor,
    @Args() args: SetNotificationPreferenceArgs,
  ) {
    return this.inbox.setPreference(actor, args.kind, args.email);
  }
}
