import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { strFromU8, unzipSync } from 'fflate';
import { DataSource } from 'typeorm';
import { AdviserImportService, UnknownEmployers } from '@chn/advisers';
import {
  Actor,
  CsvRefusedError,
  DomainError,
  hubForWrite,
  readCsvRecords,
  transactionUnlessDryRun,
} from '@chn/core';
import { EmployerImportService } from '@chn/employers';
import { InstitutionImportService } from '@chn/institutions';
import { MatchImportService } from '@chn/matching';
import { BookingImportService, OpportunityImportService } from '@chn/opportunities';
import { CompassImportService } from '../compass/compass-import.service';
import { FsqImportService } from '../compass/fsq-import.service';
import { HUB_DATA_FILES } from '../exports/hub-data-files';
import { ArchiveFileImport, hubCsvFile } from './archive-files';
import { HubDataFileReport, HubDataImportReport, ImportHubDataArgs } from './hub-data-import.types';

const INVALID = 'HUB_DATA_ARCHIVE_INVALID';

/**
 * A hub data archive (as exportHubData gives it) imported into a hub: its files in the order
 * they depend on each other, all in one transaction, so a refusal in any file changes nothing.
 * A dry run reports each file's outcome and refusals, and keeps nothing.
 */
@Injectable()
export class HubDataImportService {
  /** Institutions first; employers before the advisers and opportunities naming them. */
  private readonly files: ArchiveFileImport[];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    institutions: InstitutionImportService,
    employers: EmployerImportService,
    advisers: AdviserImportService,
    matches: MatchImportService,
    opportunities: OpportunityImportService,
    bookings: BookingImportService,
    compass: CompassImportService,
    fsq: FsqImportService,
  ) {
    this.files = [
      hubCsvFile('institutions.csv', institutions),
      hubCsvFile('employers.csv', employers),
      hubCsvFile('advisers.csv', advisers, { unknownEmployers: UnknownEmployers.REFUSE }),
      hubCsvFile('matches.csv', matches),
      hubCsvFile('opportunities.csv', opportunities),
      hubCsvFile('bookings.csv', bookings),
      hubCsvFile('compass-evaluations.csv', compass),
      hubCsvFile('fsq.csv', fsq),
    ];
  }

  import(actor: Actor, args: ImportHubDataArgs): Promise<HubDataImportReport> {
    const files = readArchive(Buffer.from(args.zipBase64, 'base64'));
    return this.importInto(hubForWrite(actor, args.hubId), files, { dryRun: args.dryRun, actor });
  }

  /** Also used by the CLI, which passes no actor. */
  async importInto(
    hubId: string,
    files: Record<string, string>,
    options: { dryRun: boolean; actor?: Actor | null },
  ): Promise<HubDataImportReport> {
    const reports = await transactionUnlessDryRun(this.db, options.dryRun, async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`csv-import:${hubId}`]);
      const done: HubDataFileReport[] = [];
      for (const step of this.files) {
        const csv = files[step.file];
        if (csv === undefined) continue;
        try {
          const counts = await step.run(manager, hubId, csv, options.actor ?? null);
          done.push({ file: step.file, ...counts, refused: [] });
        } catch (error) {
          if (!(error instanceof CsvRefusedError)) throw error;
          done.push(refusedFile(step.file, csv, error));
        }
      }
      const refused = done.filter((file) => file.refused.length > 0);
      if (refused.length > 0 && !options.dryRun) {
        throw DomainError.validation(
          INVALID,
          `The archive was not imported: ${refused.length} file(s) have problems`,
          refused.map((file) => ({
            field: file.file,
            messages: file.refused.map((r) => `line ${r.line}: ${r.reason}`),
          })),
        );
      }
      return done;
    });
    return { dryRun: options.dryRun, files: reports };
  }
}

const FILE_NAMES = new Set(HUB_DATA_FILES.map((file) => file.name));

/** The CSV files of a zip archive by name; refuses what is not a hub data archive. */
export function readArchive(zip: Uint8Array): Record<string, string> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch {
    throw DomainError.validation(INVALID, 'The file is not a zip archive', [
      { field: 'zipBase64', messages: ['not a zip archive'] },
    ]);
  }
  const files: Record<string, string> = {};
  const unknown: string[] = [];
  for (const [path, bytes] of Object.entries(entries)) {
    if (path.endsWith('/')) continue;
    const name = path.split('/').pop()!;
    if (FILE_NAMES.has(name)) files[name] = strFromU8(bytes);
    else unknown.push(path);
  }
  if (unknown.length > 0 || Object.keys(files).length === 0) {
    const expected = [...FILE_NAMES].join(', ');
    throw DomainError.validation(INVALID, 'The archive is not a hub data archive', [
      {
        field: 'zipBase64',
        messages: unknown.length
          ? unknown.map((path) => `${path} is not a file of a hub data archive (${expected})`)
          : [`the archive holds none of ${expected}`],
      },
    ]);
  }
  return files;
}

function refusedFile(file: string, csv: string, error: CsvRefusedError): HubDataFileReport {
  let rows = error.problems.length;
  try {
    rows = Math.max(rows, readCsvRecords(csv).length - 1);
  } catch {
    // A file that cannot be read counts its problems.
  }
  const refused = error.problems.map((p) => ({ line: p.line, reason: p.message }));
  return { file, rows, created: 0, updated: 0, unchanged: 0, refused };
}
