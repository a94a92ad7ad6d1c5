import { csvDate, CsvReadError, CsvRecord, readCsvRecords } from '@chn/core';
import { HUB_STATUS_COLUMNS, HubStatusColumns, hubStatusOfRow } from './institution-status-csv';
import { decideInstitutionType, InstitutionType } from './institution-type';

export interface InstitutionRecord {
  line: number;
  urn: string;
  ukprn: string | null;
  name: string;
  type: InstitutionType;
  typeInferred: boolean;
  phase: string | null;
  laCode: string | null;
  laName: string | null;
  postcode: string | null;
  town: string | null;
  pupils: number | null;
  fsmPercent: number | null;
  status: string | null;
  lowAge: number | null;
  highAge: number | null;
  /** The hub status columns (join date, eligibility, Compass+), when the file has any. */
  hubStatus?: HubStatusColumns;
}

export interface RejectedRow {
  line: number;
  urn: string | null;
  reason: string;
}

/** A row read but not imported (an establishment closed or not yet open), with why. */
export interface SkippedRow {
  line: number;
  urn: string;
  reason: string;
}

export interface ParsedFile {
  records: InstitutionRecord[];
  rejected: RejectedRow[];
  skipped: SkippedRow[];
}

export class MalformedCsvError extends Error {
  override name = 'MalformedCsvError';
}

/** Accepted header names per field: [extract format, GIAS edubasealldata], compared lower-cased. */
const HEADERS = {
  urn: ['urn', 'urn'],
  name: ['name', 'establishmentname'],
  laCode: ['la_code', 'la (code)'],
  laName: ['la_name', 'la (name)'],
  type: ['type', 'typeofestablishment (name)'],
  typeGroup: ['type_group', 'establishmenttypegroup (name)'],
  phase: ['phase', 'phaseofeducation (name)'],
  status: ['status', 'establishmentstatus (name)'],
  closeDate: ['close_date', 'closedate'],
  lowAge: ['low_age', 'statutorylowage'],
  highAge: ['high_age', 'statutoryhighage'],
  postcode: ['postcode', 'postcode'],
  town: ['town', 'town'],
  pupils: ['pupils', 'numberofpupils'],
  fsmPercent: ['fsm_percent', 'percentagefsm'],
  ukprn: ['ukprn', 'ukprn'],
  hubType: ['hub_type', 'hub_type'],
} as const;
const STATUS_COLUMNS: readonly string[] = HUB_STATUS_COLUMNS;

const HUB_TYPES = new Set<string>(Object.values(InstitutionType));

type Field = keyof typeof HEADERS;
type ColumnIndex = Partial<Record<Field, number>>;

export const CLOSED = 'closed establishment';

const ACCEPTED_FORMATS =
  'Expected the extract format (urn,name,la_code,la_name,type,...) ' +
  'or a GIAS edubasealldata file (URN,EstablishmentName,LA (code),...).';
const OPEN_STATUSES = new Set(['open', 'open, but proposed to close']);
/** GIAS's other statuses: its full extracts hold such rows, which are skipped, not refused. */
const NOT_OPEN_STATUSES = new Map([
  ['closed', CLOSED],
  ['proposed to open', 'not yet open (proposed to open)'],
]);
const NOT_REPORTED = new Set(['supp', 'z', 'na']);

/**
 * Reads a GIAS file (the extract format or the bulk-file columns), with the optional hub status
 * columns; each row is a record, rejected with its line and reasons, or skipped: an establishment
 * closed (by its status, or a close date before `today`) or not yet open, whose other cells are
 * not checked since nothing of it is imported. Join dates after `today` are rejected.
 */
export function parseInstitutionsCsv(
  csv: string,
  today = new Date().toISOString().slice(0, 10),
): ParsedFile {
  const [header, ...rows] = readRows(csv);
  const columns = indexHeader(header.cells);
  const headerNames = header.cells.map((cell) => cell.trim().toLowerCase());
  const statusIndex = new Map(
    STATUS_COLUMNS.map((name) => [name, headerNames.indexOf(name)] as const).filter(
      ([, index]) => index !== -1,
    ),
  );

  const result: ParsedFile = { records: [], rejected: [], skipped: [] };
  const firstLineByUrn = new Map<string, number>();
  for (const { line, cells } of rows) {
    if (cells.every((cell) => cell === '')) continue;
    const value = (field: Field): string | null => {
      const index = columns[field];
      return index === undefined ? null : collapse(cells[index]);
    };
    const problems: string[] = [];

    const urn = value('urn');
    if (urn === null) problems.push('URN is missing');
    else if (!/^\d{5,7}$/.test(urn)) problems.push(`URN "${urn}" is not 5 to 7 digits`);
    const status = value('status');
    const notOpen = notOpenReason(status, readCloseDate(value('closeDate'), problems), today);
    if (urn !== null && problems.length === 0) {
      if (notOpen) {
        result.skipped.push({ line, urn, reason: notOpen });
        continue;
      }
      const first = firstLineByUrn.get(urn);
      if (first !== undefined) problems.push(`duplicate URN, first seen on line ${first}`);
      else firstLineByUrn.set(urn, line);
    }

    const name = value('name');
    if (name === null) problems.push('name is missing');

    const fsmPercent = parseFsmPercent(value('fsmPercent'), problems);
    const pupils = parsePupils(value('pupils'), problems);

    const ukprn = value('ukprn');
    if (ukprn !== null && !/^\d{8}$/.test(ukprn)) problems.push(`UKPRN "${ukprn}" is not 8 digits`);

    if (status !== null && !notOpen && !OPEN_STATUSES.has(status.toLowerCase())) {
      problems.push(`establishment status is ${status}`);
    }

    const laCode = value('laCode');
    if (laCode !== null && !/^\d{3}$/.test(laCode)) {
      problems.push(`LA code "${laCode}" is not 3 digits`);
    }

    const hubType = value('hubType')?.toUpperCase() ?? null;
    if (hubType !== null && !HUB_TYPES.has(hubType)) {
      problems.push(`hub_type "${value('hubType')}" is not one of ${[...HUB_TYPES].join(', ')}`);
    }

    const hubStatus =
      statusIndex.size > 0
        ? hubStatusOfRow(
            (column) => (cells[statusIndex.get(column)!] ?? '').trim(),
            (column) => statusIndex.has(column),
            today,
            problems,
          )
        : undefined;

    if (urn === null || name === null || problems.length > 0) {
      result.rejected.push({ line, urn, reason: problems.join('; ') });
      continue;
    }

    const phase = value('phase');
    // The hub's own type (as the hub data export writes it) is taken as it is, like a GIAS type.
    const decision = hubType
      ? { type: hubType as InstitutionType, inferred: false }
      : decideInstitutionType({ type: value('type'), typeGroup: value('typeGroup'), phase, name });
    result.records.push({
      line,
      urn,
      ukprn,
      name,
      type: decision.type,
      typeInferred: decision.inferred,
      phase,
      laCode,
      laName: value('laName'),
      postcode: value('postcode')?.toUpperCase() ?? null,
      town: value('town'),
      pupils,
      fsmPercent,
      status,
      lowAge: parseAge(value('lowAge')),
      highAge: parseAge(value('highAge')),
      ...(hubStatus ? { hubStatus } : {}),
    });
  }
  return result;
}

/** Rows including the header; the shared reader's refusals in this import's words. */
function readRows(csv: string): CsvRecord[] {
  try {
    return readCsvRecords(csv);
  } catch (error) {
    if (!(error instanceof CsvReadError)) throw error;
    if (error.kind === 'empty') throw new MalformedCsvError('CSV is empty');
    if (error.kind === 'malformed') {
      throw new MalformedCsvError(
        `Malformed CSV in the record starting on line ${error.line}: ${error.detail}`,
      );
    }
    throw new MalformedCsvError(`Line ${error.line}: ${error.detail}`);
  }
}

function indexHeader(header: string[]): ColumnIndex {
  const names = header.map((cell) =>
    cell
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase(),
  );
  const columns: ColumnIndex = {};
  for (const field of Object.keys(HEADERS) as Field[]) {
    const index = names.findIndex((name) => (HEADERS[field] as readonly string[]).includes(name));
    if (index !== -1) columns[field] = index;
  }
  const missing = [
    columns.urn === undefined ? 'URN (urn / URN)' : null,
    columns.name === undefined ? 'name (name / EstablishmentName)' : null,
  ].filter((column) => column !== null);
  if (missing.length > 0) {
    throw new MalformedCsvError(
      `CSV header has no ${missing.join(' or ')} column. ${ACCEPTED_FORMATS}`,
    );
  }
  return columns;
}

function collapse(value: string | undefined): string | null {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

function parseFsmPercent(raw: string | null, problems: string[]): number | null {
  if (raw === null || NOT_REPORTED.has(raw.toLowerCase())) return null;
  if (!/^\d+(\.\d+)?$/.test(raw) || Number(raw) > 100) {
    problems.push(`FSM % "${raw}" is not a number between 0 and 100`);
    return null;
  }
  return Math.round(Number(`${raw}e1`)) / 10;
}

function parsePupils(raw: string | null, problems: string[]): number | null {
  if (raw === null) return null;
  if (!/^\d+$/.test(raw)) {
    problems.push(`pupils "${raw}" is not a non-negative whole number`);
    return null;
  }
  return Number(raw);
}

/** Why a row's establishment is not imported: closed (by status or date) or not yet open. */
function notOpenReason(status: string | null, closeDate: string | null, today: string) {
  return (
    NOT_OPEN_STATUSES.get(status?.toLowerCase() ?? '') ??
    (closeDate !== null && closeDate < today ? CLOSED : null)
  );
}

/** GIAS writes dates DD-MM-YYYY; the extract format as spreadsheets do. */
function readCloseDate(raw: string | null, problems: string[]): string | null {
  if (raw === null) return null;
  const date = csvDate(raw.replace(/^(\d{1,2})-(\d{1,2})-(\d{4})$/, '$1/$2/$3'));
  if (date === null) problems.push(`close date "${raw}" is not a date`);
  return date;
}

function parseAge(raw: string | null): number | null {
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
}
