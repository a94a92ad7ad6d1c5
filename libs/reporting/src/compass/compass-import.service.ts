import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, DomainError, hubForWrite } from '@chn/core';
import { CompassCsvError, CompassCsvProblem, parseCompassCsv } from './compass-csv';
import { CompassEvaluationsService } from './compass-evaluations.service';
import { CompassImportReport } from './compass.types';

function refuse(problems: CompassCsvProblem[]): DomainError {
  return DomainError.validation(
    'COMPASS_CSV_INVALID',
    `The file was not imported: ${problems.length} problem(s) found`,
    [{ field: 'csv', messages: problems.map((p) => `line ${p.line}: ${p.message}`) }],
  );
}

/** Compass evaluations from a CSV file, all or nothing; re-importing a file changes nothing. */
@Injectable()
export class CompassImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly evaluations: CompassEvaluationsService,
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
    let records;
    try {
      records = parseCompassCsv(csv);
    } catch (error) {
      if (error instanceof CompassCsvError) throw refuse(error.problems);
      throw error;
    }
    const institutions = await this.db.query<{ id: string; urn: string }[]>(
      'SELECT id, urn FROM institutions WHERE hub_id = $1 AND urn = ANY($2::varchar[])',
      [hubId, [...new Set(records.map((r) => r.urn))]],
    );
    const byUrn = new Map(institutions.map((i) => [i.urn, i.id]));
    const today = new Date().toISOString().slice(0, 10);
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
    if (problems.length > 0) throw refuse(problems);
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
