import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Actor,
  CsvProblem,
  CsvRefusedError,
  HubCsvImport,
  HubCsvImportOptions,
  ImportAction,
  ImportPlan,
  ImportTable,
  ImportRowOutcome,
  rowOutcome,
  writeImportedRows,
} from '@chn/core';
import { MembershipStatus } from '../entities/employer.enums';
import { EmployerRecord, parseEmployersCsv } from './employer-csv';
import { employerNameKey } from './employer-refs';

interface EmployerRow {
  id: string | null;
  hub_id?: string;
  name: string;
  companies_house_number: string | null;
  sector: string;
  size_band: string;
  postcode: string | null;
  website: string | null;
}

interface MembershipRow {
  id: string | null;
  employer_id: string | null;
  status: string;
  applied_on: string;
  joined_on: string | null;
  renewal_on: string | null;
  ended_on: string | null;
  pledge: string | null;
}

const EMPLOYER_FIELDS = [
  'name',
  'companies_house_number',
  'sector',
  'size_band',
  'postcode',
  'website',
] as const;
const MEMBERSHIP_FIELDS = ['status', 'joined_on', 'renewal_on', 'ended_on', 'pledge'] as const;
const OPEN: readonly string[] = [MembershipStatus.PENDING, MembershipStatus.ACTIVE];

const HELD_EMPLOYERS_SQL = `
  SELECT id, hub_id, name, companies_house_number, sector, size_band::text AS size_band, postcode,
         website
  FROM employers WHERE hub_id = $1 OR id = ANY($2::uuid[])`;

const HELD_MEMBERSHIPS_SQL = `
  SELECT id, employer_id, status::text AS status, to_char(applied_at, 'YYYY-MM-DD') AS applied_on,
         to_char(joined_on, 'YYYY-MM-DD') AS joined_on, to_char(renewal_on, 'YYYY-MM-DD') AS renewal_on,
         to_char(ended_on, 'YYYY-MM-DD') AS ended_on, pledge
  FROM employer_memberships WHERE hub_id = $1 AND employer_id = ANY($2::uuid[])`;

const INSERT_EMPLOYERS_SQL = `
  INSERT INTO employers (id, hub_id, name, companies_house_number, sector, size_band, postcode, website)
  SELECT coalesce(r.id, gen_random_uuid()), $1, r.name, r.companies_house_number, r.sector,
         r.size_band::employer_size_band, r.postcode, r.website
  FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, name varchar,
    companies_house_number varchar, sector varchar, size_band varchar, postcode varchar,
    website varchar)
  RETURNING id`;

const UPDATE_EMPLOYERS_SQL = `
  UPDATE employers e SET name = r.name, companies_house_number = r.companies_house_number,
    sector = r.sector, size_band = r.size_band::employer_size_band, postcode = r.postcode,
    website = r.website, updated_at = now()
  FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, name varchar, companies_house_number varchar,
    sector varchar, size_band varchar, postcode varchar, website varchar)
  WHERE e.id = r.id AND e.hub_id = $1`;

const INSERT_MEMBERSHIPS_SQL = `
  INSERT INTO employer_memberships (hub_id, employer_id, status, applied_at, joined_on, renewal_on,
    ended_on, pledge)
  SELECT $1, r.employer_id, r.status::membership_status, r.applied_on::timestamptz, r.joined_on,
         r.renewal_on, r.ended_on, r.pledge
  FROM jsonb_to_recordset($2::jsonb) AS r(employer_id uuid, status varchar,
    applied_on date, joined_on date, renewal_on date, ended_on date, pledge varchar)
  RETURNING id`;

const UPDATE_MEMBERSHIPS_SQL = `
  UPDATE employer_memberships m SET status = r.status::membership_status, joined_on = r.joined_on,
    renewal_on = r.renewal_on, ended_on = r.ended_on, pledge = r.pledge, updated_at = now()
  FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, status varchar, joined_on date,
    renewal_on date, ended_on date, pledge varchar)
  WHERE m.id = r.id AND m.hub_id = $1`;

const EMPLOYERS: ImportTable<EmployerRow> = {
  entityType: 'employer',
  fields: EMPLOYER_FIELDS,
  insertSql: INSERT_EMPLOYERS_SQL,
  updateSql: UPDATE_EMPLOYERS_SQL,
};

const MEMBERSHIPS: ImportTable<MembershipRow> = {
  entityType: 'membership',
  fields: MEMBERSHIP_FIELDS,
  insertSql: INSERT_MEMBERSHIPS_SQL,
  updateSql: UPDATE_MEMBERSHIPS_SQL,
};

/** An employer the file names, with what the hub holds of it. */
interface PlannedEmployer {
  row: EmployerRow;
  before: EmployerRow | null;
}

/**
 * Employers and their memberships of the hub's network from a CSV (the hub data export's
 * employers.csv), all or nothing. An employer is known by its id, or without one by its name;
 * an id the file gives is kept, so the hub's opportunities can name it. A membership is known by
 * its employer and the day it was applied for. The audit trail records each change as imported.
 */
@Injectable()
export class EmployerImportService extends HubCsvImport {
  protected readonly refusalReason = 'EMPLOYERS_CSV_INVALID';

  protected async plan(
    manager: EntityManager,
    hubId: string,
    csv: string,
    options: HubCsvImportOptions,
  ): Promise<ImportPlan> {
    const records = parseEmployersCsv(csv, this.clock.today());
    const employers = await this.planEmployers(manager, hubId, records);
    const memberships = await this.planMemberships(manager, hubId, records, employers);
    const outcomes = records.map((record, index) =>
      combined(employers.outcomes.get(record.line), memberships.outcomes[index]),
    );
    return {
      outcomes,
      write: (writer) =>
        this.write(writer, hubId, options.actor ?? null, employers.planned, memberships.planned),
    };
  }

  private async planEmployers(manager: EntityManager, hubId: string, records: EmployerRecord[]) {
    const ids = records.flatMap((r) => (r.employer.id ? [r.employer.id] : []));
    const held: EmployerRow[] = await manager.query(HELD_EMPLOYERS_SQL, [hubId, ids]);
    const byId = new Map(held.map((e) => [e.id!, e]));
    const byName = new Map<string, EmployerRow[]>();
    for (const e of held.filter((e) => e.hub_id === hubId)) {
      const key = employerNameKey(e.name);
      byName.set(key, [...(byName.get(key) ?? []), e]);
    }
    const problems: CsvProblem[] = [];
    const planned = new Map<string, PlannedEmployer>();
    const outcomes = new Map<number, ImportRowOutcome>();
    for (const { line, key, employer } of records) {
      if (planned.has(key)) continue;
      let before: EmployerRow | null = null;
      if (employer.id) {
        before = byId.get(employer.id) ?? null;
        if (before && before.hub_id !== hubId) {
          problems.push({ line, message: `employer_id ${employer.id} is another hub's employer` });
        }
      } else {
        const named = byName.get(key) ?? [];
        if (named.length > 1) {
          problems.push({
            line,
            message: `the hub holds ${named.length} employers named "${employer.name}": give the employer_id`,
          });
        }
        before = named[0] ?? null;
      }
      const row: EmployerRow = {
        id: before?.id ?? employer.id,
        name: employer.name,
        companies_house_number: employer.companiesHouseNumber,
        sector: employer.sector,
        size_band: employer.sizeBand,
        postcode: employer.postcode,
        website: employer.website,
      };
      planned.set(key, { row, before });
      outcomes.set(line, rowOutcome(line, employer.name, before, row, EMPLOYER_FIELDS));
    }
    problems.push(...companyNumberClashes(records, planned, held, hubId));
    if (problems.length > 0) throw new CsvRefusedError(problems);
    return { planned, outcomes };
  }

  private async planMemberships(
    manager: EntityManager,
    hubId: string,
    records: EmployerRecord[],
    employers: { planned: Map<string, PlannedEmployer> },
  ) {
    const heldIds = [...employers.planned.values()].flatMap((e) => (e.before ? [e.row.id!] : []));
    const held: MembershipRow[] = await manager.query(HELD_MEMBERSHIPS_SQL, [hubId, heldIds]);
    const byKey = new Map(held.map((m) => [`${m.employer_id}|${m.applied_on}`, m]));
    const touched = new Set<string>();
    const planned: { employerKey: string; row: MembershipRow; before: MembershipRow | null }[] = [];
    const outcomes = records.map(({ line, key, employer, membership }) => {
      if (!membership) return null;
      const employerId = employers.planned.get(key)!.row.id;
      const before = (employerId && byKey.get(`${employerId}|${membership.appliedOn}`)) || null;
      if (before) touched.add(before.id!);
      const row: MembershipRow = {
        id: before?.id ?? null,
        employer_id: employerId,
        status: membership.status,
        applied_on: membership.appliedOn,
        joined_on: membership.joinedOn,
        renewal_on: membership.renewalOn,
        ended_on: membership.endedOn,
        pledge: membership.pledge,
      };
      const outcome = rowOutcome(line, '', before, row, MEMBERSHIP_FIELDS);
      if (outcome.action !== ImportAction.UNCHANGED)
        planned.push({ employerKey: key, row, before });
      return { ...outcome, key: `${employer.name} membership applied ${membership.appliedOn}` };
    });
    const problems: CsvProblem[] = records.flatMap(({ line, membership, key }) => {
      const employerId = employers.planned.get(key)!.row.id;
      const stillOpen = held.some(
        (m) => m.employer_id === employerId && !touched.has(m.id!) && OPEN.includes(m.status),
      );
      return membership && OPEN.includes(membership.status) && stillOpen
        ? [{ line, message: 'the employer already has an open membership of the hub' }]
        : [];
    });
    if (problems.length > 0) throw new CsvRefusedError(problems);
    return { planned, outcomes };
  }

  private async write(
    writer: EntityManager,
    hubId: string,
    actor: Actor | null,
    employers: Map<string, PlannedEmployer>,
    memberships: { employerKey: string; row: MembershipRow; before: MembershipRow | null }[],
  ): Promise<void> {
    const written = await writeImportedRows(writer, hubId, actor, EMPLOYERS, [
      ...employers.values(),
    ]);
    written.forEach(({ row, id }) => (row.id = id));
    const rows = memberships.map((m) => ({
      ...m,
      row: { ...m.row, employer_id: employers.get(m.employerKey)!.row.id },
    }));
    await writeImportedRows(writer, hubId, actor, MEMBERSHIPS, rows);
  }
}

/** A row's outcome: its employer's (on the employer's first row) joined with its membership's. */
function combined(
  employer: ImportRowOutcome | undefined,
  membership: ImportRowOutcome | null,
): ImportRowOutcome {
  const parts = [employer, membership].filter((o): o is ImportRowOutcome => !!o);
  const action = parts.some((o) => o.action === ImportAction.CREATED)
    ? ImportAction.CREATED
    : parts.some((o) => o.action === ImportAction.UPDATED)
      ? ImportAction.UPDATED
      : ImportAction.UNCHANGED;
  const changes = parts.flatMap((o) => (o.changes ? [o.changes] : [])).join(', ') || null;
  return { line: parts[0].line, key: parts.map((o) => o.key).join(': '), action, changes };
}

/** Companies House numbers the hub would hold twice. */
function companyNumberClashes(
  records: EmployerRecord[],
  planned: Map<string, PlannedEmployer>,
  held: EmployerRow[],
  hubId: string,
): CsvProblem[] {
  const owner = new Map<string, string | null>();
  for (const e of held) {
    if (e.hub_id === hubId && e.companies_house_number) owner.set(e.companies_house_number, e.id);
  }
  for (const { row } of planned.values()) {
    if (row.id) for (const [n, id] of owner) if (id === row.id) owner.delete(n);
  }
  const problems: CsvProblem[] = [];
  const lines = new Map<string, number>();
  for (const { line, key } of records) {
    const { row } = planned.get(key)!;
    const number = row.companies_house_number;
    if (!number || lines.get(key) !== undefined) continue;
    lines.set(key, line);
    if (owner.has(number)) {
      problems.push({ line, message: `another employer has companies_house_number ${number}` });
    } else owner.set(number, row.id);
  }
  return problems;
}
