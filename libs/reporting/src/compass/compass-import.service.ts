import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  Clock,
  CsvRefusedError,
  HubCsvImport,
  HubCsvImportOptions,
  hubForWrite,
  ImportAction,
  ImportPlan,
} from '@chn/core';
import { CompassRecord, parseCompassCsv } from './compass-csv';
import { hubInstitutionIdsByUrn, unknownUrns } from './csv-import';
import { CompassEvaluationsService } from './compass-evaluations.service';
import { CompassImportReport } from './compass.types';

/** An evaluation held, in the terms of a CSV row. */
interface HeldEvaluation {
  institution_id: string;
  evaluated_on: string;
  answers: (string | null)[];
  benchmarks: { number: number; result: string; score: number | null }[];
}

const HELD_SQL = `
  SELECT e.institution_id, to_char(e.evaluated_on, 'YYYY-MM-DD') AS evaluated_on,
         ARRAY[e.ks3_all_pupils::text, e.ks3_fsm_pupils::text, e.ks4_all_pupils::text,
               e.ks4_fsm_pupils::text] AS answers,
         COALESCE(jsonb_agg(jsonb_build_object('number', r.benchmark, 'result', r.result,
                    'score', r.score::float8) ORDER BY r.benchmark)
                  FILTER (WHERE r.benchmark IS NOT NULL), '[]') AS benchmarks
  FROM compass_evaluations e
  LEFT JOIN compass_benchmark_results r ON r.evaluation_id = e.id
  WHERE e.hub_id = $1 AND e.institution_id = ANY($2::uuid[])
  GROUP BY e.id`;

const ANSWER_COLUMNS = ['ks3_all_pupils', 'ks3_fsm_pupils', 'ks4_all_pupils', 'ks4_fsm_pupils'];

/** The columns of a row that differ from the evaluation held. */
function changedColumns(record: CompassRecord, held: HeldEvaluation): string[] {
  const changed: string[] = [];
  for (const benchmark of record.benchmarks) {
    const before = held.benchmarks.find((b) => b.number === benchmark.number);
    if (before?.result !== benchmark.result) changed.push(`bm${benchmark.number}_result`);
    if ((before?.score ?? null) !== benchmark.score) changed.push(`bm${benchmark.number}_score`);
  }
  const answers = [
    record.ks3AllPupils,
    record.ks3FsmPupils,
    record.ks4AllPupils,
    record.ks4FsmPupils,
  ];
  ANSWER_COLUMNS.forEach((column, i) => {
    if ((held.answers[i] ?? null) !== answers[i]) changed.push(column);
  });
  return changed;
}

/**
 * Compass evaluations from a CSV file, all or nothing: a row for an institution and date already
 * held replaces that evaluation when it differs; re-importing a file changes nothing.
 */
@Injectable()
export class CompassImportService extends HubCsvImport {
  protected readonly refusalReason = 'COMPASS_CSV_INVALID';

  constructor(
    @InjectDataSource() db: DataSource,
    clock: Clock,
    private readonly evaluations: CompassEvaluationsService,
  ) {
    super(db, clock);
  }

  import(
    actor: Actor,
    csv: string,
    options: { hubId?: string | null; dryRun?: boolean } = {},
  ): Promise<CompassImportReport> {
    return this.importInto(hubForWrite(actor, options.hubId), csv, {
      dryRun: options.dryRun ?? false,
      actor,
    });
  }

  /** Also used by the CLI (no actor: the evaluations are recorded by nobody). */
  override async importInto(
    hubId: string,
    csv: string,
    options: Partial<HubCsvImportOptions> = {},
  ): Promise<CompassImportReport> {
    const report = await super.importInto(hubId, csv, {
      ...options,
      dryRun: options.dryRun ?? false,
    });
    return { ...report, replaced: report.updated };
  }

  protected async plan(
    manager: EntityManager,
    hubId: string,
    csv: string,
    options: HubCsvImportOptions,
  ): Promise<ImportPlan> {
    const records = parseCompassCsv(csv);
    const byUrn = await hubInstitutionIdsByUrn(
      manager,
      hubId,
      records.map((r) => r.urn),
    );
    const today = this.clock.today();
    const problems = unknownUrns(records, byUrn);
    for (const record of records) {
      if (byUrn.has(record.urn) && record.evaluatedOn > today) {
        problems.push({
          line: record.line,
          message: `evaluated_on ${record.evaluatedOn} is in the future`,
        });
      }
    }
    if (problems.length > 0) throw new CsvRefusedError(problems);
    const held: HeldEvaluation[] = await manager.query(HELD_SQL, [hubId, [...byUrn.values()]]);
    const heldByKey = new Map(held.map((e) => [`${e.institution_id}|${e.evaluated_on}`, e]));
    const toWrite: CompassRecord[] = [];
    const outcomes = records.map((record) => {
      const before = heldByKey.get(`${byUrn.get(record.urn)}|${record.evaluatedOn}`);
      const changed = before ? changedColumns(record, before) : [];
      if (!before || changed.length > 0) toWrite.push(record);
      return {
        line: record.line,
        key: `${record.urn} ${record.evaluatedOn}`,
        action: !before
          ? ImportAction.CREATED
          : changed.length > 0
            ? ImportAction.UPDATED
            : ImportAction.UNCHANGED,
        changes: changed.length > 0 ? changed.join(', ') : null,
      };
    });
    return {
      outcomes,
      write: async (writer) => {
        await this.evaluations.write(
          writer,
          toWrite.map((record) => ({
            ...record,
            hubId,
            institutionId: byUrn.get(record.urn)!,
          })),
          { replace: true, recordedBy: options.actor?.userId ?? null },
        );
      },
    };
  }
}
