import { isUUID } from 'class-validator';
import {
  csvDateCell,
  csvEnumCell,
  csvTextCell,
  firstLineOf,
  parseRows,
  readCsvTable,
} from '@chn/core';
import { MembershipStatus, SizeBand } from '../entities/employer.enums';
import { employerNameKey } from './employer-refs';

/** The columns of the employers CSV (as the hub data export writes it), each with what it holds. */
export const EMPLOYER_CSV_COLUMNS = [
  [
    'employer_id',
    'The employer’s id, as the hub data export writes it; blank for an employer known by its name alone.',
  ],
  [
    'name',
    'Required. The employer’s name; without an id, a row updates the hub’s employer of this name, or adds one.',
  ],
  ['companies_house_number', 'The 8-character Companies House number.'],
  ['sector', 'Required. The employer’s sector.'],
  ['size_band', 'Required. MICRO, SMALL, MEDIUM or LARGE.'],
  ['postcode', 'The employer’s postcode.'],
  ['website', 'The employer’s website.'],
  [
    'membership_status',
    'The employer’s membership of the hub’s network: PENDING, ACTIVE, LAPSED or WITHDRAWN; blank for none. An employer with several memberships over the years has a row for each.',
  ],
  ['applied_on', 'Required with a membership: the day the employer applied, not after today.'],
  ['joined_on', 'The day the membership started, not after today.'],
  ['renewal_on', 'The day the membership is due for renewal.'],
  ['ended_on', 'The day the membership ended, not after today.'],
  ['pledge', 'What the employer pledged to do for young people.'],
] as const;

export interface EmployerFields {
  id: string | null;
  name: string;
  companiesHouseNumber: string | null;
  sector: string;
  sizeBand: SizeBand;
  postcode: string | null;
  website: string | null;
}

export interface MembershipFields {
  status: MembershipStatus;
  appliedOn: string;
  joinedOn: string | null;
  renewalOn: string | null;
  endedOn: string | null;
  pledge: string | null;
}

/** A row of the employers CSV: the employer, and one of its memberships if any. */
export interface EmployerRecord {
  line: number;
  /** The employer's id when given, else its name compared case-insensitively. */
  key: string;
  employer: EmployerFields;
  membership: MembershipFields | null;
}

const OPEN = new Set([MembershipStatus.PENDING, MembershipStatus.ACTIVE]);

/**
 * Reads an employers CSV. Rows of one employer (same id, or same name without one) must agree on
 * the employer's fields; a membership appears once (by its applied_on), and at most one is open.
 * Refuses the whole file with every problem found, each with its line.
 */
export function parseEmployersCsv(csv: string, today: string): EmployerRecord[] {
  const { rows } = readCsvTable(csv, ['name', 'sector', 'size_band']);
  const employers = new Map<string, { line: number; fields: string }>();
  const memberships = new Map<string, number>();
  const open = new Map<string, number>();
  return parseRows(rows, ({ line, cell }, problems) => {
    const id = cell('employer_id') || null;
    if (id && !isUUID(id)) problems.push(`employer_id "${id}" is not an id`);
    const name = csvTextCell('name', cell('name'), problems, 200) ?? '';
    if (name === '') problems.push('name is missing');
    const number = cell('companies_house_number').toUpperCase() || null;
    if (number && !/^[A-Z0-9]{8}$/.test(number)) {
      problems.push(`companies_house_number "${number}" is not 8 letters or digits`);
    }
    const sector = csvTextCell('sector', cell('sector'), problems, 100) ?? '';
    if (sector === '') problems.push('sector is missing');
    const sizeBand = csvEnumCell('size_band', cell('size_band'), SizeBand, problems);
    if (cell('size_band') === '') problems.push('size_band is missing');
    const employer: EmployerFields = {
      id,
      name,
      companiesHouseNumber: number,
      sector,
      sizeBand: sizeBand!,
      postcode: csvTextCell('postcode', cell('postcode').toUpperCase(), problems, 10),
      website: csvTextCell('website', cell('website'), problems, 300),
    };
    const key = id ?? employerNameKey(name);
    const seen = employers.get(key);
    if (!seen) employers.set(key, { line, fields: JSON.stringify(employer) });
    else if (seen.fields !== JSON.stringify(employer)) {
      problems.push(`the employer's fields differ from line ${seen.line}`);
    }
    const membership = parseMembership(cell, today, problems);
    if (!membership && seen) problems.push(`same employer as line ${seen.line}`);
    if (membership) {
      const first = firstLineOf(memberships, `${key}|${membership.appliedOn}`, line);
      if (first !== null) problems.push(`same employer and applied_on as line ${first}`);
      if (OPEN.has(membership.status)) {
        const otherOpen = firstLineOf(open, key, line);
        if (otherOpen !== null) problems.push(`a second open membership (line ${otherOpen})`);
      }
    }
    return { line, key, employer, membership };
  });
}

function parseMembership(
  cell: (column: string) => string,
  today: string,
  problems: string[],
): MembershipFields | null {
  const status = csvEnumCell(
    'membership_status',
    cell('membership_status'),
    MembershipStatus,
    problems,
  );
  const appliedOn = csvDateCell('applied_on', cell('applied_on'), problems, today);
  const joinedOn = csvDateCell('joined_on', cell('joined_on'), problems, today);
  const renewalOn = csvDateCell('renewal_on', cell('renewal_on'), problems);
  const endedOn = csvDateCell('ended_on', cell('ended_on'), problems, today);
  const pledge = csvTextCell('pledge', cell('pledge'), problems, 500);
  if (cell('membership_status') === '') {
    if (appliedOn || joinedOn || renewalOn || endedOn || pledge) {
      problems.push('membership columns are given but membership_status is blank');
    }
    return null;
  }
  if (cell('applied_on') === '') problems.push('applied_on is missing');
  if (joinedOn && renewalOn && renewalOn <= joinedOn) {
    problems.push('renewal_on is not after joined_on');
  }
  return { status: status!, appliedOn: appliedOn!, joinedOn, renewalOn, endedOn, pledge };
}
