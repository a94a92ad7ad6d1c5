import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfigModule, DatabaseModule, LoggingModule } from '@chn/core';
import { IdentityModule } from '@chn/identity';
import { InstitutionsModule } from '@chn/institutions';
import { JobHandlerRegistry, QueueModule } from '@chn/queue';
import { QueueWorkers } from './queue-workers.service';

/** The worker process: the domain modules without their GraphQL parts, plus the queue workers. */
@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule,
    QueueModule,
    DiscoveryModule,
    IdentityModule,
    InstitutionsModule,
  ],
  providers: [JobHandlerRegistry, QueueWorkers],
})
export class WorkerModule {}
