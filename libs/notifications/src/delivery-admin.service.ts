import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  Actor,
  AppConfig,
  ConnectionShape,
  DomainError,
  isHubTeamOf,
  paginate,
  readableHubs,
  recordEvent,
} from '@chn/core';
import { JobQueue } from '@chn/queue';
import { NotificationChannel, NotificationStatus } from './entities/notification.enums';
import { NotificationEntity } from './entities/notification.entity';
import { RETRY_EVENT_TYPE } from './delivery/notification-rules';
import { FailedNotificationsArgs, QueueStats } from './graphql/notification.type';

/** What hub staff and admins see of delivery: failed emails, re-sending them, queue counts. */
@Injectable()
export class DeliveryAdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  failed(
    actor: Actor,
    args: FailedNotificationsArgs,
  ): Promise<ConnectionShape<NotificationEntity>> {
    const hubs = readableHubs(actor, args.hubId);
    const query = this.db
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.status = :status', { status: NotificationStatus.FAILED })
      .andWhere('n.channel = :channel', { channel: NotificationChannel.EMAIL });
    if (hubs) query.andWhere('n.hub_id = ANY(:hubs)', { hubs });
    return paginate(query, args, {
      sortExpression: "date_trunc('milliseconds', n.created_at)",
      sortValue: (n) => n.createdAt.toISOString(),
      idExpression: 'n.id',
      id: (n) => n.id,
    });
  }

  /**
   * Puts a FAILED email back to PENDING, held for the send job of the outbox event recorded in
   * the same transaction: a Redis outage cannot lose the request (the sweep takes the email
   * once the hold runs out).
   */
  async retry(actor: Actor, id: string): Promise<NotificationEntity> {
    return this.db.transaction(async (manager) => {
      const notification = await manager
        .createQueryBuilder(NotificationEntity, 'n')
        .setLock('pessimistic_write')
        .where('n.id = :id AND n.channel = :channel', { id, channel: NotificationChannel.EMAIL })
        .getOne();
      if (!notification || !notification.hubId || !isHubTeamOf(actor, notification.hubId)) {
        throw DomainError.notFound('notification', id);
      }
      if (notification.status !== NotificationStatus.FAILED) {
        throw DomainError.conflict(
          'NOTIFICATION_NOT_FAILED',
          `Only a FAILED notification can be sent again; this one is ${notification.status}`,
        );
      }
      await manager.query(
        `UPDATE notifications SET status = 'PENDING', attempts = 0, last_error = NULL,
           claimed_until = now() + make_interval(secs => $2), updated_at = now()
         WHERE id = $1`,
        [id, this.config.EMAIL_CLAIM_SECONDS],
      );
      await recordEvent(manager, actor, {
        type: RETRY_EVENT_TYPE,
        hubId: notification.hubId,
        aggregateType: 'notification',
        aggregateId: id,
      });
      return manager.findOneByOrFail(NotificationEntity, { id });
    });
  }

  async queueStats(): Promise<QueueStats[]> {
    return Promise.all(
      this.jobs.allQueues().map(async (queue) => {
        const counts = await queue.getJobCounts(
          'waiting',
          'active',
          'failed',
          'delayed',
          'completed',
        );
        return {
          queue: queue.name,
          waiting: counts.waiting ?? 0,
          active: counts.active ?? 0,
          failed: counts.failed ?? 0,
          delayed: counts.delayed ?? 0,
          completed: counts.completed ?? 0,
        };
      }),
    );
  }
}
