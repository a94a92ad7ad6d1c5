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
import { HOLDING_STATUSES } from '../domain/opportunity.enums';
import { BookingRecord, parseBookingsCsv } from './booking-csv';

interface BookingRow {
  id: string | null;
  hub_id?: string;
  opportunity_id: string;
  institution_id: string;
  places: number;
  fsm_places: number;
  year_group: number;
  status: string;
  attended: number | null;
  fsm_attended: number | null;
}

const FIELDS = [
  'institution_id',
  'places',
  'fsm_places',
  'year_group',
  'status',
  'attended',
  'fsm_attended',
] as const;

const HELD_SQL = `
  SELECT id, hub_id, opportunity_id, institution_id, places, fsm_places, year_group,
         status::text AS status, attended, fsm_attended
  FROM bookings WHERE (hub_id = $1 AND opportunity_id = ANY($2::uuid[])) OR id = ANY($3::uuid[])`;

const COLUMNS = `r(id uuid, opportunity_id uuid, institution_id uuid, places int, fsm_places int,
  year_group int, status varchar, attended int, fsm_attended int)`;

const INSERT_SQL = `
  INSERT INTO bookings (id, hub_id, opportunity_id, institution_id, places, fsm_places, year_group,
    status, confirmed_at, attended, fsm_attended, attendance_recorded_at)
  SELECT coalesce(r.id, gen_random_uuid()), $1, r.opportunity_id, r.institution_id, r.places,
    r.fsm_places, r.year_group, r.status::booking_status,
    CASE WHEN r.status = 'CONFIRMED' THEN now() END, r.attended, r.fsm_attended,
    CASE WHEN r.attended IS NOT NULL THEN now() END
  FROM jsonb_to_recordset($2::jsonb) AS ${COLUMNS}
  RETURNING id`;

const UPDATE_SQL = `
  UPDATE bookings b SET institution_id = r.institution_id, places = r.places,
    fsm_places = r.fsm_places, year_group = r.year_group, status = r.status::booking_status,
    confirmed_at = CASE WHEN r.status = 'CONFIRMED' THEN coalesce(b.confirmed_at, now()) END,
    attended = r.attended, fsm_attended = r.fsm_attended,
    attendance_recorded_at = CASE WHEN r.attended IS NOT NULL
      THEN coalesce(b.attendance_recorded_at, now()) END,
    updated_at = now()
  FROM jsonb_to_recordset($2::jsonb) AS ${COLUMNS}
  WHERE b.id = r.id AND b.hub_id = $1`;

const BOOKINGS: ImportTable<BookingRow> = {
  entityType: 'booking',
  fields: FIELDS,
  insertSql: INSERT_SQL,
  updateSql: UPDATE_SQL,
};

/** The held-places counter of the opportunities, summed again from their bookings. */
const RECOUNT_SQL = `
  UPDATE opportunities o SET places_held = coalesce((
    SELECT sum(b.places) FROM bookings b
    WHERE b.opportunity_id = o.id AND b.status = ANY($2::booking_status[])), 0)
  WHERE o.id = ANY($1::uuid[])`;

/**
 * The hub's bookings from a CSV (the hub data export's bookings.csv), all or nothing, recorded as
 * they were: the booking rules are for new requests. A booking is known by its id, or without
 * one by its opportunity, institution and year group. An opportunity's REQUESTED and CONFIRMED
 * bookings cannot hold more places than it offers. The audit trail records each change as
 * imported.
 */
@Injectable()
export class BookingImportService extends HubCsvImport {
  protected readonly refusalReason = 'BOOKINGS_CSV_INVALID';

  protected async plan(
    manager: EntityManager,
    hubId: string,
    csv: string,
    options: HubCsvImportOptions,
  ): Promise<ImportPlan> {
    const records = parseBookingsCsv(csv);
    const { opportunities, institutions } = await this.resolve(manager, hubId, records);
    const held: BookingRow[] = await manager.query(HELD_SQL, [
      hubId,
      [...opportunities.keys()],
      records.flatMap((r) => (r.id ? [r.id] : [])),
    ]);
    const byId = new Map(held.map((b) => [b.id!, b]));
    const problems: CsvProblem[] = [];
    const touched = new Set<string>();
    const planned = records.map((record) => {
      const row: BookingRow = {
        id: record.id,
        opportunity_id: record.opportunityId,
        institution_id: institutions.get(record.urn)!,
        places: record.places,
        fsm_places: record.fsmPlaces,
        year_group: record.yearGroup,
        status: record.status,
        attended: record.attended,
        fsm_attended: record.fsmAttended,
      };
      const candidates = record.id
        ? [byId.get(record.id)].filter((b) => b !== undefined)
        : held.filter(
            (b) =>
              b.opportunity_id === row.opportunity_id &&
              b.institution_id === row.institution_id &&
              b.year_group === row.year_group,
          );
      if (candidates.length > 1) {
        problems.push({
          line: record.line,
          message: `the hub holds ${candidates.length} such bookings: give the booking_id`,
        });
      }
      const before = candidates[0];
      if (before && (before.hub_id !== hubId || before.opportunity_id !== row.opportunity_id)) {
        problems.push({
          line: record.line,
          message: `booking_id ${record.id} is a booking of another opportunity or hub`,
        });
      }
      if (before) touched.add(before.id!);
      row.id = before?.id ?? record.id;
      const key = `${record.urn} ${record.opportunityId} year ${record.yearGroup}`;
      return { record, row, before, outcome: rowOutcome(record.line, key, before, row, FIELDS) };
    });
    problems.push(...overbooked(planned, held, touched, opportunities));
    if (problems.length > 0) throw new CsvRefusedError(problems);
    return {
      outcomes: planned.map((p) => p.outcome),
      write: async (writer) => {
        const written = await writeImportedRows(
          writer,
          hubId,
          options.actor ?? null,
          BOOKINGS,
          planned,
        );
        const changed = written.map(({ row }) => row.opportunity_id);
        await writer.query(RECOUNT_SQL, [[...new Set(changed)], HOLDING_STATUSES]);
      },
    };
  }

  /** The hub's opportunities (their places offered) and institutions the rows name. */
  private async resolve(manager: EntityManager, hubId: string, records: BookingRecord[]) {
    const opportunityRows: { id: string; total_places: number }[] = await manager.query(
      'SELECT id, total_places FROM opportunities WHERE hub_id = $1 AND id = ANY($2::uuid[])',
      [hubId, [...new Set(records.map((r) => r.opportunityId))]],
    );
    const institutionRows: { id: string; urn: string }[] = await manager.query(
      'SELECT id, urn FROM institutions WHERE hub_id = $1 AND urn = ANY($2::varchar[])',
      [hubId, [...new Set(records.map((r) => r.urn))]],
    );
    const opportunities = new Map(opportunityRows.map((o) => [o.id, o.total_places]));
    const institutions = new Map(institutionRows.map((i) => [i.urn, i.id]));
    const problems: CsvProblem[] = [];
    for (const { line, opportunityId, urn } of records) {
      const rowProblems = [
        opportunities.has(opportunityId) ? null : `no opportunity ${opportunityId} in the hub`,
        institutions.has(urn) ? null : `no institution with URN ${urn} in the hub`,
      ].filter((p) => p !== null);
      if (rowProblems.length) problems.push({ line, message: rowProblems.join('; ') });
    }
    if (problems.length > 0) throw new CsvRefusedError(problems);
    return { opportunities, institutions };
  }
}

/** Opportunities whose holding bookings, the file's over those held, pass the places offered. */
function overbooked(
  planned: { record: BookingRecord; row: BookingRow }[],
  held: BookingRow[],
  touched: Set<string>,
  totals: Map<string, number>,
): CsvProblem[] {
  const holding = (b: BookingRow) => (HOLDING_STATUSES as string[]).includes(b.status);
  const sums = new Map<string, number>();
  const add = (b: BookingRow) =>
    holding(b) && sums.set(b.opportunity_id, (sums.get(b.opportunity_id) ?? 0) + b.places);
  held.filter((b) => !touched.has(b.id!)).forEach(add);
  planned.forEach((p) => add(p.row));
  const reported = new Set<string>();
  return planned.flatMap(({ record, row }) => {
    const sum = sums.get(row.opportunity_id) ?? 0;
    const total = totals.get(row.opportunity_id)!;
    if (sum <= total || !holding(row) || reported.has(row.opportunity_id)) return [];
    reported.add(row.opportunity_id);
    return [
      {
        line: record.line,
        message: `the opportunity's bookings would hold ${sum} places of its ${total}`,
      },
    ];
  });
}
