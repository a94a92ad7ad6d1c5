import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AdvisersModule } from '@chn/advisers';
import {
  AppConfigModule,
  ClockModule,
  DatabaseModule,
  LoggingModule,
  RetentionPurgeService,
} from '@chn/core';
import { EmployersModule } from '@chn/employers';
import { EventsModule } from '@chn/events';
import { IdentityModule } from '@chn/identity';
import { InstitutionsModule } from '@chn/institutions';
import { MatchingModule } from '@chn/matching';
import { NotificationsWorkerModule } from '@chn/notifications';
import { OpportunitiesModule } from '@chn/opportunities';
import { JobHandlerRegistry, JobSchedules, QueueModule } from '@chn/queue';
import { QueueWorkers } from './queue-workers.service';
import { RetentionPurgeJob } from './retention-purge.job';

/** The worker process: the domain modules without their GraphQL parts, plus the queue workers. */
@Module({
  imports: [
    AppConfigModule,
    ClockModule,
    LoggingModule,
    DatabaseModule,
    QueueModule,
    DiscoveryModule,
    IdentityModule,
    InstitutionsModule,
    EmployersModule,
    OpportunitiesModule,
    AdvisersModule,
    MatchingModule,
    EventsModule,
    NotificationsWorkerModule,
  ],
  providers: [
    JobHandlerRegistry,
    JobSchedules,
    QueueWorkers,
    RetentionPurgeService,
    RetentionPurgeJob,
  ],
})
export class WorkerModule {}
