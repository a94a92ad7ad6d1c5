import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/record-audit';
import { Clock } from '../calendar/clock';
import { AppConfig } from '../config/app-config';
import { RETENTION_RULES, retentionPurgeSql, RetentionRule } from './retention-rules';

export interface RetentionPurgeResult {
  /** Rows cleared, by rule name. */
  cleared: Record<string, number>;
}

/**
 * Clears what has been kept for its retention period, every rule in one transaction. A run
 * that clears something is audited with its counts; running it again clears nothing more.
 */
@Injectable()
export class RetentionPurgeService {
  private readonly logger = new Logger(RetentionPurgeService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  run(rules: readonly RetentionRule[] = RETENTION_RULES): Promise<RetentionPurgeResult> {
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      const cleared: Record<string, number> = {};
      const keptDays: Record<string, number> = {};
      for (const rule of rules) {
        const days = this.config[rule.setting];
        const [row] = await manager.query<{ cleared: number }[]>(retentionPurgeSql(rule), [
          now.toISOString(),
          days,
        ]);
        cleared[rule.name] = row.cleared;
        keptDays[rule.name] = days;
      }
      if (Object.values(cleared).some((n) => n > 0)) {
        await recordAudit(manager, null, {
          hubId: null,
          entityType: 'retention_purge',
          entityId: randomUUID(),
          action: 'purged',
          changes: { at: now.toISOString(), cleared, keptDays },
        });
      }
      this.logger.log({ cleared }, 'Retention purge');
      return { cleared };
    });
  }
}
