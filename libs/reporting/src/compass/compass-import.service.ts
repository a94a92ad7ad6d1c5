import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, Clock, csvRefusal, hubForWrite, parseOrRefuse } from '@chn/core';
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

  import(actor: Actor, csv: string, hubId?: string | null): Promise<CompassImportReport> {
    return this.importInto(hubForWrite(actor, hubId), csv, actor.userId);
  }

  /** Also used by the CLI: every row's URN must be an institution of the hub. */
  async importInto(
    hubId: string,
    csv: string,
    recordedBy: string | null = null,
  ): Promise<CompassImportReport> {
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
    const written = await this.db.transaction((manager) =>
      this.evaluations.write(
        manager,
        records.map((record) => ({
          ...record,
          hubId,
          institutionId: byUrn.get(record.urn)!,
        })),
        { replace: true, recordedBy },
      ),
    );
    const created = written.filter((row) => row.created).length;
    return { rows: records.length, created, replaced: written.length - created };
  }
}
