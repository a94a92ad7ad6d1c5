import { isUUID } from 'class-validator';
import {
  csvBoolean,
  csvDateCell,
  csvEnumCell,
  csvList,
  csvTextCell,
  csvToken,
  csvWholeNumberCell,
  firstLineOf,
  parseRows,
  readCsvTable,
} from '@chn/core';
import {
  DeliveryMode,
  MeaningfulCriterion,
  OpportunityKind,
  OpportunityStatus,
  Tier,
} from '../domain/opportunity.enums';

/** The columns of the opportunities CSV (as the hub data export writes it), each explained. */
export const OPPORTUNITY_CSV_COLUMNS = [
  [
    'opportunity_id',
    'The opportunity’s id, as the hub data export writes it; without one, a row updates the opportunity of the same employer, title and start, or adds one.',
  ],
  ['employer_id', 'The id of the hub’s employer offering it; or give the employer’s name.'],
  ['employer', 'The employer’s name as the hub holds it, when there is no employer_id.'],
  ['kind', `Required. ${Object.values(OpportunityKind).join(', ')}.`],
  ['title', 'Required. The opportunity’s title.'],
  ['description', 'What young people will do.'],
  ['tier', 'Required. T1, T2 or T3.'],
  ['sector', 'Required. The sector of the experience.'],
  ['year_groups', 'Required. The year groups it is open to (7 to 13), separated by semicolons.'],
  ['delivery_mode', 'Required. IN_PERSON, VIRTUAL or HYBRID.'],
  ['starts_on', 'Required. The first day (DD/MM/YYYY or YYYY-MM-DD).'],
  ['ends_on', 'Required. The last day, not before the first.'],
  ['length_days', 'Required. How many days it lasts, in half days (e.g. 0.5, 5).'],
  ['total_places', 'Required. How many places it offers.'],
  ['send_friendly', 'Yes when suited to pupils with SEND (default No).'],
  [
    'meaningful_criteria',
    `The criteria of a meaningful experience it meets, separated by semicolons: ${Object.values(MeaningfulCriterion).join(', ')}.`,
  ],
  ['status', `${Object.values(OpportunityStatus).join(', ')} (default PUBLISHED).`],
] as const;

export interface OpportunityRecord {
  line: number;
  id: string | null;
  /** The employer's id, or its name when the file gives no id. */
  employer: string;
  kind: OpportunityKind;
  title: string;
  description: string;
  tier: Tier;
  sector: string;
  yearGroups: number[];
  deliveryMode: DeliveryMode;
  startsOn: string;
  endsOn: string;
  lengthDays: number;
  totalPlaces: number;
  sendFriendly: boolean;
  meaningfulCriteria: MeaningfulCriterion[];
  status: OpportunityStatus;
}

const REQUIRED = [
  'kind',
  'title',
  'tier',
  'sector',
  'year_groups',
  'delivery_mode',
  'starts_on',
  'ends_on',
  'length_days',
  'total_places',
] as const;

/**
 * Reads an opportunities CSV; refuses the whole file with every problem found, each with its
 * line: a missing or impossible value, dates out of order, a length longer than the dates allow,
 * the same opportunity twice.
 */
export function parseOpportunitiesCsv(csv: string): OpportunityRecord[] {
  const { rows } = readCsvTable(csv, [...REQUIRED]);
  const seen = new Map<string, number>();
  return parseRows(rows, ({ line, cell }, problems) => {
    for (const column of REQUIRED) if (cell(column) === '') problems.push(`${column} is missing`);
    const id = cell('opportunity_id') || null;
    if (id && !isUUID(id)) problems.push(`opportunity_id "${id}" is not an id`);
    const employer = cell('employer_id') || cell('employer');
    if (employer === '') problems.push('employer_id or employer is missing');
    const yearGroups = csvList(cell('year_groups')).map(Number);
    if (yearGroups.some((year) => !Number.isInteger(year) || year < 7 || year > 13)) {
      problems.push(`year_groups "${cell('year_groups')}" are not years 7 to 13`);
    }
    const startsOn = csvDateCell('starts_on', cell('starts_on'), problems);
    const endsOn = csvDateCell('ends_on', cell('ends_on'), problems);
    if (startsOn && endsOn && endsOn < startsOn) problems.push('ends_on is before starts_on');
    const lengthDays = Number(cell('length_days'));
    if (cell('length_days') !== '' && !(lengthDays > 0 && Number.isInteger(lengthDays * 2))) {
      problems.push(`length_days "${cell('length_days')}" is not a number of half days`);
    } else if (startsOn && endsOn && lengthDays > daysFrom(startsOn, endsOn)) {
      problems.push('length_days is longer than the days from starts_on to ends_on');
    }
    const sendFriendly = cell('send_friendly') === '' ? false : csvBoolean(cell('send_friendly'));
    if (sendFriendly === null)
      problems.push(`send_friendly "${cell('send_friendly')}" is not yes or no`);
    const criteria = csvList(cell('meaningful_criteria')).map(csvToken);
    const unknown = criteria.filter(
      (c) => !Object.values(MeaningfulCriterion).includes(c as MeaningfulCriterion),
    );
    if (unknown.length) problems.push(`meaningful_criteria ${unknown.join(', ')} unknown`);
    const record: OpportunityRecord = {
      line,
      id,
      employer,
      kind: csvEnumCell('kind', cell('kind'), OpportunityKind, problems)!,
      title: csvTextCell('title', cell('title'), problems, 200) ?? '',
      description: cell('description').slice(0, 5001),
      tier: csvEnumCell('tier', cell('tier'), Tier, problems)!,
      sector: csvTextCell('sector', cell('sector'), problems, 100) ?? '',
      yearGroups,
      deliveryMode: csvEnumCell('delivery_mode', cell('delivery_mode'), DeliveryMode, problems)!,
      startsOn: startsOn!,
      endsOn: endsOn!,
      lengthDays,
      totalPlaces: csvWholeNumberCell('total_places', cell('total_places'), problems, {
        min: 1,
        max: 100_000,
      })!,
      sendFriendly: sendFriendly ?? false,
      meaningfulCriteria: criteria as MeaningfulCriterion[],
      status:
        csvEnumCell('status', cell('status'), OpportunityStatus, problems) ??
        OpportunityStatus.PUBLISHED,
    };
    if (record.description.length > 5000)
      problems.push('description is longer than 5000 characters');
    const first = firstLineOf(seen, id ?? `${employer}|${record.title}|${startsOn}`, line);
    if (first !== null) problems.push(`same opportunity as line ${first}`);
    return record;
  });
}

function daysFrom(startsOn: string, endsOn: string): number {
  return (Date.parse(endsOn) - Date.parse(startsOn)) / 86_400_000 + 1;
}
