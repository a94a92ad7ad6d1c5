import { EntityManager } from 'typeorm';
import {
  Actor,
  bulkImportReport,
  HubCsvImport,
  HubCsvImportOptions,
  ImportCounts,
} from '@chn/core';

/**
 * How one file of the hub data archive is imported inside the archive's transaction: written
 * when accepted, refused with `CsvRefusedError` (nothing of it written) otherwise.
 */
export interface ArchiveFileImport {
  file: string;
  run(
    manager: EntityManager,
    hubId: string,
    csv: string,
    actor: Actor | null,
  ): Promise<ImportCounts>;
}

/** A file imported by a hub CSV import, planned and written in the archive's transaction. */
export function hubCsvFile<Options extends HubCsvImportOptions>(
  file: string,
  importer: HubCsvImport<Options>,
  ...[extra]: keyof Omit<Options, keyof HubCsvImportOptions> extends never
    ? []
    : [Omit<Options, keyof HubCsvImportOptions>]
): ArchiveFileImport {
  return {
    file,
    run: async (manager, hubId, csv, actor) => {
      const options = { ...extra, dryRun: false, actor } as Options;
      const plan = await importer.planIn(manager, hubId, csv, options);
      await plan.write(manager);
      return bulkImportReport(false, plan.outcomes);
    },
  };
}
