import { EntityManager } from 'typeorm';
import { AcademicYear } from '@chn/core';
import { MatchabilityPolicy } from '../matches/adviser-eligibility';
import { adviserSlotsParams, MATCHABLE_ADVISER_SLOTS_SQL } from '../matches/adviser-slots.queries';
import { institutionCountsInYearSql, institutionMatchedInYearSql } from '../matched-in-year';
import { CandidateAdviser, CandidateInstitution } from './candidate-graph';

/** Advisers of the hub who may be matched today and have at least one free 1-2-1 slot. */
export function advisersWithSpareOneToOne(
  manager: EntityManager,
  hubId: string,
  policy: MatchabilityPolicy,
  today: string,
): Promise<CandidateAdviser[]> {
  return manager.query(
    `SELECT a.id, a.sectors, a.local_authority_codes AS "localAuthorityCodes",
            a.send_ap_experience AS "sendApExperience", s.one_to_one_free AS "spareOneToOne"
       FROM (${MATCHABLE_ADVISER_SLOTS_SQL}) s
       JOIN advisers a ON a.id = s.id
      WHERE s.one_to_one_free > 0
      ORDER BY a.id`,
    adviserSlotsParams(hubId, policy, today),
  );
}

const YEAR = { startsOn: '$2::date', endsOn: '$3::date' };
const PREVIOUS_YEAR = { startsOn: '$4::date', endsOn: '$5::date' };

/**
 * Institutions of the hub with their support needs and whether they were matched last year:
 * the given ids, or else every institution counted in `year` and not matched in it (see
 * `../matched-in-year.ts`) that holds no open 1-2-1 a new proposal would collide with.
 */
export function institutionsToMatch(
  manager: EntityManager,
  hubId: string,
  year: AcademicYear,
  previous: AcademicYear,
  ids: readonly string[] | null,
): Promise<CandidateInstitution[]> {
  return manager.query(
    `SELECT i.id, i.type, i.la_code AS "laCode", i.la_name AS "laName",
            i.fsm_percent::float8 AS "fsmPercent",
            coalesce(n.sectors, '{}') AS sectors,
            coalesce(n.priority_benchmarks, '{}') AS "priorityBenchmarks",
            ${institutionMatchedInYearSql('i', PREVIOUS_YEAR)} AS "matchedLastYear"
       FROM institutions i
       LEFT JOIN institution_support_needs n ON n.institution_id = i.id
      WHERE i.hub_id = $1
        AND CASE WHEN $6::uuid[] IS NOT NULL THEN i.id = ANY($6::uuid[])
            ELSE ${institutionCountsInYearSql('i', YEAR)}
             AND NOT ${institutionMatchedInYearSql('i', YEAR)}
             AND NOT EXISTS (
               SELECT 1 FROM matches m
                WHERE m.institution_id = i.id
                  AND m.type = 'ONE_TO_ONE' AND m.status IN ('PROPOSED', 'ACTIVE'))
            END
      ORDER BY i.name, i.id`,
    [hubId, year.startsOn, year.endsOn, previous.startsOn, previous.endsOn, ids],
  );
}
