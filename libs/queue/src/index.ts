export * from './queues';
export * from './redis-connection';
export * from './job-queue.service';
export * from './queue.module';
export * from './job-handler.decorator';
export * from './job-handler.registry';
export * from './job-schedules.service';
