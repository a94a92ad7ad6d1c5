import { applyDecorators, SetMetadata } from '@nestjs/common';
import { AppConfig } from '@chn/core';
import { JobName, JobPayloads } from './queues';

export const JOB_HANDLER_KEY = 'chn:job-handler';
export const JOB_SCHEDULE_KEY = 'chn:job-schedule';

/** When a repeating job runs (a cron pattern, server time, or every so many ms) and with what. */
export interface JobSchedule<N extends JobName = JobName> {
  repeat: { pattern: string } | { every: number };
  payload: JobPayloads[N];
}

export interface JobHandlerOptions<N extends JobName> {
  /** Makes the job repeat: the worker registers it in Redis and keeps it there. */
  schedule?: (config: AppConfig) => JobSchedule<N>;
}

/** Marks a provider method as the one handler of a job. The worker finds it at start-up. */
export const JobHandler = <N extends JobName>(name: N, options: JobHandlerOptions<N> = {}) =>
  applyDecorators(
    SetMetadata(JOB_HANDLER_KEY, name),
    ...(options.schedule ? [SetMetadata(JOB_SCHEDULE_KEY, options.schedule)] : []),
  );
