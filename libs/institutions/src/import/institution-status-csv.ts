import { csvBoolean, csvDate, firstLineOf, parseRows, readCsvTable } from '@chn/core';

/** The columns of the hub status CSV, in template order, each with what it holds. */
export const INSTITUTION_STATUS_CSV_COLUMNS = [
  ['urn', 'Required. The URN of an institution the hub holds.'],
  [
    'in_hub_since',
    'The day the institution joined the hub (DD/MM/YYYY or YYYY-MM-DD), not after today; blank when not in the hub.',
  ],
  ['eligible', 'Yes or No: whether the institution is eligible for the hub’s support.'],
  ['compass_plus', 'Yes or No: whether the institution uses Compass+.'],
] as const;

/** An institution's hub status as a row gives it; a column the file does not have is undefined. */
export interface HubStatusColumns {
  inHubSince?: string | null;
  eligible?: boolean;
  compassPlus?: boolean;
}

export interface InstitutionStatusRecord extends HubStatusColumns {
  line: number;
  urn: string;
}

/** The hub status columns an institutions file may hold besides the URN. */
export const HUB_STATUS_COLUMNS = ['in_hub_since', 'eligible', 'compass_plus'] as const;

/**
 * The hub status columns of one row, adding each problem to `problems`: `cell` reads a column by
 * name, `has` tells whether the file holds it. Shared by the status file and the GIAS file.
 */
export function hubStatusOfRow(
  cell: (column: string) => string,
  has: (column: string) => boolean,
  today: string,
  problems: string[],
): HubStatusColumns {
  const status: HubStatusColumns = {};
  if (has('in_hub_since')) {
    const raw = cell('in_hub_since');
    status.inHubSince = raw === '' ? null : csvDate(raw);
    if (raw !== '' && !status.inHubSince) {
      problems.push(`in_hub_since "${raw}" is not a date (DD/MM/YYYY or YYYY-MM-DD)`);
    } else if (status.inHubSince && status.inHubSince > today) {
      problems.push(`in_hub_since ${status.inHubSince} is in the future`);
    }
  }
  for (const [column, field] of [
    ['eligible', 'eligible'],
    ['compass_plus', 'compassPlus'],
  ] as const) {
    if (!has(column) || cell(column) === '') continue;
    const value = csvBoolean(cell(column));
    if (value === null) problems.push(`${column} "${cell(column)}" is not Yes or No`);
    else status[field] = value;
  }
  return status;
}

/**
 * Reads a hub status CSV: `urn` and any of `in_hub_since`, `eligible`, `compass_plus`. Refuses the
 * whole file with every problem found, each with its line.
 */
export function parseInstitutionStatusCsv(csv: string, today: string): InstitutionStatusRecord[] {
  const { columns, rows } = readCsvTable(csv, ['urn']);
  const has = (column: string) => columns.includes(column);
  const seen = new Map<string, number>();
  return parseRows(rows, ({ line, cell }, problems) => {
    const urn = cell('urn');
    if (!/^\d{5,7}$/.test(urn)) problems.push(`URN "${urn}" is not 5 to 7 digits`);
    const first = firstLineOf(seen, urn, line);
    if (first !== null) problems.push(`same URN as line ${first}`);
    return { line, urn, ...hubStatusOfRow(cell, has, today, problems) };
  });
}
