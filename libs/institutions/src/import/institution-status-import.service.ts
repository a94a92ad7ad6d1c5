import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Actor,
  CsvProblem,
  CsvRefusedError,
  diff,
  HubCsvImport,
  HubCsvImportOptions,
  ImportAction,
  ImportPlan,
  recordAudits,
} from '@chn/core';
import { parseInstitutionStatusCsv } from './institution-status-csv';

interface StatusRow {
  id: string;
  urn: string;
  in_hub_since: string | null;
  eligible: boolean;
  compass_plus: boolean;
}

/** The reason of a refused status file. */
export const STATUS_CSV_INVALID = 'INSTITUTION_STATUS_CSV_INVALID' as const;

const FIELDS = ['in_hub_since', 'eligible', 'compass_plus'] as const;

const UPDATE_SQL = `
  UPDATE institutions i SET in_hub_since = r.in_hub_since, eligible = r.eligible,
    compass_plus = r.compass_plus, updated_at = now()
  FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, in_hub_since date, eligible boolean, compass_plus boolean)
  WHERE i.id = r.id AND i.hub_id = $1`;

/**
 * Institutions' hub status (joined the hub on, eligible, Compass+) from a CSV, for institutions
 * the hub already holds; all or nothing, as the other imports.
 */
@Injectable()
export class InstitutionStatusImportService extends HubCsvImport {
  protected readonly refusalReason = STATUS_CSV_INVALID;

  protected plan(
    manager: EntityManager,
    hubId: string,
    csv: string,
    options: HubCsvImportOptions,
  ): Promise<ImportPlan> {
    return this.planOf(manager, hubId, csv, options.actor ?? null);
  }

  /**
   * The status columns of a file, resolved against the institutions the hub holds: what each row
   * changes, and how to write it. Refuses with `CsvRefusedError`.
   */
  private async planOf(
    manager: EntityManager,
    hubId: string,
    csv: string,
    actor: Actor | null,
  ): Promise<ImportPlan> {
    const records = parseInstitutionStatusCsv(csv, this.clock.today());
    const held: StatusRow[] = await manager.query(
      `SELECT id, urn, to_char(in_hub_since, 'YYYY-MM-DD') AS in_hub_since, eligible, compass_plus
           FROM institutions WHERE hub_id = $1 AND urn = ANY($2::varchar[])`,
      [hubId, records.map((r) => r.urn)],
    );
    const byUrn = new Map(held.map((row) => [row.urn, row]));
    const problems: CsvProblem[] = [];
    const changes: { before: StatusRow; after: StatusRow }[] = [];
    const outcomes = records.map((record) => {
      const before = byUrn.get(record.urn);
      if (!before) {
        problems.push({
          line: record.line,
          message: `no institution with URN ${record.urn} in the hub`,
        });
        return { line: record.line, key: record.urn, action: ImportAction.UNCHANGED };
      }
      const after: StatusRow = {
        ...before,
        in_hub_since: record.inHubSince === undefined ? before.in_hub_since : record.inHubSince,
        eligible: record.eligible ?? before.eligible,
        compass_plus: record.compassPlus ?? before.compass_plus,
      };
      if (after.in_hub_since && !after.eligible) {
        problems.push({
          line: record.line,
          message: 'an institution in the hub must be eligible',
        });
      }
      const changed = FIELDS.filter((field) => before[field] !== after[field]);
      if (changed.length) changes.push({ before, after });
      return {
        line: record.line,
        key: record.urn,
        action: changed.length ? ImportAction.UPDATED : ImportAction.UNCHANGED,
        changes: changed.length ? changed.join(', ') : null,
      };
    });
    if (problems.length > 0) throw new CsvRefusedError(problems);
    return {
      outcomes,
      write: async (writer) => {
        if (changes.length === 0) return;
        await writer.query(UPDATE_SQL, [hubId, JSON.stringify(changes.map((c) => c.after))]);
        await recordAudits(
          writer,
          actor,
          changes.map(({ before, after }) => ({
            hubId,
            entityType: 'institution',
            entityId: before.id,
            action: 'imported',
            changes: diff(statusOf(before), statusOf(after)),
          })),
        );
      },
    };
  }
}

function statusOf(row: StatusRow): Record<string, unknown> {
  return { inHubSince: row.in_hub_since, eligible: row.eligible, compassPlus: row.compass_plus };
}
