import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Actor,
  CsvRefusedError,
  diff,
  HubCsvImport,
  HubCsvImportOptions,
  ImportAction,
  ImportPlan,
  ImportRowOutcome,
  recordAudits,
} from '@chn/core';
import { EmployerRef, employerNameKey, resolveEmployerRefs } from '@chn/employers';
import {
  advisersByEmailSql,
  erasedAdviserIdOf,
  erasedAdviserIds,
} from '../data-protection/erased-adviser-pseudonym';
import { ADVISER_ENTITY_TYPE } from '../adviser-audit';
import { AdviserStatus } from '../entities/adviser-status.enum';
import { AdviserRecord, parseAdvisersCsv } from './adviser-csv';
import { UnknownEmployers } from './unknown-employers.enum';

const NEW_EMPLOYER = 'new:';

export interface AdviserImportOptions extends HubCsvImportOptions {
  unknownEmployers: UnknownEmployers;
}

/** An adviser's imported fields as the table holds them. */
interface AdviserRow {
  id: string | null;
  name: string;
  email: string;
  employer_id: string | null;
  sectors: string[];
  local_authority_codes: string[];
  dbs_checked_on: string | null;
  induction_completed_on: string | null;
  max_one_to_one: number;
  max_agile: number;
  status: AdviserStatus;
  left_on: string | null;
}

const COMPARED: (keyof AdviserRow)[] = [
  'name',
  'employer_id',
  'sectors',
  'local_authority_codes',
  'dbs_checked_on',
  'induction_completed_on',
  'max_one_to_one',
  'max_agile',
  'status',
  'left_on',
];

const HELD_SQL = advisersByEmailSql(`
  id, name, employer_id, sectors, local_authority_codes,
  to_char(dbs_checked_on, 'YYYY-MM-DD') AS dbs_checked_on,
  to_char(induction_completed_on, 'YYYY-MM-DD') AS induction_completed_on,
  max_one_to_one, max_agile, status, to_char(left_on, 'YYYY-MM-DD') AS left_on`);

const INSERT_SQL = `
  INSERT INTO advisers (id, hub_id, name, email, employer_id, sectors, local_authority_codes,
    dbs_checked_on, induction_completed_on, max_one_to_one, max_agile, status, left_on, erased_at)
  SELECT coalesce(r.erased_id, gen_random_uuid()), $1, r.name,
    CASE WHEN r.erased_id IS NULL THEN r.email END, r.employer_id, r.sectors,
    r.local_authority_codes, r.dbs_checked_on, r.induction_completed_on, r.max_one_to_one,
    r.max_agile, r.status::adviser_status, r.left_on,
    CASE WHEN r.erased_id IS NOT NULL THEN now() END
  FROM jsonb_to_recordset($2::jsonb) AS r(erased_id uuid, name varchar, email varchar, employer_id uuid,
    sectors text[], local_authority_codes text[], dbs_checked_on date, induction_completed_on date,
    max_one_to_one int, max_agile int, status varchar, left_on date)
  RETURNING id, email`;

const UPDATE_SQL = `
  UPDATE advisers a SET name = r.name, employer_id = r.employer_id, sectors = r.sectors,
    local_authority_codes = r.local_authority_codes, dbs_checked_on = r.dbs_checked_on,
    induction_completed_on = r.induction_completed_on, max_one_to_one = r.max_one_to_one,
    max_agile = r.max_agile, status = r.status::adviser_status, left_on = r.left_on,
    updated_at = now()
  FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, name varchar, employer_id uuid,
    sectors text[], local_authority_codes text[], dbs_checked_on date, induction_completed_on date,
    max_one_to_one int, max_agile int, status varchar, left_on date)
  WHERE a.id = r.id AND a.hub_id = $1`;

/**
 * Advisers from a CSV, upserted by email, all or nothing. Employers are named or given by id;
 * one the hub does not hold is refused, or created as a network applicant for hub staff to
 * review, as the caller chooses. The audit trail records each change as imported.
 */
@Injectable()
export class AdviserImportService extends HubCsvImport<AdviserImportOptions> {
  protected readonly refusalReason = 'ADVISERS_CSV_INVALID';

  protected async plan(
    manager: EntityManager,
    hubId: string,
    csv: string,
    options: AdviserImportOptions,
  ): Promise<ImportPlan> {
    const records = parseAdvisersCsv(csv, this.clock.today());
    const employers = await resolveEmployerRefs(manager, hubId, records, {
      createUnknown: options.unknownEmployers === UnknownEmployers.CREATE_APPLICANT,
    });
    return this.planRows(manager, hubId, records, employers, options.actor ?? null);
  }

  private async planRows(
    manager: EntityManager,
    hubId: string,
    records: AdviserRecord[],
    employers: Map<number, EmployerRef>,
    actor: Actor | null,
  ): Promise<ImportPlan> {
    const emails = records.map((r) => r.email);
    const held: AdviserRow[] = await manager.query(HELD_SQL, [
      hubId,
      emails,
      erasedAdviserIds(emails),
    ]);
    const notLeft = records.filter(
      (r) => erasedAdviserIdOf(r.email) && (r.status ?? AdviserStatus.LEFT) !== AdviserStatus.LEFT,
    );
    if (notLeft.length > 0) {
      throw new CsvRefusedError(
        notLeft.map(({ line }) => ({ line, message: 'an erased adviser’s status is LEFT' })),
      );
    }
    const heldByEmail = new Map(held.map((row) => [row.email, row]));
    const outcomes: ImportRowOutcome[] = [];
    const creates: { row: AdviserRow; employer: EmployerRef; sector: string | null }[] = [];
    const updates: {
      row: AdviserRow;
      before: AdviserRow;
      employer: EmployerRef;
      sector: string | null;
    }[] = [];
    for (const record of records) {
      const before = heldByEmail.get(record.email) ?? null;
      const employer = employers.get(record.line) ?? null;
      const row = merged(record, before, employer);
      const changed = before ? COMPARED.filter((f) => !same(before[f], row[f])) : [];
      const action = !before
        ? ImportAction.CREATED
        : changed.length > 0
          ? ImportAction.UPDATED
          : ImportAction.UNCHANGED;
      outcomes.push({
        line: record.line,
        key: record.email,
        action,
        changes: changed.length > 0 ? changed.join(', ') : null,
      });
      if (!before) creates.push({ row, employer, sector: record.sectors?.[0] ?? null });
      else if (changed.length > 0) {
        updates.push({ row, before, employer, sector: record.sectors?.[0] ?? null });
      }
    }
    return {
      outcomes,
      write: async (writer) => {
        const created = await this.createApplicants(writer, hubId, [...creates, ...updates]);
        const withEmployer = (row: AdviserRow): AdviserRow => ({
          ...row,
          employer_id: row.employer_id?.startsWith(NEW_EMPLOYER)
            ? (created.get(row.employer_id.slice(NEW_EMPLOYER.length)) ?? null)
            : row.employer_id,
        });
        const inserted: { id: string; email: string }[] = creates.length
          ? await writer.query(INSERT_SQL, [
              hubId,
              JSON.stringify(
                creates.map((c) => ({
                  ...withEmployer(c.row),
                  erased_id: erasedAdviserIdOf(c.row.email),
                })),
              ),
            ])
          : [];
        if (updates.length) {
          await writer.query(UPDATE_SQL, [
            hubId,
            JSON.stringify(updates.map((u) => withEmployer(u.row))),
          ]);
        }
        await recordAudits(writer, actor, [
          ...inserted.map((row) => ({
            hubId,
            entityType: ADVISER_ENTITY_TYPE,
            entityId: row.id,
            action: 'imported',
            changes: {},
          })),
          ...updates.map(({ row, before }) => ({
            hubId,
            entityType: ADVISER_ENTITY_TYPE,
            entityId: before.id!,
            action: 'imported',
            changes: diff(pickCompared(before), pickCompared(withEmployer(row))),
          })),
        ]);
      },
    };
  }

  /**
   * Employers named but not held, each created once as a PENDING applicant to the network: one
   * statement for the employers, one for their memberships.
   */
  private async createApplicants(
    manager: EntityManager,
    hubId: string,
    rows: { employer: EmployerRef; sector?: string | null }[],
  ): Promise<Map<string, string>> {
    const named = new Map<string, { name: string; sector: string }>();
    for (const { employer, sector } of rows) {
      if (!employer || !('create' in employer) || named.has(employerNameKey(employer.create)))
        continue;
      named.set(employerNameKey(employer.create), {
        name: employer.create,
        sector: sector ?? 'Not recorded',
      });
    }
    if (named.size === 0) return new Map();
    const created: { id: string; name: string }[] = await manager.query(
      `INSERT INTO employers (hub_id, name, sector, size_band)
       SELECT $1, r.name, r.sector, 'SMALL'
       FROM jsonb_to_recordset($2::jsonb) AS r(name varchar, sector varchar)
       RETURNING id, name`,
      [hubId, JSON.stringify([...named.values()])],
    );
    await manager.query(
      `INSERT INTO employer_memberships (hub_id, employer_id, status, applied_at)
       SELECT $1, id, 'PENDING', now() FROM unnest($2::uuid[]) AS id`,
      [hubId, created.map((employer) => employer.id)],
    );
    return new Map(created.map((employer) => [employerNameKey(employer.name), employer.id]));
  }
}

function pickCompared(row: AdviserRow): Record<string, unknown> {
  return Object.fromEntries(COMPARED.map((field) => [field, row[field]]));
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The adviser as the row leaves it: the file's columns over what is held, defaults for new. */
function merged(
  record: AdviserRecord,
  before: AdviserRow | null,
  employer: EmployerRef,
): AdviserRow {
  const status =
    record.status ??
    before?.status ??
    (erasedAdviserIdOf(record.email) ? AdviserStatus.LEFT : AdviserStatus.ACTIVE);
  return {
    id: before?.id ?? null,
    name: record.name,
    email: record.email,
    employer_id:
      record.employer === undefined ? (before?.employer_id ?? null) : employerId(employer),
    sectors: record.sectors ?? before?.sectors ?? [],
    local_authority_codes: record.localAuthorityCodes ?? before?.local_authority_codes ?? [],
    dbs_checked_on: pick(record.dbsCheckedOn, before?.dbs_checked_on),
    induction_completed_on: pick(record.inductionCompletedOn, before?.induction_completed_on),
    max_one_to_one: record.maxOneToOne ?? before?.max_one_to_one ?? 1,
    max_agile: record.maxAgile ?? before?.max_agile ?? 2,
    status,
    left_on: status === AdviserStatus.LEFT ? pick(record.leftOn, before?.left_on) : null,
  };
}

/** The employer's id, or for one to be created a placeholder the write replaces. */
function employerId(employer: EmployerRef): string | null {
  if (!employer) return null;
  return 'id' in employer ? employer.id : `${NEW_EMPLOYER}${employerNameKey(employer.create)}`;
}

function pick<T>(given: T | null | undefined, held: T | null | undefined): T | null {
  return given === undefined ? (held ?? null) : given;
}
