import { ADVISER_CSV_COLUMNS, adviserEmailOrPseudonymSql } from '@chn/advisers';
import { EMPLOYER_CSV_COLUMNS } from '@chn/employers';
import { INSTITUTION_STATUS_CSV_COLUMNS } from '@chn/institutions';
import { MATCH_CSV_COLUMNS } from '@chn/matching';
import { BOOKING_CSV_COLUMNS, OPPORTUNITY_CSV_COLUMNS } from '@chn/opportunities';
import { COMPASS_CSV_HEADER } from '../compass/compass-csv';

/** A CSV file of the hub data archive: its columns and the query ($1 the hub) giving them by name. */
export interface HubDataFile {
  name: string;
  columns: readonly string[];
  sql: string;
}

const names = (columns: readonly (readonly [string, string])[]) => columns.map(([name]) => name);
const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
const yesNo = (column: string) => `CASE WHEN ${column} THEN 'Yes' ELSE 'No' END`;

/**
 * The institutions in the columns of the GIAS extract the institutions import reads, then the
 * hub status columns (read by that import and the status import), then the hub's own type.
 */
const INSTITUTIONS: HubDataFile = {
  name: 'institutions.csv',
  columns: [
    'urn',
    'name',
    'la_code',
    'la_name',
    'phase',
    'postcode',
    'town',
    'pupils',
    'fsm_percent',
    'ukprn',
    ...names(INSTITUTION_STATUS_CSV_COLUMNS).slice(1),
    'hub_type',
  ],
  sql: `SELECT urn, name, la_code, la_name, phase, postcode, town, pupils, fsm_percent::text AS fsm_percent,
               ukprn, ${day('in_hub_since')} AS in_hub_since, ${yesNo('eligible')} AS eligible,
               ${yesNo('compass_plus')} AS compass_plus, type::text AS hub_type
        FROM institutions WHERE hub_id = $1 ORDER BY urn`,
};

/** Erased advisers are named by a pseudonym, so their matches still count where imported. */
const ADVISERS: HubDataFile = {
  name: 'advisers.csv',
  columns: names(ADVISER_CSV_COLUMNS),
  sql: `SELECT a.name, ${adviserEmailOrPseudonymSql('a')} AS email, e.name AS employer, array_to_string(a.sectors, ';') AS sectors,
               array_to_string(a.local_authority_codes, ';') AS local_authorities,
               ${day('a.dbs_checked_on')} AS dbs_checked_on,
               ${day('a.induction_completed_on')} AS induction_completed_on,
               a.max_one_to_one, a.max_agile, a.status::text AS status, ${day('a.left_on')} AS left_on
        FROM advisers a LEFT JOIN employers e ON e.id = a.employer_id
        WHERE a.hub_id = $1 ORDER BY 2`,
};

const MATCHES: HubDataFile = {
  name: 'matches.csv',
  columns: names(MATCH_CSV_COLUMNS),
  sql: `SELECT ${adviserEmailOrPseudonymSql('a')} AS adviser_email, i.urn, m.type::text AS type, ${day('m.starts_on')} AS starts_on,
               ${day('m.ends_on')} AS ends_on, ${day('m.ended_on')} AS ended_on,
               m.status::text AS status, m.focus
        FROM matches m JOIN advisers a ON a.id = m.adviser_id
        JOIN institutions i ON i.id = m.institution_id
        WHERE m.hub_id = $1 ORDER BY m.starts_on, i.urn, adviser_email`,
};

const EMPLOYERS: HubDataFile = {
  name: 'employers.csv',
  columns: names(EMPLOYER_CSV_COLUMNS),
  sql: `SELECT e.id AS employer_id, e.name, e.companies_house_number, e.sector, e.size_band::text AS size_band,
               e.postcode, e.website, ms.status::text AS membership_status,
               ${day('ms.applied_at')} AS applied_on, ${day('ms.joined_on')} AS joined_on,
               ${day('ms.renewal_on')} AS renewal_on, ${day('ms.ended_on')} AS ended_on, ms.pledge
        FROM employers e LEFT JOIN employer_memberships ms ON ms.employer_id = e.id AND ms.hub_id = $1
        WHERE e.hub_id = $1 OR ms.hub_id = $1 ORDER BY e.name, e.id, ms.applied_at`,
};

const OPPORTUNITIES: HubDataFile = {
  name: 'opportunities.csv',
  columns: names(OPPORTUNITY_CSV_COLUMNS),
  sql: `SELECT o.id AS opportunity_id, o.employer_id, e.name AS employer, o.kind::text AS kind, o.title, o.description,
               o.tier::text AS tier, o.sector, array_to_string(o.year_groups, ';') AS year_groups,
               o.delivery_mode::text AS delivery_mode, ${day('o.starts_on')} AS starts_on,
               ${day('o.ends_on')} AS ends_on, o.length_days::text AS length_days, o.total_places,
               ${yesNo('o.send_friendly')} AS send_friendly,
               array_to_string(o.meaningful_criteria::text[], ';') AS meaningful_criteria,
               o.status::text AS status
        FROM opportunities o LEFT JOIN employers e ON e.id = o.employer_id
        WHERE o.hub_id = $1 ORDER BY o.starts_on, o.id`,
};

const BOOKINGS: HubDataFile = {
  name: 'bookings.csv',
  columns: names(BOOKING_CSV_COLUMNS),
  sql: `SELECT b.id AS booking_id, b.opportunity_id, i.urn, b.places, b.fsm_places, b.year_group, b.status::text AS status,
               b.attended, b.fsm_attended
        FROM bookings b JOIN institutions i ON i.id = b.institution_id
        WHERE b.hub_id = $1 ORDER BY b.opportunity_id, i.urn, b.created_at`,
};

const BENCHMARK_COLUMNS = [1, 2, 3, 4, 5, 6, 7, 8]
  .map(
    (n) =>
      `max(r.result::text) FILTER (WHERE r.benchmark = ${n}) AS bm${n}_result,
       max(r.score::text) FILTER (WHERE r.benchmark = ${n}) AS bm${n}_score`,
  )
  .join(',\n');

const COMPASS_EVALUATIONS: HubDataFile = {
  name: 'compass-evaluations.csv',
  columns: COMPASS_CSV_HEADER,
  sql: `SELECT i.urn, ${day('c.evaluated_on')} AS evaluated_on, ${BENCHMARK_COLUMNS},
               c.ks3_all_pupils::text AS ks3_all_pupils, c.ks3_fsm_pupils::text AS ks3_fsm_pupils,
               c.ks4_all_pupils::text AS ks4_all_pupils, c.ks4_fsm_pupils::text AS ks4_fsm_pupils
        FROM compass_evaluations c JOIN institutions i ON i.id = c.institution_id
        LEFT JOIN compass_benchmark_results r ON r.evaluation_id = c.id
        WHERE c.hub_id = $1 GROUP BY c.id, i.urn ORDER BY i.urn, c.evaluated_on`,
};

const FSQ: HubDataFile = {
  name: 'fsq.csv',
  columns: ['urn', 'academic_year', 'students'],
  sql: `SELECT i.urn, f.academic_year, f.students
        FROM fsq_completions f JOIN institutions i ON i.id = f.institution_id
        WHERE f.hub_id = $1 ORDER BY i.urn, f.academic_year`,
};

/** The files of the archive, each in the columns its import reads where there is one. */
export const HUB_DATA_FILES: readonly HubDataFile[] = [
  INSTITUTIONS,
  ADVISERS,
  MATCHES,
  EMPLOYERS,
  OPPORTUNITIES,
  BOOKINGS,
  COMPASS_EVALUATIONS,
  FSQ,
];
