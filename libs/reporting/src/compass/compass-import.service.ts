import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  Actor,
  Clock,
  csvRefusal,
  hubForWrite,
  parseOrRefuse,
  transactionUnlessDryRun,
} from '@chn/core';
import { CompassCsvProblem, parseCompassCsv } from './compass-csv';
import { hubInstitutionIdsByUrn } from './csv-import';
import { CompassEvaluationsService } from './compass-evaluations.service';
import { CompassImportReport } from './compass.types';

const CSV_INVALID = 'COMPASS_CSV_INVALID';

/** Compass evaluations from a CSV file, all or nothing; re-importing a file changes nothing. */
@Injectable()
export class CompassImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly evaluations: CompassEvaluationsService,
    private readonly clock: Clock,
  ) {}

  import(
    actor: Actor,
    csv: string,
    options: { hubId?: string | null; dryRun?: boolean } = {},
  ): Promise<CompassImportReport> {
    return this.importInto(hubForWrite(actor, options.hubId), csv, {
      recordedBy: actor.userId,
      dryRun: options.dryRun,
    });
  }

  /**
   * Also used by the CLI: every row's URN must be an institution of the hub. A dry run reports
   * the same and keeps nothing.
   */
  async importInto(
    hubId: string,
    csv: string,
    options: { recordedBy?: string | null; dryRun?: boolean } = {},
  ): Promise<CompassImportReport> {
    const dryRun = options.dryRun ?? false;
    const records = parseOrRefuse(CSV_INVALID, csv, parseCompassCsv);
    const byUrn = await hubInstitutionIdsByUrn(
      this.db,
      hubId,
      records.map((r) => r.urn),
    );
    const today = this.clock.today();
    const problems: CompassCsvProblem[] = [];
    for (const record of records) {
      if (!byUrn.has(record.urn)) {
        problems.push({
          line: record.line,
          message: `no institution with URN ${record.urn} in the hub`,
        });
      } else if (record.evaluatedOn > today) {
        problems.push({
          line: record.line,
          message: `evaluated_on ${record.evaluatedOn} is in the future`,
        });
      }
    }
    if (problems.length > 0) throw csvRefusal(CSV_INVALID, problems);
    const written = await transactionUnlessDryRun(this.db, dryRun, (manager) =>
      this.evaluations.write(
        manager,
        records.map((record) => ({
          ...record,
          hubId,
          institutionId: byUrn.get(record.urn)!,
        })),
        { replace: true, recordedBy: options.recordedBy ?? null },
      ),
    );
    const created = written.filter((row) => row.created).length;
    return { dryRun, rows: records.length, created, replaced: written.length - created };
  }
}
