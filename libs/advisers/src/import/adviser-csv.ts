import { csvDate, csvList, csvToken, firstLineOf, parseRows, readCsvTable } from '@chn/core';
import { AdviserStatus } from '../entities/adviser-status.enum';

/** The columns of the advisers CSV, in template order, each with what it holds. */
export const ADVISER_CSV_COLUMNS = [
  ['name', 'Required. The adviser’s full name.'],
  ['email', 'Required. Their email; a row updates the hub’s adviser with this email, or adds one.'],
  ['employer', 'The employer’s name as the hub holds it, or its id; blank for none.'],
  ['sectors', 'Sectors they work in, separated by semicolons.'],
  [
    'local_authorities',
    'The 3-digit codes of the local authorities they reach, separated by semicolons.',
  ],
  ['dbs_checked_on', 'The date of their DBS check (DD/MM/YYYY or YYYY-MM-DD).'],
  ['induction_completed_on', 'The date they completed the induction.'],
  ['max_one_to_one', 'How many 1-2-1 partnerships they can hold at once (default 1).'],
  ['max_agile', 'How many agile pieces of support they can hold at once (default 2).'],
  ['status', 'ACTIVE, PENDING, PAUSED or LEFT (default ACTIVE).'],
  ['left_on', 'The date a LEFT adviser left; blank for the others.'],
] as const;

export type AdviserCsvColumn = (typeof ADVISER_CSV_COLUMNS)[number][0];

/** An adviser as a row gives it; a column the file does not have is undefined (left as held). */
export interface AdviserRecord {
  line: number;
  name: string;
  email: string;
  employer?: string | null;
  sectors?: string[];
  localAuthorityCodes?: string[];
  dbsCheckedOn?: string | null;
  inductionCompletedOn?: string | null;
  maxOneToOne?: number;
  maxAgile?: number;
  status?: AdviserStatus;
  leftOn?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The date in a cell (null when blank), with a problem when it is not a date or after today. */
function optionalDate(
  column: string,
  raw: string,
  today: string,
  problems: string[],
): string | null {
  if (raw === '') return null;
  const date = csvDate(raw);
  if (!date) problems.push(`${column} "${raw}" is not a date (DD/MM/YYYY or YYYY-MM-DD)`);
  else if (date > today) problems.push(`${column} ${date} is in the future`);
  return date;
}

function capacity(column: string, raw: string, problems: string[]): number | undefined {
  if (raw === '') return undefined;
  if (!/^\d{1,2}$/.test(raw)) problems.push(`${column} "${raw}" is not a whole number up to 99`);
  return Number(raw);
}

/**
 * Reads an advisers CSV (header names case-insensitive, any order; only name and email required).
 * Refuses the whole file with every problem found, each with its line.
 */
export function parseAdvisersCsv(csv: string, today: string): AdviserRecord[] {
  const { columns, rows } = readCsvTable(csv, ['name', 'email']);
  const has = (column: AdviserCsvColumn) => columns.includes(column);
  const seen = new Map<string, number>();
  return parseRows(rows, ({ line, cell }, problems) => {
    const name = cell('name').replace(/\s+/g, ' ');
    if (name === '') problems.push('name is missing');
    else if (name.length > 200) problems.push('name is longer than 200 characters');
    const email = cell('email').toLowerCase();
    if (!EMAIL.test(email) || email.length > 320) {
      problems.push(`email "${cell('email')}" is not an email address`);
    } else {
      const first = firstLineOf(seen, email, line);
      if (first !== null) problems.push(`same email as line ${first}`);
    }
    const record: AdviserRecord = { line, name, email };
    if (has('employer')) record.employer = cell('employer') || null;
    if (has('sectors')) record.sectors = csvList(cell('sectors'));
    if (has('local_authorities')) {
      record.localAuthorityCodes = csvList(cell('local_authorities'));
      const wrong = record.localAuthorityCodes.filter((code) => !/^\d{3}$/.test(code));
      if (wrong.length) problems.push(`local authority code(s) ${wrong.join(', ')} not 3 digits`);
    }
    if (has('dbs_checked_on')) {
      record.dbsCheckedOn = optionalDate('dbs_checked_on', cell('dbs_checked_on'), today, problems);
    }
    if (has('induction_completed_on')) {
      const raw = cell('induction_completed_on');
      record.inductionCompletedOn = optionalDate('induction_completed_on', raw, today, problems);
    }
    record.maxOneToOne = capacity('max_one_to_one', cell('max_one_to_one'), problems);
    record.maxAgile = capacity('max_agile', cell('max_agile'), problems);
    if (has('status') && cell('status') !== '') {
      const status = csvToken(cell('status')) as AdviserStatus;
      if (!Object.values(AdviserStatus).includes(status)) {
        problems.push(`status "${cell('status')}" is not ACTIVE, PENDING, PAUSED or LEFT`);
      } else record.status = status;
    }
    if (has('left_on') || has('status')) {
      record.leftOn = optionalDate('left_on', cell('left_on'), today, problems);
      if (record.leftOn && record.status !== AdviserStatus.LEFT) {
        problems.push('left_on is given but the status is not LEFT');
      }
    }
    return record;
  });
}
