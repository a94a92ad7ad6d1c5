import { DataSource, EntityManager } from 'typeorm';
import { Actor, Clock, CsvRefusedError, DomainError } from '@chn/core';
import { InstitutionImportService, InstitutionStatusImportService } from '@chn/institutions';
import { CompassEvaluationsService } from '../compass/compass-evaluations.service';
import { CompassImportService } from '../compass/compass-import.service';
import { FsqService } from '../compass/fsq.service';
import { ArchiveFileImport } from './archive-files';

/**
 * The institutions (GIAS), Compass and FSQ imports open their own transaction on the DataSource
 * they hold. Given this one, their transaction is the archive's: they write inside it, and its
 * rollback undoes them with every other file.
 */
function boundTo(manager: EntityManager): DataSource {
  const bound = {
    transaction: <T>(work: (m: EntityManager) => Promise<T>) => work(manager),
    query: (sql: string, parameters?: unknown[]) => manager.query(sql, parameters),
  };
  return bound as unknown as DataSource;
}

/** The refusal of a whole file these imports answer with, as the lines refused. */
async function refusedLines<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const messages = error instanceof DomainError ? error.fields?.[0]?.messages : undefined;
    if (!messages) throw error;
    throw new CsvRefusedError(
      messages.map((message) => {
        const lined = /^line (\d+): (.*)$/s.exec(message);
        return lined ? { line: Number(lined[1]), message: lined[2] } : { line: 1, message };
      }),
    );
  }
}

export function institutionsFile(status: InstitutionStatusImportService): ArchiveFileImport {
  return {
    file: 'institutions.csv',
    run: (manager, hubId, csv) =>
      refusedLines(async () => {
        const importer = new InstitutionImportService(boundTo(manager), status);
        const report = await importer.importInto(hubId, csv);
        if (report.rejected.length > 0) {
          throw new CsvRefusedError(
            report.rejected.map((r) => ({ line: r.line, message: r.reason })),
          );
        }
        return report;
      }),
  };
}

export function compassFile(
  evaluations: CompassEvaluationsService,
  clock: Clock,
): ArchiveFileImport {
  return {
    file: 'compass-evaluations.csv',
    run: (manager, hubId, csv, actor: Actor | null) =>
      refusedLines(async () => {
        const importer = new CompassImportService(boundTo(manager), evaluations, clock);
        const report = await importer.importInto(hubId, csv, { recordedBy: actor?.userId });
        return { ...report, updated: report.replaced, unchanged: 0 };
      }),
  };
}

export function fsqFile(): ArchiveFileImport {
  return {
    file: 'fsq.csv',
    run: (manager, hubId, csv) =>
      refusedLines(() => new FsqService(boundTo(manager)).importInto(hubId, csv)),
  };
}
