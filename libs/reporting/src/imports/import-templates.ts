import { registerEnumType } from '@nestjs/graphql';
import { ADVISER_CSV_COLUMNS } from '@chn/advisers';
import { CsvColumnDoc, csvImportTemplate, CsvImportTemplate } from '@chn/core';
import { EMPLOYER_CSV_COLUMNS } from '@chn/employers';
import { INSTITUTION_STATUS_CSV_COLUMNS } from '@chn/institutions';
import { MATCH_CSV_COLUMNS } from '@chn/matching';
import { BOOKING_CSV_COLUMNS, OPPORTUNITY_CSV_COLUMNS } from '@chn/opportunities';
import { COMPASS_CSV_HEADER } from '../compass/compass-csv';
import { SupplementaryAnswer } from '../entities/compass.enums';

/** The hub's CSV imports. */
export enum CsvImportKind {
  INSTITUTIONS = 'INSTITUTIONS',
  INSTITUTION_STATUS = 'INSTITUTION_STATUS',
  ADVISERS = 'ADVISERS',
  MATCHES = 'MATCHES',
  EMPLOYERS = 'EMPLOYERS',
  OPPORTUNITIES = 'OPPORTUNITIES',
  BOOKINGS = 'BOOKINGS',
  COMPASS_EVALUATIONS = 'COMPASS_EVALUATIONS',
  FSQ = 'FSQ',
}
registerEnumType(CsvImportKind, { name: 'CsvImportKind', description: 'A CSV import of the hub.' });

const INSTITUTION_COLUMNS: CsvColumnDoc[] = [
  [
    'urn',
    'Required. The establishment’s URN (5 to 7 digits); a row updates the institution with this URN, or adds one.',
  ],
  ['name', 'Required. The establishment’s name.'],
  ['la_code', 'The 3-digit local authority code.'],
  ['la_name', 'The local authority’s name.'],
  [
    'type',
    'The GIAS establishment type, e.g. "Pupil referral unit"; the hub’s type is inferred from it, the name and the phase.',
  ],
  ['type_group', 'The GIAS establishment type group.'],
  ['phase', 'The GIAS phase of education.'],
  [
    'status',
    'The GIAS establishment status; a closed establishment (or one proposed to open) is skipped, not imported, and does not refuse the file.',
  ],
  [
    'close_date',
    'The GIAS close date (DD-MM-YYYY, DD/MM/YYYY or YYYY-MM-DD); an establishment closed before today is skipped.',
  ],
  ['low_age', 'The statutory low age.'],
  ['high_age', 'The statutory high age.'],
  ['postcode', 'The postcode.'],
  ['town', 'The town.'],
  ['pupils', 'The number of pupils.'],
  [
    'fsm_percent',
    'The % of pupils eligible for free school meals (0 to 100; SUPP for suppressed).',
  ],
  ['ukprn', 'The 8-digit UKPRN.'],
  [
    'hub_type',
    'The hub’s own type (MAINSTREAM, SEND, AP or POST_16), as the hub data export writes it; when given it is taken over the type inferred from GIAS.',
  ],
];

const COMPASS_COLUMNS: CsvColumnDoc[] = COMPASS_CSV_HEADER.map((name) => {
  if (name === 'urn') return [name, 'Required. The URN of the hub’s institution.'];
  if (name === 'evaluated_on')
    return [name, 'Required. The date of the evaluation, not after today.'];
  if (name.endsWith('_result'))
    return [name, 'Required. Achieved, Partially achieved or Not achieved.'];
  if (name.endsWith('_score')) return [name, 'The benchmark’s score as a percentage (0 to 100).'];
  return [
    name,
    `The answer to the supplementary question: ${Object.values(SupplementaryAnswer).join(', ')}.`,
  ];
});

const FSQ_COLUMNS: CsvColumnDoc[] = [
  ['urn', 'Required. The URN of the hub’s institution.'],
  ['academic_year', 'Required. The academic year, like 2024/25.'],
  ['students', 'Required. How many students completed the Future Skills Questionnaire.'],
];

const TEMPLATES: Record<CsvImportKind, CsvImportTemplate> = {
  [CsvImportKind.INSTITUTIONS]: csvImportTemplate('institutions.csv', INSTITUTION_COLUMNS),
  [CsvImportKind.INSTITUTION_STATUS]: csvImportTemplate(
    'institution-status.csv',
    INSTITUTION_STATUS_CSV_COLUMNS,
  ),
  [CsvImportKind.ADVISERS]: csvImportTemplate('advisers.csv', ADVISER_CSV_COLUMNS),
  [CsvImportKind.MATCHES]: csvImportTemplate('matches.csv', MATCH_CSV_COLUMNS),
  [CsvImportKind.EMPLOYERS]: csvImportTemplate('employers.csv', EMPLOYER_CSV_COLUMNS),
  [CsvImportKind.OPPORTUNITIES]: csvImportTemplate('opportunities.csv', OPPORTUNITY_CSV_COLUMNS),
  [CsvImportKind.BOOKINGS]: csvImportTemplate('bookings.csv', BOOKING_CSV_COLUMNS),
  [CsvImportKind.COMPASS_EVALUATIONS]: csvImportTemplate(
    'compass-evaluations.csv',
    COMPASS_COLUMNS,
  ),
  [CsvImportKind.FSQ]: csvImportTemplate('fsq.csv', FSQ_COLUMNS),
};

/** The template of an import, with each column explained. */
export function importTemplate(kind: CsvImportKind): CsvImportTemplate {
  return TEMPLATES[kind];
}
