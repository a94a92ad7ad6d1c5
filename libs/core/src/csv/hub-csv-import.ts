import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { Clock } from '../calendar/clock';
import { ErrorReason } from '../errors/error-reasons';
import { BulkImportReport } from './bulk-import.types';
import { ImportPlan, runCsvImport } from './run-csv-import';

/** What every import is told: whether to write, and who imports (none from the CLI). */
export interface HubCsvImportOptions {
  dryRun: boolean;
  actor?: Actor | null;
}

/**
 * An all-or-nothing CSV import into one hub: a subclass says how a file becomes a plan (each
 * row's outcome and how to write it) and with which reason a file is refused.
 */
export abstract class HubCsvImport<Options extends HubCsvImportOptions = HubCsvImportOptions> {
  protected abstract readonly refusalReason: ErrorReason;

  constructor(
    @InjectDataSource() protected readonly db: DataSource,
    protected readonly clock: Clock,
  ) {}

  /** The resolver settles the hub with `hubForWrite`; the CLI passes no actor. */
  importInto(hubId: string, csv: string, options: Options): Promise<BulkImportReport> {
    return runCsvImport(
      this.db,
      { hubId, code: this.refusalReason, dryRun: options.dryRun },
      (manager) => this.plan(manager, hubId, csv, options),
    );
  }

  /** The file resolved against what the hub holds; refuses with `CsvRefusedError`. */
  protected abstract plan(
    manager: EntityManager,
    hubId: string,
    csv: string,
    options: Options,
  ): Promise<ImportPlan>;
}
