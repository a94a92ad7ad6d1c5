import { applyDecorators } from '@nestjs/common';
import { Mutation } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { hubForWrite } from '../auth/hub-scope';
import { HUB_TEAM } from '../auth/role';
import { Roles } from '../auth/decorators';
import { Clock } from '../calendar/clock';
import { ErrorReason } from '../errors/error-reasons';
import { BulkImportReport } from './bulk-import.types';
import { CsvImportArgs } from './csv-import.args';
import { ImportPlan, runCsvImport } from './run-csv-import';

/** What every import is told: whether to write, and who imports (none from the CLI). */
export interface HubCsvImportOptions {
  dryRun: boolean;
  actor?: Actor | null;
}

/** A hub team mutation answering with the report of an all-or-nothing CSV import. */
export function HubCsvImportMutation(description: string): MethodDecorator {
  return applyDecorators(
    Roles(...HUB_TEAM),
    Mutation(() => BulkImportReport, { description }),
  );
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

  /** A resolver's import: into the actor's hub (national administrators name it). */
  importFor(
    actor: Actor,
    args: CsvImportArgs & Omit<Options, keyof HubCsvImportOptions>,
  ): Promise<BulkImportReport> {
    const options = { ...args, actor } as unknown as Options;
    return this.importInto(hubForWrite(actor, args.hubId), args.csv, options);
  }

  /** Also used by the CLI, which passes no actor. */
  importInto(hubId: string, csv: string, options: Options): Promise<BulkImportReport> {
    return runCsvImport(
      this.db,
      { hubId, code: this.refusalReason, dryRun: options.dryRun },
      (manager) => this.plan(manager, hubId, csv, options),
    );
  }

  /**
   * The plan of a file inside a transaction the caller holds (the hub data archive imports its
   * files one after the other in one); refuses with `CsvRefusedError`.
   */
  planIn(
    manager: EntityManager,
    hubId: string,
    csv: string,
    options: Options,
  ): Promise<ImportPlan> {
    return this.plan(manager, hubId, csv, options);
  }

  /** The file resolved against what the hub holds; refuses with `CsvRefusedError`. */
  protected abstract plan(
    manager: EntityManager,
    hubId: string,
    csv: string,
    options: Options,
  ): Promise<ImportPlan>;
}
