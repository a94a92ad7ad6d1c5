import { csvDate, csvToken, firstLineOf, parseRows, readCsvTable } from '@chn/core';
import { MatchStatus, MatchType } from '../entities/match.enums';

/** The columns of the match history CSV, in template order, each with what it holds. */
export const MATCH_CSV_COLUMNS = [
  ['adviser_email', 'Required. The email of the hub’s adviser.'],
  ['urn', 'Required. The URN of the hub’s institution.'],
  ['type', 'Required. 1-2-1 (ONE_TO_ONE) or AGILE.'],
  ['starts_on', 'Required. The day the match started (DD/MM/YYYY or YYYY-MM-DD), not after today.'],
  ['ends_on', 'The planned end, if any (usual for agile support).'],
  ['ended_on', 'The day the match actually ended, not after today; required when ENDED.'],
  ['status', 'ACTIVE, ENDED, PROPOSED or DECLINED (default ENDED with an ended_on, else ACTIVE).'],
  ['focus', 'What the support is for, e.g. "BM5 encounters plan".'],
] as const;

export interface MatchRecord {
  line: number;
  adviserEmail: string;
  urn: string;
  type: MatchType;
  startsOn: string;
  endsOn: string | null;
  endedOn: string | null;
  status: MatchStatus;
  focus: string | null;
}

const TYPES: Record<string, MatchType> = {
  ONE_TO_ONE: MatchType.ONE_TO_ONE,
  '1_2_1': MatchType.ONE_TO_ONE,
  '1:1': MatchType.ONE_TO_ONE,
  AGILE: MatchType.AGILE,
};

/** The date in a cell (null when blank), with a problem when it is not a date. */
function date(column: string, raw: string, problems: string[]): string | null {
  if (raw === '') return null;
  const value = csvDate(raw);
  if (!value) problems.push(`${column} "${raw}" is not a date (DD/MM/YYYY or YYYY-MM-DD)`);
  return value;
}

/**
 * Reads a match history CSV (header names case-insensitive, any order). A match is recorded as it
 * was; refuses the whole file with every problem found, each with its line: a start or end after
 * `today`, an end before the start, the same match twice.
 */
export function parseMatchesCsv(csv: string, today: string): MatchRecord[] {
  const { rows } = readCsvTable(csv, ['adviser_email', 'urn', 'type', 'starts_on']);
  const seen = new Map<string, number>();
  return parseRows(rows, ({ line, cell }, problems) => {
    const adviserEmail = cell('adviser_email').toLowerCase();
    if (adviserEmail === '') problems.push('adviser_email is missing');
    const urn = cell('urn');
    if (!/^\d{5,7}$/.test(urn)) problems.push(`URN "${urn}" is not 5 to 7 digits`);
    const type = TYPES[csvToken(cell('type'))];
    if (!type) problems.push(`type "${cell('type')}" is not 1-2-1 or AGILE`);
    const startsOn = date('starts_on', cell('starts_on'), problems);
    if (cell('starts_on') === '') problems.push('starts_on is missing');
    const endsOn = date('ends_on', cell('ends_on'), problems);
    const endedOn = date('ended_on', cell('ended_on'), problems);
    const rawStatus = cell('status');
    const status = rawStatus
      ? (csvToken(rawStatus) as MatchStatus)
      : endedOn
        ? MatchStatus.ENDED
        : MatchStatus.ACTIVE;
    if (!Object.values(MatchStatus).includes(status)) {
      problems.push(`status "${rawStatus}" is not ACTIVE, ENDED, PROPOSED or DECLINED`);
    } else if ((status === MatchStatus.ENDED) !== (endedOn !== null)) {
      problems.push(
        status === MatchStatus.ENDED
          ? 'an ENDED match needs ended_on'
          : `ended_on is given but the status is ${status}`,
      );
    }
    if (startsOn && startsOn > today) problems.push(`starts_on ${startsOn} is in the future`);
    if (endedOn && endedOn > today) problems.push(`ended_on ${endedOn} is in the future`);
    if (startsOn && endsOn && endsOn < startsOn) problems.push('ends_on is before starts_on');
    if (startsOn && endedOn && endedOn < startsOn) problems.push('ended_on is before starts_on');
    const focus = cell('focus').replace(/\s+/g, ' ') || null;
    if (focus && focus.length > 500) problems.push('focus is longer than 500 characters');
    const first = firstLineOf(seen, `${adviserEmail}|${urn}|${type}|${startsOn}`, line);
    if (first !== null) problems.push(`same adviser, URN, type and start as line ${first}`);
    return {
      line,
      adviserEmail,
      urn,
      type,
      startsOn: startsOn!,
      endsOn,
      endedOn,
      status,
      focus,
    };
  });
}
