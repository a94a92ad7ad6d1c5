import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID, ArrayMaxSize } from 'class-validator';
import { ConnectionArgs } from '@chn/core';
import { NotificationKind, NotificationStatus } from '../entities/notification.enums';

@ObjectType({ description: 'Something the signed-in user was told about, readable in the app.' })
export class Notification {
  @Field(() => ID, { description: 'Identifier of the notification.' })
  id: string;

  @Field(() => NotificationKind, { description: 'What the notification is about.' })
  kind: NotificationKind;

  @Field({ description: 'One-line summary, as the email subject.' })
  subject: string;

  @Field({ description: 'The message, plain text.' })
  body: string;

  @Field(() => String, { nullable: true, description: 'Where to act on it.' })
  actionUrl: string | null;

  @Field({ description: 'When it was created.' })
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the user marked it read; null while unread.',
  })
  readAt: Date | null;
}

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'Only notifications not yet marked read.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { description: 'Notifications to mark read (up to 100); others are ignored.' })
  @IsUUID('all', { each: true, message: 'each id must be a notification id' })
  @ArrayMaxSize(100)
  ids: string[];
}

@ObjectType({ description: 'Whether the signed-in user gets one kind of notification by email.' })
export class NotificationPreference {
  @Field(() => NotificationKind, { description: 'The kind of notification.' })
  kind: NotificationKind;

  @Field({ description: 'True to receive it by email (it always appears in the app).' })
  email: boolean;
}

@ArgsType()
export class SetNotificationPreferenceArgs {
  @Field(() => NotificationKind, { description: 'The kind of notification.' })
  @IsEnum(NotificationKind)
  kind: NotificationKind;

  @Field({ description: 'True to receive it by email, false to stop.' })
  @IsBoolean()
  email: boolean;
}

@ObjectType({
  description: 'One email notification, as hub staff see it when it could not be delivered.',
})
export class EmailDelivery {
  @Field(() => ID, { description: 'Identifier of the notification.' })
  id: string;

  @Field(() => NotificationKind, { description: 'What the email is about.' })
  kind: NotificationKind;

  @Field({ description: 'The address it was sent to.' })
  recipientEmail: string;

  @Field({ description: 'The email subject.' })
  subject: string;

  @Field(() => NotificationStatus, { description: 'Delivery state.' })
  status: NotificationStatus;

  @Field(() => Int, { description: 'Tries made so far.' })
  attempts: number;

  @Field(() => String, { nullable: true, description: 'Why the last try failed.' })
  lastError: string | null;

  @Field({ description: 'When the notification was created.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the mail service accepted it.' })
  sentAt: Date | null;
}

@ArgsType()
export class FailedNotificationsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'National administrators: one hub only.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}

@ObjectType({ description: 'Job counts of one queue.' })
export class QueueStats {
  @Field({ description: 'Queue name.' })
  queue: string;

  @Field(() => Int, { description: 'Jobs waiting to run.' })
  waiting: number;

  @Field(() => Int, { description: 'Jobs running now.' })
  active: number;

  @Field(() => Int, { description: 'Jobs failed for good (kept for inspection).' })
  failed: number;

  @Field(() => Int, {
    description: 'Jobs waiting for a later time (retries with backoff, delays).',
  })
  delayed: number;

  @Field(() => Int, { description: 'Recently completed jobs still kept.' })
  completed: number;
}
