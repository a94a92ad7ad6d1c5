import { isUUID } from 'class-validator';
import { csvEnumCell, csvWholeNumberCell, firstLineOf, parseRows, readCsvTable } from '@chn/core';
import { BookingStatus } from '../domain/opportunity.enums';

/** The columns of the bookings CSV (as the hub data export writes it), each explained. */
export const BOOKING_CSV_COLUMNS = [
  [
    'booking_id',
    'The booking’s id, as the hub data export writes it; without one, a row updates the booking of the same opportunity, URN and year group, or adds one.',
  ],
  ['opportunity_id', 'Required. The id of the hub’s opportunity booked.'],
  ['urn', 'Required. The URN of the hub’s institution booking.'],
  ['places', 'Required. How many places are booked.'],
  ['fsm_places', 'How many of them are for pupils eligible for free school meals (default 0).'],
  ['year_group', 'Required. The pupils’ year group (7 to 13).'],
  ['status', `Required. ${Object.values(BookingStatus).join(', ')}.`],
  ['attended', 'For a CONFIRMED booking after the event: how many pupils attended.'],
  ['fsm_attended', 'With attended: how many of them are eligible for free school meals.'],
] as const;

export interface BookingRecord {
  line: number;
  id: string | null;
  opportunityId: string;
  urn: string;
  places: number;
  fsmPlaces: number;
  yearGroup: number;
  status: BookingStatus;
  attended: number | null;
  fsmAttended: number | null;
}

const PLACES = { min: 0, max: 100_000 };

/** Reads a bookings CSV; refuses the whole file with every problem found, each with its line. */
export function parseBookingsCsv(csv: string): BookingRecord[] {
  const { rows } = readCsvTable(csv, ['opportunity_id', 'urn', 'places', 'year_group', 'status']);
  const seen = new Map<string, number>();
  return parseRows(rows, ({ line, cell }, problems) => {
    for (const column of ['opportunity_id', 'urn', 'places', 'year_group', 'status']) {
      if (cell(column) === '') problems.push(`${column} is missing`);
    }
    const id = cell('booking_id') || null;
    if (id && !isUUID(id)) problems.push(`booking_id "${id}" is not an id`);
    const opportunityId = cell('opportunity_id');
    if (opportunityId && !isUUID(opportunityId)) {
      problems.push(`opportunity_id "${opportunityId}" is not an id`);
    }
    const urn = cell('urn');
    if (urn && !/^\d{5,7}$/.test(urn)) problems.push(`URN "${urn}" is not 5 to 7 digits`);
    const places = csvWholeNumberCell('places', cell('places'), problems, { min: 1, max: 100_000 });
    const fsmPlaces = csvWholeNumberCell('fsm_places', cell('fsm_places'), problems, PLACES) ?? 0;
    if (places !== null && fsmPlaces > places) problems.push('fsm_places is more than places');
    const yearGroup = csvWholeNumberCell('year_group', cell('year_group'), problems, {
      min: 7,
      max: 13,
    });
    const status = csvEnumCell('status', cell('status'), BookingStatus, problems);
    const attended = csvWholeNumberCell('attended', cell('attended'), problems, PLACES);
    const fsmAttended = csvWholeNumberCell('fsm_attended', cell('fsm_attended'), problems, PLACES);
    if ((cell('attended') === '') !== (cell('fsm_attended') === '')) {
      problems.push('attended and fsm_attended go together');
    } else if (attended !== null) {
      if (status && status !== BookingStatus.CONFIRMED) {
        problems.push(`attendance is recorded but the status is ${status}`);
      }
      if (places !== null && attended > places) problems.push('attended is more than places');
      if (fsmAttended !== null && fsmAttended > attended) {
        problems.push('fsm_attended is more than attended');
      }
    }
    if (id) {
      const first = firstLineOf(seen, id, line);
      if (first !== null) problems.push(`same booking_id as line ${first}`);
    }
    return {
      line,
      id,
      opportunityId,
      urn,
      places: places!,
      fsmPlaces,
      yearGroup: yearGroup!,
      status: status!,
      attended,
      fsmAttended,
    };
  });
}
