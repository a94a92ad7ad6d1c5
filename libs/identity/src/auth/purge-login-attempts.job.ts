import { Injectable, Logger } from '@nestjs/common';
import { JobHandler, JobPayloads } from '@chn/queue';
import { LoginThrottleService } from './login-throttle.service';

@Injectable()
export class PurgeLoginAttemptsJob {
  private readonly logger = new Logger(PurgeLoginAttemptsJob.name);

  constructor(private readonly throttle: LoginThrottleService) {}

  @JobHandler('identity.purge-login-attempts', {
    schedule: () => ({ repeat: { pattern: '17 * * * *' }, payload: { olderThanHours: 24 } }),
  })
  async run(payload: JobPayloads['identity.purge-login-attempts']): Promise<{ purged: number }> {
    const purged = await this.throttle.purgeOlderThan(payload.olderThanHours);
    this.logger.log({ purged }, 'Purged stale sign-in attempt counts');
    return { purged };
  }
}
