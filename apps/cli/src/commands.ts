import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AdviserImportService, UnknownEmployers } from '@chn/advisers';
import {
  BulkImportReport,
  createDataSource,
  HubCsvImport,
  DomainError,
  ImportAction,
  projectRoot,
  Role,
  validationExceptionFactory,
} from '@chn/core';
import { CreateUserInput, HubsService, UsersService } from '@chn/identity';
import { InstitutionImportService } from '@chn/institutions';
import { MatchImportService } from '@chn/matching';
import { EmployerImportService } from '@chn/employers';
import { BookingImportService, OpportunityImportService } from '@chn/opportunities';
import {
  CompassImportService,
  FsqImportService,
  HubDataImportService,
  readArchive,
  ReportExportsService,
} from '@chn/reporting';
import { CliModule } from './cli.module';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-accounts';
import { DemoSeedService } from './demo/demo-seed.service';
import { SCHEMA_HEADER } from './schema-header';

async function withContext<T>(run: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}

/**
 * Runs a command on the hub with the code, exiting with 2 when there is none. A refusal
 * (DomainError) is printed, with its field messages when `printFields`, and exits with `refusedExit`.
 */
async function withHub(
  hubCode: string,
  refusal: { refusedExit: number; printFields?: boolean },
  run: (app: INestApplicationContext, hubId: string) => Promise<number>,
): Promise<number> {
  return withContext(async (app) => {
    const hub = await app.get(HubsService).findByCode(hubCode);
    if (!hub) {
      console.error(`No hub with code ${hubCode}.`);
      return 2;
    }
    try {
      return await run(app, hub.id);
    } catch (error) {
      if (error instanceof DomainError) {
        if (refusal.printFields) printRefusal(error);
        else console.error(error.message);
        return refusal.refusedExit;
      }
      throw error;
    }
  });
}

export async function migrate(databaseUrl?: string): Promise<string[]> {
  const dataSource = createDataSource(databaseUrl, { withEntities: false });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

export function printDemoAccounts(): void {
  console.log('Demo accounts (password for all: %s):', DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    console.log(
      `  ${account.role.padEnd(15)} ${account.email}${account.national ? '  (national administrator)' : ''}`,
    );
  }
}

/** Prints a refusal, with the message of each field it names. */
function printRefusal(error: DomainError): void {
  console.error(error.message);
  for (const message of error.fields?.flatMap((f) => f.messages) ?? []) {
    console.error(`  ${message}`);
  }
}

/** Creates a national administrator (a HUB_ADMIN of no hub): 0 when created, 1 when refused. */
export async function createAdmin(email: string, name: string, password: string): Promise<number> {
  const input = plainToInstance(CreateUserInput, { email, name, password, role: Role.HUB_ADMIN });
  const invalid = validateSync(input);
  if (invalid.length > 0) {
    printRefusal(validationExceptionFactory(invalid));
    return 1;
  }
  return withContext(async (app) => {
    try {
      const user = await app.get(UsersService).insert({ ...input, hubId: null });
      console.log(`Created national administrator ${user.email}. Sign in with this email.`);
      return 0;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      printRefusal(error);
      return 1;
    }
  });
}

export async function seedDemo(): Promise<boolean> {
  const outcome = await withContext((app) => app.get(DemoSeedService).seedIfEmpty());
  if (!outcome.seeded) {
    console.log(`Demo data not seeded: ${outcome.reason}.`);
    return false;
  }
  console.log(
    `Demo hub "Liverpool City Region" seeded with ${outcome.institutions.created} institutions and one user per role.`,
  );
  return true;
}

export async function importInstitutions(
  file: string,
  hubCode: string,
  markInHub: boolean,
  dryRun = false,
): Promise<number> {
  const csv = readFileSync(file, 'utf8');
  return withHub(hubCode, { refusedExit: 2, printFields: true }, async (app, hubId) => {
    const report = await app
      .get(InstitutionImportService)
      .importInto(hubId, csv, { markInHub, dryRun });
    console.log(
      `${dryRunPrefix(dryRun)}${report.rows} rows: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.skipped} skipped, ${report.rejected.length} rejected.`,
    );
    printSkipped(report);
    for (const rejection of report.rejected) {
      console.log(
        `  line ${rejection.line}${rejection.urn ? ` (URN ${rejection.urn})` : ''}: ${rejection.reason}`,
      );
    }
    return report.rejected.length > 0 ? 1 : 0;
  });
}

/** Each skipped row with its line, key and why. */
function printSkipped(report: BulkImportReport): void {
  for (const outcome of report.outcomes.filter((o) => o.action === ImportAction.SKIPPED)) {
    console.log(`  line ${outcome.line}: ${outcome.key} skipped, ${outcome.reason}`);
  }
}

/** What a dry run's summary starts with. */
function dryRunPrefix(dryRun: boolean): string {
  return dryRun ? 'Dry run, nothing written: ' : '';
}

/**
 * Imports a Compass evaluations or FSQ CSV into a hub, all or nothing; prints each problem with
 * its line. A dry run prints the same counts and writes nothing.
 */
export async function importReportingCsv(
  kind: 'compass' | 'fsq',
  file: string,
  hubCode: string,
  dryRun = false,
): Promise<number> {
  const csv = readFileSync(file, 'utf8');
  return withHub(hubCode, { refusedExit: 1, printFields: true }, async (app, hubId) => {
    const report =
      kind === 'compass'
        ? await app.get(CompassImportService).importInto(hubId, csv, { dryRun })
        : await app.get(FsqImportService).importInto(hubId, csv, { dryRun });
    const what = kind === 'compass' ? 'evaluations' : 'FSQ completions';
    console.log(
      `${dryRunPrefix(dryRun)}${report.rows} rows: ${what} ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged.`,
    );
    for (const refusal of report.refused) console.log(`  line ${refusal.line}: ${refusal.reason}`);
    return report.refused.length > 0 ? 1 : 0;
  });
}

/** Prints what an all-or-nothing import did, or in a dry run would do, row by row. */
function printBulkReport(report: BulkImportReport): number {
  const verb = report.dryRun ? 'would be' : 'were';
  const skipped = report.skipped > 0 ? `, ${report.skipped} skipped` : '';
  console.log(
    `${report.rows} rows: ${report.created} ${verb} created, ${report.updated} updated, ${report.unchanged} unchanged${skipped}, ${report.refused.length} refused.`,
  );
  printSkipped(report);
  const changed = [ImportAction.CREATED, ImportAction.UPDATED];
  for (const outcome of report.outcomes.filter((o) => changed.includes(o.action))) {
    const changes = outcome.changes ? ` (${outcome.changes})` : '';
    console.log(`  line ${outcome.line}: ${outcome.key} ${outcome.action}${changes}`);
  }
  for (const refusal of report.refused) console.log(`  line ${refusal.line}: ${refusal.reason}`);
  return report.refused.length > 0 ? 1 : 0;
}

/** The hub CSV imports the CLI runs, by kind. */
export type HubCsvKind = 'advisers' | 'matches' | 'employers' | 'opportunities' | 'bookings';

/**
 * Imports advisers, match history, employers, opportunities or bookings into a hub, all or
 * nothing; with `dryRun` it prints what would change. A refused file prints each problem with its
 * line and exits 1.
 */
export async function importHubCsv(
  kind: HubCsvKind,
  file: string,
  hubCode: string,
  options: { dryRun: boolean; createEmployers?: boolean },
): Promise<number> {
  const csv = readFileSync(file, 'utf8');
  return withHub(hubCode, { refusedExit: 1, printFields: true }, async (app, hubId) => {
    const { dryRun } = options;
    const importers = {
      matches: MatchImportService,
      employers: EmployerImportService,
      opportunities: OpportunityImportService,
      bookings: BookingImportService,
    };
    const report =
      kind === 'advisers'
        ? await app.get(AdviserImportService).importInto(hubId, csv, {
            dryRun,
            unknownEmployers: options.createEmployers
              ? UnknownEmployers.CREATE_APPLICANT
              : UnknownEmployers.REFUSE,
          })
        : await app.get<HubCsvImport>(importers[kind]).importInto(hubId, csv, { dryRun });
    return printBulkReport(report);
  });
}

/**
 * Imports a hub data archive (a zip as exportHubData gives it) into a hub in one transaction;
 * prints each file's outcome. A refusal prints each problem with its file and line and exits 1.
 */
export async function importHubData(
  file: string,
  hubCode: string,
  options: { dryRun: boolean },
): Promise<number> {
  const zip = readFileSync(file);
  return withHub(hubCode, { refusedExit: 1, printFields: true }, async (app, hubId) => {
    const files = readArchive(zip);
    const report = await app.get(HubDataImportService).importInto(hubId, files, options);
    const verb = report.dryRun ? 'would be' : 'were';
    for (const f of report.files) {
      console.log(
        `${f.file}: ${f.rows} rows: ${f.created} ${verb} created, ${f.updated} updated, ${f.unchanged} unchanged, ${f.refused.length} refused.`,
      );
      for (const refusal of f.refused) console.log(`  line ${refusal.line}: ${refusal.reason}`);
    }
    return report.files.some((f) => f.refused.length > 0) ? 1 : 0;
  });
}

/** Who runs the command: the operating-system user, for the audit trail. */
function operator(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
}

/**
 * Writes a hub's dashboard or matches of a year as CSV to a file, or to standard output; the
 * export is recorded in the hub's audit trail with the operating-system user.
 */
export async function exportReport(
  report: 'dashboard' | 'matches',
  hubCode: string,
  academicYear: string,
  out?: string,
): Promise<number> {
  return withHub(hubCode, { refusedExit: 2 }, async (app, hubId) => {
    const csv = await app
      .get(ReportExportsService)
      .exportOf(report, hubId, academicYear, { osUser: operator() });
    if (out) {
      writeFileSync(out, csv);
      console.log(`Wrote ${out}`);
    } else process.stdout.write(csv);
    return 0;
  });
}

/** Prints the schema the API serves, in the form committed as schema.graphql. */
export async function renderSchema(): Promise<string> {
  const { createApiApp } = await import('../../api/src/create-api-app');
  const app = await createApiApp();
  await app.init();
  try {
    return SCHEMA_HEADER + printSchema(app.get(GraphQLSchemaHost).schema) + '\n';
  } finally {
    await app.close();
  }
}

export async function emitSchema(): Promise<string> {
  const path = join(projectRoot(), 'schema.graphql');
  writeFileSync(path, await renderSchema());
  return path;
}
