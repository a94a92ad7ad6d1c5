import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Actor,
  CsvProblem,
  CsvRefusedError,
  diff,
  DomainError,
  HubCsvImport,
  HubCsvImportOptions,
  hubForWrite,
  ImportAction,
  ImportPlan,
  ImportRowOutcome,
  readCsvTable,
  recordAudits,
} from '@chn/core';
import { ImportReport } from '../graphql/institution.type';
import { MalformedCsvError, parseInstitutionsCsv } from './gias-csv';
import {
  changedColumns,
  IMPORTED_COLUMNS,
  importedInstitution,
  InstitutionRow,
} from './imported-institution';

export interface InstitutionImportOptions extends HubCsvImportOptions {
  /** New institutions join the hub today (unless the file gives their join date). */
  markInHub?: boolean;
}

const CHUNK = 5000;

const HELD_SQL = `
  SELECT id, urn, ukprn, name, type, type_inferred, phase, la_code, la_name, postcode, town,
         pupils, fsm_percent::float8 AS fsm_percent, eligible,
         to_char(in_hub_since, 'YYYY-MM-DD') AS in_hub_since, compass_plus
  FROM institutions WHERE hub_id = $1 AND urn = ANY($2::varchar[])`;

const RECORDSET = `jsonb_to_recordset($2::jsonb) AS r(id uuid, urn varchar, ukprn varchar,
    name varchar, type varchar, type_inferred boolean, phase varchar, la_code varchar,
    la_name varchar, postcode varchar, town varchar, pupils int, fsm_percent numeric,
    eligible boolean, in_hub_since date, compass_plus boolean)`;

const INSERT_SQL = `
  INSERT INTO institutions (hub_id, urn, ukprn, name, type, type_inferred, phase, la_code,
    la_name, postcode, town, pupils, fsm_percent, eligible, in_hub_since, compass_plus)
  SELECT $1, r.urn, r.ukprn, r.name, r.type::institution_type, r.type_inferred, r.phase,
    r.la_code, r.la_name, r.postcode, r.town, r.pupils, r.fsm_percent, r.eligible,
    r.in_hub_since, r.compass_plus
  FROM ${RECORDSET}
  RETURNING id, urn`;

const UPDATE_SQL = `
  UPDATE institutions i SET ukprn = r.ukprn, name = r.name, type = r.type::institution_type,
    type_inferred = r.type_inferred, phase = r.phase, la_code = r.la_code, la_name = r.la_name,
    postcode = r.postcode, town = r.town, pupils = r.pupils, fsm_percent = r.fsm_percent,
    eligible = r.eligible, in_hub_since = r.in_hub_since, compass_plus = r.compass_plus,
    updated_at = now()
  FROM ${RECORDSET}
  WHERE i.id = r.id AND i.hub_id = $1`;

/**
 * Institutions from a GIAS file, upserted by URN into one hub, all or nothing: a row refused (bad
 * URN, a join date in the future…) refuses the file. Establishments closed or not yet open are
 * skipped, each with its reason, even when the hub holds them (its record is then left as it is).
 * The file's hub status columns (join date, eligibility, Compass+) are applied with the rows. Also
 * used by the CLI and the demo seed.
 */
@Injectable()
export class InstitutionImportService extends HubCsvImport<InstitutionImportOptions> {
  protected readonly refusalReason = 'INSTITUTIONS_CSV_INVALID';

  import(
    actor: Actor,
    csv: string,
    options: Partial<InstitutionImportOptions> & { hubId?: string },
  ): Promise<ImportReport> {
    return this.importInto(hubForWrite(actor, options.hubId), csv, { ...options, actor });
  }

  /** The shared report, with the refused rows also as `rejected` (with their URN). */
  override async importInto(
    hubId: string,
    csv: string,
    options: Partial<InstitutionImportOptions> = {},
  ): Promise<ImportReport> {
    const report = await super.importInto(hubId, csv, {
      ...options,
      dryRun: options.dryRun ?? false,
    });
    const urns =
      report.refused.length > 0
        ? new Map(readCsvTable(csv, []).rows.map((row) => [row.line, row.cell('urn')]))
        : new Map<number, string>();
    return {
      ...report,
      rejected: report.refused.map(({ line, reason }) => ({
        line,
        urn: urns.get(line) || null,
        reason,
      })),
    };
  }

  protected async plan(
    manager: EntityManager,
    hubId: string,
    csv: string,
    options: InstitutionImportOptions,
  ): Promise<ImportPlan> {
    const today = this.clock.today();
    const parsed = parseFile(csv, today);
    const problems: CsvProblem[] = parsed.rejected.map(({ line, reason }) => ({
      line,
      message: reason,
    }));
    const held: InstitutionRow[] = await manager.query(HELD_SQL, [
      hubId,
      [...parsed.records, ...parsed.skipped].map((r) => r.urn),
    ]);
    const heldByUrn = new Map(held.map((row) => [row.urn, row]));
    const joinsOn = options.markInHub ? today : null;
    const creates: InstitutionRow[] = [];
    const updates: { before: InstitutionRow; after: InstitutionRow }[] = [];
    const outcomes: ImportRowOutcome[] = parsed.records.map((record) => {
      const before = heldByUrn.get(record.urn) ?? null;
      const after = importedInstitution(record, before, record.hubStatus ?? null, joinsOn);
      if (after.in_hub_since && !after.eligible) {
        problems.push({ line: record.line, message: 'an institution in the hub must be eligible' });
      }
      const changed = before ? changedColumns(before, after) : [];
      if (!before) creates.push(after);
      else if (changed.length > 0) updates.push({ before, after });
      return {
        line: record.line,
        key: record.urn,
        action: !before
          ? ImportAction.CREATED
          : changed.length > 0
            ? ImportAction.UPDATED
            : ImportAction.UNCHANGED,
        changes: changed.length > 0 ? changed.join(', ') : null,
      };
    });
    if (problems.length > 0) {
      throw new CsvRefusedError(problems.sort((a, b) => a.line - b.line));
    }
    for (const { line, urn, reason } of parsed.skipped) {
      // One the hub already holds is left as it is: its matches and history stay with it.
      const why = heldByUrn.has(urn) ? `${reason}; the hub's record is left as it is` : reason;
      outcomes.push({ line, key: urn, action: ImportAction.SKIPPED, reason: why });
    }
    outcomes.sort((a, b) => a.line - b.line);
    const actor = options.actor ?? null;
    return {
      outcomes,
      write: async (writer) => {
        const inserted: { id: string; urn: string }[] = [];
        for (let start = 0; start < creates.length; start += CHUNK) {
          const chunk = creates.slice(start, start + CHUNK);
          inserted.push(...(await writer.query(INSERT_SQL, [hubId, JSON.stringify(chunk)])));
        }
        for (let start = 0; start < updates.length; start += CHUNK) {
          const chunk = updates.slice(start, start + CHUNK).map((u) => u.after);
          await writer.query(UPDATE_SQL, [hubId, JSON.stringify(chunk)]);
        }
        await recordAudits(writer, actor, [
          ...inserted.map(({ id }) => ({
            hubId,
            entityType: 'institution',
            entityId: id,
            action: 'imported',
            changes: {},
          })),
          ...updates.map(({ before, after }) => ({
            hubId,
            entityType: 'institution',
            entityId: before.id!,
            action: 'imported',
            changes: diff(columnsOf(before), columnsOf(after)),
          })),
        ]);
      },
    };
  }
}

/** The file's rows; a file that cannot be read as a GIAS file at all is MALFORMED_CSV. */
function parseFile(csv: string, today: string) {
  try {
    return parseInstitutionsCsv(csv, today);
  } catch (error) {
    if (error instanceof MalformedCsvError) {
      throw DomainError.validation('MALFORMED_CSV', error.message, [
        { field: 'csv', messages: [error.message] },
      ]);
    }
    throw error;
  }
}

function columnsOf(row: InstitutionRow): Record<string, unknown> {
  return Object.fromEntries(IMPORTED_COLUMNS.map((column) => [column, row[column]]));
}
