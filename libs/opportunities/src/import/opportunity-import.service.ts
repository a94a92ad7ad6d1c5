import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  CsvProblem,
  CsvRefusedError,
  HubCsvImport,
  HubCsvImportOptions,
  ImportPlan,
  ImportTable,
  rowOutcome,
  writeImportedRows,
} from '@chn/core';
import { resolveEmployerRefs } from '@chn/employers';
import { OpportunityRecord, parseOpportunitiesCsv } from './opportunity-csv';

interface OpportunityRow {
  id: string | null;
  hub_id?: string;
  places_held?: number;
  employer_id: string;
  kind: string;
  title: string;
  description: string;
  tier: string;
  sector: string;
  year_groups: number[];
  delivery_mode: string;
  starts_on: string;
  ends_on: string;
  length_days: number;
  total_places: number;
  send_friendly: boolean;
  meaningful_criteria: string[];
  status: string;
}

const FIELDS = [
  'employer_id',
  'kind',
  'title',
  'description',
  'tier',
  'sector',
  'year_groups',
  'delivery_mode',
  'starts_on',
  'ends_on',
  'length_days',
  'total_places',
  'send_friendly',
  'meaningful_criteria',
  'status',
] as const;

const HELD_SQL = `
  SELECT id, hub_id, places_held, employer_id, kind::text AS kind, title, description,
         tier::text AS tier, sector, year_groups, delivery_mode::text AS delivery_mode,
         to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on,
         length_days::float AS length_days, total_places, send_friendly,
         meaningful_criteria::text[] AS meaningful_criteria, status::text AS status
  FROM opportunities WHERE hub_id = $1 OR id = ANY($2::uuid[])`;

const COLUMNS = `r(id uuid, employer_id uuid, kind varchar, title varchar, description varchar,
  tier varchar, sector varchar, year_groups int[], delivery_mode varchar, starts_on date,
  ends_on date, length_days numeric, total_places int, send_friendly boolean,
  meaningful_criteria text[], status varchar)`;

const INSERT_SQL = `
  INSERT INTO opportunities (id, hub_id, employer_id, kind, title, description, tier, sector,
    year_groups, delivery_mode, starts_on, ends_on, length_days, total_places, send_friendly,
    meaningful_criteria, status, published_at)
  SELECT coalesce(r.id, gen_random_uuid()), $1, r.employer_id, r.kind::opportunity_kind, r.title,
    r.description, r.tier::opportunity_tier, r.sector, r.year_groups,
    r.delivery_mode::delivery_mode, r.starts_on, r.ends_on, r.length_days, r.total_places,
    r.send_friendly, r.meaningful_criteria::meaningful_criterion[], r.status::opportunity_status,
    CASE WHEN r.status IN ('PUBLISHED', 'CLOSED') THEN now() END
  FROM jsonb_to_recordset($2::jsonb) AS ${COLUMNS}
  RETURNING id`;

const UPDATE_SQL = `
  UPDATE opportunities o SET employer_id = r.employer_id, kind = r.kind::opportunity_kind,
    title = r.title, description = r.description, tier = r.tier::opportunity_tier,
    sector = r.sector, year_groups = r.year_groups, delivery_mode = r.delivery_mode::delivery_mode,
    starts_on = r.starts_on, ends_on = r.ends_on, length_days = r.length_days,
    total_places = r.total_places, send_friendly = r.send_friendly,
    meaningful_criteria = r.meaningful_criteria::meaningful_criterion[],
    status = r.status::opportunity_status,
    published_at = CASE WHEN r.status IN ('PUBLISHED', 'CLOSED') THEN coalesce(o.published_at, now()) END,
    updated_at = now()
  FROM jsonb_to_recordset($2::jsonb) AS ${COLUMNS}
  WHERE o.id = r.id AND o.hub_id = $1`;

const OPPORTUNITIES: ImportTable<OpportunityRow> = {
  entityType: 'opportunity',
  fields: FIELDS,
  insertSql: INSERT_SQL,
  updateSql: UPDATE_SQL,
};

/**
 * The hub's opportunities from a CSV (the hub data export's opportunities.csv), all or nothing.
 * An opportunity is known by its id, kept when the file gives it so bookings can name it, or
 * without one by its employer, title and start. Places already booked stay held: an opportunity
 * cannot offer fewer. The audit trail records each change as imported.
 */
@Injectable()
export class OpportunityImportService extends HubCsvImport {
  protected readonly refusalReason = 'OPPORTUNITIES_CSV_INVALID';

  protected async plan(
    manager: EntityManager,
    hubId: string,
    csv: string,
    options: HubCsvImportOptions,
  ): Promise<ImportPlan> {
    const records = parseOpportunitiesCsv(csv);
    const employers = await resolveEmployerRefs(manager, hubId, records, { createUnknown: false });
    const ids = records.flatMap((r) => (r.id ? [r.id] : []));
    const held: OpportunityRow[] = await manager.query(HELD_SQL, [hubId, ids]);
    const byId = new Map(held.map((o) => [o.id!, o]));
    const byKey = new Map(held.filter((o) => o.hub_id === hubId).map((o) => [naturalKey(o), o]));
    const problems: CsvProblem[] = [];
    const planned = records.map((record) => {
      const row = rowOf(record, (employers.get(record.line) as { id: string }).id);
      const before = record.id ? byId.get(record.id) : byKey.get(naturalKey(row));
      if (before && before.hub_id !== hubId) {
        problems.push({
          line: record.line,
          message: `opportunity_id ${record.id} is another hub's`,
        });
      } else if (before && row.total_places < before.places_held!) {
        problems.push({
          line: record.line,
          message: `total_places ${row.total_places} is fewer than the ${before.places_held} places booked`,
        });
      }
      row.id = before?.id ?? record.id;
      const key = `${record.title} ${record.startsOn}`;
      return { row, before, outcome: rowOutcome(record.line, key, before, row, FIELDS) };
    });
    if (problems.length > 0) throw new CsvRefusedError(problems);
    return {
      outcomes: planned.map((p) => p.outcome),
      write: async (writer) => {
        await writeImportedRows(writer, hubId, options.actor ?? null, OPPORTUNITIES, planned);
      },
    };
  }
}

function naturalKey(o: Pick<OpportunityRow, 'employer_id' | 'title' | 'starts_on'>): string {
  return `${o.employer_id}|${o.title.toLowerCase()}|${o.starts_on}`;
}

function rowOf(record: OpportunityRecord, employerId: string): OpportunityRow {
  return {
    id: record.id,
    employer_id: employerId,
    kind: record.kind,
    title: record.title,
    description: record.description,
    tier: record.tier,
    sector: record.sector,
    year_groups: record.yearGroups,
    delivery_mode: record.deliveryMode,
    starts_on: record.startsOn,
    ends_on: record.endsOn,
    length_days: record.lengthDays,
    total_places: record.totalPlaces,
    send_friendly: record.sendFriendly,
    meaningful_criteria: record.meaningfulCriteria,
    status: record.status,
  };
}
