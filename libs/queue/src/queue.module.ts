import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@chn/core';
import { JobQueue } from './job-queue.service';
import { DEFAULT_JOB_OPTIONS, QueueName } from './queues';
import { redisConnectionOptions } from './redis-connection';

const queues = Object.values(QueueName).map((name) => BullModule.registerQueue({ name }));

/** BullMQ on the configured Redis, every queue registered, and the typed JobQueue. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: redisConnectionOptions(config.REDIS_URL),
        prefix: config.QUEUE_PREFIX,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    ...queues,
  ],
  providers: [JobQueue],
  exports: [JobQueue, ...queues],
})
export class QueueModule {}
