import { EntityManager } from 'typeorm';
import { AcademicYear } from '@chn/core';
import { MatchabilityPolicy } from '../matches/adviser-eligibility';
import { adviserSlotsParams, MATCHABLE_ADVISER_SLOTS_SQL } from '../matches/adviser-slots.queries';
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

/**
 * Institutions of the hub with their support needs and whether they were matched last year:
 * the given ids, or else every eligible in-hub institution still unmatched in `year` (no ACTIVE
 * or ENDED match overlapping it, and no open 1-2-1 that a new proposal would collide with).
 */
export function institutionsToMatch(
  manager: EntityManager,
  hubId: string,
  year: AcademicYear,
  previous: AcademicYear,
  ids: readonly string[] | null,
): Promise<CandidateInstitution[]> {
  return manager.query(
    `SELECT i.id, i.type, i.la_code AS "laCode", i.fsm_percent::float8 AS "fsmPercent",
            coalesce(n.sectors, '{}') AS sectors,
            coalesce(n.priority_benchmarks, '{}') AS "priorityBenchmarks",
            EXISTS (
              SELECT 1 FROM matches p
               WHERE p.institution_id = i.id AND p.status IN ('ACTIVE', 'ENDED')
                 AND p.starts_on <= $5::date
                 AND coalesce(p.ended_on, p.ends_on, 'infinity'::date) >= $4::date
            ) AS "matchedLastYear"
       FROM institutions i
       LEFT JOIN institution_support_needs n ON n.institution_id = i.id
      WHERE i.hub_id = $1
        AND CASE WHEN $6::uuid[] IS NOT NULL THEN i.id = ANY($6::uuid[])
            ELSE i.eligible AND i.in_hub_since IS NOT NULL AND i.in_hub_since <= $3::date
             AND NOT EXISTS (
               SELECT 1 FROM matches m
                WHERE m.institution_id = i.id
                  AND ((m.status IN ('ACTIVE', 'ENDED') AND m.starts_on <= $3::date
                        AND coalesce(m.ended_on, m.ends_on, 'infinity'::date) >= $2::date)
                    OR (m.type = 'ONE_TO_ONE' AND m.status IN ('PROPOSED', 'ACTIVE'))))
            END
      ORDER BY i.name, i.id`,
    [hubId, year.startsOn, year.endsOn, previous.startsOn, previous.endsOn, ids],
  );
}
