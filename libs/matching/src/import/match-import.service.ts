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
  ImportRowOutcome,
  recordAudits,
} from '@chn/core';
import { advisersByEmailSql, erasedAdviserIds } from '@chn/advisers';
import { MatchStatus, MatchType } from '../entities/match.enums';
import { MatchRecord, parseMatchesCsv } from './match-csv';
import { MatchPeriod, oneToOneOverlaps } from './match-overlaps';

interface HeldMatch {
  id: string;
  adviser_id: string;
  institution_id: string;
  type: MatchType;
  status: MatchStatus;
  starts_on: string;
  ends_on: string | null;
  ended_on: string | null;
  focus: string | null;
}

/** A match as a row leaves it, in the table's terms. */
type MatchRow = Omit<HeldMatch, 'id'> & { id: string | null };

const UPDATED_FIELDS = ['status', 'ends_on', 'ended_on', 'focus'] as const;

const HELD_SQL = `
  SELECT id, adviser_id, institution_id, type, status, to_char(starts_on, 'YYYY-MM-DD') AS starts_on,
         to_char(ends_on, 'YYYY-MM-DD') AS ends_on, to_char(ended_on, 'YYYY-MM-DD') AS ended_on, focus
  FROM matches WHERE hub_id = $1`;

/**
 * The new matches and their audit entries in one statement: the entries are built from the rows
 * inserted, so the file's matches travel to the database once. $3-$5: the actor.
 */
const INSERT_SQL = `
  WITH inserted AS (
    INSERT INTO matches (hub_id, adviser_id, institution_id, type, status, starts_on, ends_on,
      ended_on, focus, accepted_at)
    SELECT $1, r.adviser_id, r.institution_id, r.type::match_type, r.status::match_status,
      r.starts_on, r.ends_on, r.ended_on, r.focus,
      CASE WHEN r.status IN ('ACTIVE', 'ENDED') THEN r.starts_on::timestamptz END
    FROM jsonb_to_recordset($2::jsonb) AS r(adviser_id uuid, institution_id uuid, type varchar,
      status varchar, starts_on date, ends_on date, ended_on date, focus varchar)
    RETURNING id, adviser_id, institution_id, type, status, starts_on, ends_on, ended_on, focus
  )
  INSERT INTO audit_log (hub_id, actor_user_id, actor_role, actor_api_key_id, entity_type,
    entity_id, action, changes)
  SELECT $1, $3, $4, $5, 'match', id, 'imported', jsonb_build_object('adviserId', adviser_id,
    'institutionId', institution_id, 'type', type, 'status', status, 'startsOn', starts_on,
    'endsOn', ends_on, 'endedOn', ended_on, 'focus', focus)
  FROM inserted`;

const UPDATE_SQL = `
  UPDATE matches m SET status = r.status::match_status, ends_on = r.ends_on, ended_on = r.ended_on,
    focus = r.focus, updated_at = now()
  FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, status varchar, ends_on date, ended_on date,
    focus varchar)
  WHERE m.id = r.id AND m.hub_id = $1`;

/**
 * A hub's match history from a CSV, all or nothing. Matches are recorded as they were, whatever
 * the adviser's status or DBS today: the eligibility rules are for new proposals. A row for a
 * match already held (same adviser, institution, type and start) updates it; the audit trail
 * records each change as imported.
 */
@Injectable()
export class MatchImportService extends HubCsvImport {
  protected readonly refusalReason = 'MATCHES_CSV_INVALID';

  protected async plan(
    manager: EntityManager,
    hubId: string,
    csv: string,
    options: HubCsvImportOptions,
  ): Promise<ImportPlan> {
    const records = parseMatchesCsv(csv, this.clock.today());
    const resolved = await this.resolve(manager, hubId, records);
    return this.planRows(manager, hubId, resolved, options.actor ?? null);
  }

  /** Each record with its adviser's and institution's ids; refuses unknown emails and URNs. */
  private async resolve(manager: EntityManager, hubId: string, records: MatchRecord[]) {
    const emails = [...new Set(records.map((r) => r.adviserEmail))];
    const advisers: { id: string; email: string }[] = await manager.query(
      advisersByEmailSql('id'),
      [hubId, emails, erasedAdviserIds(emails)],
    );
    const institutions: { id: string; urn: string }[] = await manager.query(
      `SELECT id, urn FROM institutions WHERE hub_id = $1 AND urn = ANY($2::varchar[])`,
      [hubId, [...new Set(records.map((r) => r.urn))]],
    );
    const adviserIds = new Map(advisers.map((a) => [a.email, a.id]));
    const institutionIds = new Map(institutions.map((i) => [i.urn, i.id]));
    const problems: CsvProblem[] = [];
    const resolved = records.map((record) => {
      const rowProblems = [
        adviserIds.has(record.adviserEmail)
          ? null
          : `no adviser with email ${record.adviserEmail} in the hub`,
        institutionIds.has(record.urn) ? null : `no institution with URN ${record.urn} in the hub`,
      ].filter((p) => p !== null);
      if (rowProblems.length) problems.push({ line: record.line, message: rowProblems.join('; ') });
      return {
        record,
        row: {
          id: null,
          adviser_id: adviserIds.get(record.adviserEmail)!,
          institution_id: institutionIds.get(record.urn)!,
          type: record.type,
          status: record.status,
          starts_on: record.startsOn,
          ends_on: record.endsOn,
          ended_on: record.endedOn,
          focus: record.focus,
        } as MatchRow,
      };
    });
    if (problems.length > 0) throw new CsvRefusedError(problems);
    return resolved;
  }

  private async planRows(
    manager: EntityManager,
    hubId: string,
    resolved: { record: MatchRecord; row: MatchRow }[],
    actor: Actor | null,
  ): Promise<ImportPlan> {
    // The hub's matches in one read, kept for the file's institutions: cheaper than a list of
    // thousands of ids in the query.
    const institutions = new Set(resolved.map((r) => r.row.institution_id));
    const held = (await manager.query<HeldMatch[]>(HELD_SQL, [hubId])).filter((m) =>
      institutions.has(m.institution_id),
    );
    const matchKey = (m: Pick<HeldMatch, 'adviser_id' | 'institution_id' | 'type' | 'starts_on'>) =>
      `${m.adviser_id}|${m.institution_id}|${m.type}|${m.starts_on}`;
    const heldByKey = new Map(held.map((m) => [matchKey(m), m]));
    const touched = new Set<string>();
    const outcomes: ImportRowOutcome[] = [];
    const creates: MatchRow[] = [];
    const updates: { row: MatchRow; before: HeldMatch }[] = [];
    for (const { record, row } of resolved) {
      const before = heldByKey.get(matchKey(row));
      if (before) touched.add(before.id);
      const changed = before
        ? UPDATED_FIELDS.filter((field) => (before[field] ?? null) !== (row[field] ?? null))
        : [];
      const action = !before
        ? ImportAction.CREATED
        : changed.length
          ? ImportAction.UPDATED
          : ImportAction.UNCHANGED;
      outcomes.push({
        line: record.line,
        key: `${record.adviserEmail} ${record.urn} ${record.type} ${record.startsOn}`,
        action,
        changes: changed.length ? changed.join(', ') : null,
      });
      if (!before) creates.push(row);
      else if (changed.length) updates.push({ row: { ...row, id: before.id }, before });
    }
    const overlaps = oneToOneOverlaps([
      ...resolved.map(({ record, row }) => period(record.line, row)),
      ...held.filter((m) => !touched.has(m.id)).map((m) => period(null, m)),
    ]);
    if (overlaps.length > 0) throw new CsvRefusedError(overlaps);
    return {
      outcomes,
      write: async (writer) => {
        if (creates.length) {
          await writer.query(INSERT_SQL, [
            hubId,
            JSON.stringify(creates),
            actor?.userId ?? null,
            actor?.role ?? null,
            actor?.apiKeyId ?? null,
          ]);
        }
        if (updates.length) {
          await writer.query(UPDATE_SQL, [hubId, JSON.stringify(updates.map((u) => u.row))]);
        }
        await recordAudits(writer, actor, [
          ...updates.map(({ row, before }) => ({
            hubId,
            entityType: 'match',
            entityId: before.id,
            action: 'imported',
            changes: diff(auditable(before), auditable(row)),
          })),
        ]);
      },
    };
  }
}

function period(line: number | null, m: MatchRow): MatchPeriod {
  const { institutionId, type, status, startsOn, endsOn, endedOn } = auditable(m);
  return { line, institutionId, type, status, startsOn, endsOn, endedOn } as MatchPeriod;
}

function auditable(m: MatchRow) {
  return {
    adviserId: m.adviser_id,
    institutionId: m.institution_id,
    type: m.type,
    status: m.status,
    startsOn: m.starts_on,
    endsOn: m.ends_on,
    endedOn: m.ended_on,
    focus: m.focus,
  };
}
