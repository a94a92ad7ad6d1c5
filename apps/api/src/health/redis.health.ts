import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';
import { AppConfig } from '@chn/core';
import { READINESS_TIMEOUT_MS } from './readiness-timeout';

@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    @Inject(HealthIndicatorService) private readonly indicator: HealthIndicatorService,
    config: AppConfig,
  ) {
    this.redis = new Redis(config.REDIS_URL, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      connectTimeout: READINESS_TIMEOUT_MS,
      commandTimeout: READINESS_TIMEOUT_MS,
    });
    this.redis.on('error', () => undefined);
  }

  /** Up when Redis answers a PING within the readiness timeout, however it fails otherwise. */
  async check(key = 'redis') {
    const check = this.indicator.check(key);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${READINESS_TIMEOUT_MS} ms`)),
        READINESS_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([this.redis.ping(), deadline]);
      return check.up();
    } catch (error) {
      return check.down({ message: (error as Error).message });
    } finally {
      clearTimeout(timer);
    }
  }

  onModuleDestroy() {
    this.redis.disconnect();
  }
}
