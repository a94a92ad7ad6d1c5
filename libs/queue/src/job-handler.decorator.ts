import { SetMetadata } from '@nestjs/common';
import { JobName } from './queues';

export const JOB_HANDLER_KEY = 'chn:job-handler';

/** Marks a provider method as the one handler of a job. The worker finds it at start-up. */
export const JobHandler = (name: JobName) => SetMetadata(JOB_HANDLER_KEY, name);
