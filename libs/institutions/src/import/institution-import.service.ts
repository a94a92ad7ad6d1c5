import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  CsvRefusedError,
  csvRefusal,
  DomainError,
  hubForWrite,
  transactionUnlessDryRun,
} from '@chn/core';
import { ImportReport } from '../graphql/institution.type';
import { InstitutionRecord, MalformedCsvError, parseInstitutionsCsv } from './gias-csv';
import { INSTITUTION_STATUS_CSV_COLUMNS } from './institution-status-csv';
import {
  InstitutionStatusImportService,
  STATUS_CSV_INVALID,
} from './institution-status-import.service';

const CHUNK = 1000;

export interface InstitutionImportOptions {
  markInHub?: boolean;
  dryRun?: boolean;
}

/**
 * One statement per chunk: insert new URNs, update changed ones, leave identical rows alone.
 * Enrichment fields keep what the hub holds when the file has nothing; a type staff set by
 * hand is not overwritten by a type the file only lets us infer.
 */
const UPSERT_SQL = `
  INSERT INTO institutions AS i
    (hub_id, urn, ukprn, name, type, type_inferred, phase, la_code, la_name, postcode, town,
     pupils, fsm_percent, eligible, in_hub_since)
  SELECT $1, r.urn, r.ukprn, r.name, r.type::institution_type, r.type_inferred, r.phase, r.la_code,
         r.la_name, r.postcode, r.town, r.pupils, r.fsm_percent, true,
         CASE WHEN $3::boolean THEN current_date END
  FROM jsonb_to_recordset($2::jsonb) AS r(
    urn varchar, ukprn varchar, name varchar, type varchar, type_inferred boolean, phase varchar,
    la_code varchar, la_name varchar, postcode varchar, town varchar, pupils int, fsm_percent numeric)
  ON CONFLICT (hub_id, urn) DO UPDATE SET
    name = EXCLUDED.name,
    ukprn = COALESCE(EXCLUDED.ukprn, i.ukprn),
    type = CASE WHEN EXCLUDED.type_inferred AND NOT i.type_inferred THEN i.type ELSE EXCLUDED.type END,
    type_inferred = EXCLUDED.type_inferred AND i.type_inferred,
    phase = COALESCE(EXCLUDED.phase, i.phase),
    la_code = COALESCE(EXCLUDED.la_code, i.la_code),
    la_name = COALESCE(EXCLUDED.la_name, i.la_name),
    postcode = COALESCE(EXCLUDED.postcode, i.postcode),
    town = COALESCE(EXCLUDED.town, i.town),
    pupils = COALESCE(EXCLUDED.pupils, i.pupils),
    fsm_percent = COALESCE(EXCLUDED.fsm_percent, i.fsm_percent),
    updated_at = now()
  WHERE (i.name, i.ukprn, i.type, i.type_inferred, i.phase, i.la_code, i.la_name, i.postcode,
         i.town, i.pupils, i.fsm_percent)
    IS DISTINCT FROM
        (EXCLUDED.name, COALESCE(EXCLUDED.ukprn, i.ukprn),
         CASE WHEN EXCLUDED.type_inferred AND NOT i.type_inferred THEN i.type ELSE EXCLUDED.type END,
         EXCLUDED.type_inferred AND i.type_inferred, COALESCE(EXCLUDED.phase, i.phase),
         COALESCE(EXCLUDED.la_code, i.la_code), COALESCE(EXCLUDED.la_name, i.la_name),
         COALESCE(EXCLUDED.postcode, i.postcode), COALESCE(EXCLUDED.town, i.town),
         COALESCE(EXCLUDED.pupils, i.pupils), COALESCE(EXCLUDED.fsm_percent, i.fsm_percent))
  RETURNING (xmax = 0) AS created`;

function toRow(record: InstitutionRecord) {
  return {
    urn: record.urn,
    ukprn: record.ukprn,
    name: record.name,
    type: record.type,
    type_inferred: record.typeInferred,
    phase: record.phase,
    la_code: record.laCode,
    la_name: record.laName,
    postcode: record.postcode,
    town: record.town,
    pupils: record.pupils,
    fsm_percent: record.fsmPercent,
  };
}

@Injectable()
export class InstitutionImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly status: InstitutionStatusImportService,
  ) {}

  /** The file's hub status columns, for the rows imported; refused all or nothing. */
  private async applyStatus(
    manager: EntityManager,
    hubId: string,
    csv: string,
    urns: ReadonlySet<string>,
  ): Promise<void> {
    try {
      const plan = await this.status.planOf(manager, hubId, csv, null, urns);
      await plan.write(manager);
    } catch (error) {
      if (error instanceof CsvRefusedError) throw csvRefusal(STATUS_CSV_INVALID, error.problems);
      throw error;
    }
  }

  import(
    actor: Actor,
    csv: string,
    options: InstitutionImportOptions & { hubId?: string },
  ): Promise<ImportReport> {
    return this.importInto(hubForWrite(actor, options.hubId), csv, options);
  }

  /**
   * Idempotent upsert by URN into one hub, all or nothing; a dry run reports the same and keeps
   * nothing. Also used by the CLI and the demo seed.
   */
  async importInto(
    hubId: string,
    csv: string,
    options: InstitutionImportOptions = {},
  ): Promise<ImportReport> {
    let parsed;
    try {
      parsed = parseInstitutionsCsv(csv);
    } catch (error) {
      if (error instanceof MalformedCsvError) {
        throw DomainError.validation('MALFORMED_CSV', error.message, [
          { field: 'csv', messages: [error.message] },
        ]);
      }
      throw error;
    }
    const report: ImportReport = {
      dryRun: options.dryRun ?? false,
      rows: parsed.records.length + parsed.rejected.length,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: parsed.rejected,
    };
    await transactionUnlessDryRun(this.db, report.dryRun, async (manager) => {
      for (let start = 0; start < parsed.records.length; start += CHUNK) {
        const chunk = parsed.records.slice(start, start + CHUNK);
        const written: { created: boolean }[] = await manager.query(UPSERT_SQL, [
          hubId,
          JSON.stringify(chunk.map(toRow)),
          options.markInHub ?? false,
        ]);
        const created = written.filter((row) => row.created).length;
        report.created += created;
        report.updated += written.length - created;
        report.unchanged += chunk.length - written.length;
      }
      if (hasStatusColumns(csv)) {
        const urns = new Set(parsed.records.map((record) => record.urn));
        await this.applyStatus(manager, hubId, csv, urns);
      }
    });
    return report;
  }
}

/** The header names hub status columns (join date, eligibility, Compass+). */
function hasStatusColumns(csv: string): boolean {
  const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  const names = header.split(',').map((name) => name.replace(/"/g, '').trim().toLowerCase());
  return INSTITUTION_STATUS_CSV_COLUMNS.some(
    ([column]) => column !== 'urn' && names.includes(column),
  );
}
