import { DataSource, EntityManager } from 'typeorm';
import { ErrorReason } from '../errors/error-reasons';
import { BulkImportReport, bulkImportReport, ImportRowOutcome } from './bulk-import.types';
import { csvRefusal } from './csv-import';
import { CsvRefusedError } from './csv-table';

/** What an import will do: each accepted row's outcome, and how to write it. */
export interface ImportPlan {
  outcomes: ImportRowOutcome[];
  write(manager: EntityManager): Promise<void>;
}

/**
 * Runs an import all or nothing, one import per hub at a time: `plan` parses the file and resolves
 * it against what the hub holds, throwing `CsvRefusedError` with every problem; the plan is written
 * only outside a dry run. A refused file is answered with the `code` refusal, or in a dry run with
 * the report of its refusals; either way nothing is written.
 */
export async function runCsvImport(
  db: DataSource,
  options: { hubId: string; code: ErrorReason; dryRun: boolean },
  plan: (manager: EntityManager) => Promise<ImportPlan>,
): Promise<BulkImportReport> {
  try {
    return await db.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `csv-import:${options.hubId}`,
      ]);
      const planned = await plan(manager);
      if (!options.dryRun) await planned.write(manager);
      return bulkImportReport(options.dryRun, planned.outcomes);
    });
  } catch (error) {
    if (!(error instanceof CsvRefusedError)) throw error;
    if (!options.dryRun) throw csvRefusal(options.code, error.problems);
    const refused = error.problems.map((p) => ({ line: p.line, reason: p.message }));
    return bulkImportReport(true, [], refused);
  }
}
