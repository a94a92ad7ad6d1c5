import { DataSource } from 'typeorm';

export interface SeedScale {
  hubs: number;
  institutions: number;
  advisers: number;
  matchYears: readonly number[];
  employers: number;
  opportunities: number;
  bookingsEach: number;
}

/** The national-scale data the side-by-side bench reads (issue 16's comparison). */
export const NATIONAL: SeedScale = {
  hubs: 40,
  institutions: 5_000,
  advisers: 3_000,
  /** One match per institution and academic year: 20,000. */
  matchYears: [2021, 2022, 2023, 2024],
  employers: 1_000,
  opportunities: 10_000,
  /** Bookings per opportunity: 50,000. */
  bookingsEach: 5,
};

/**
 * Fills a freshly migrated database with set-based SQL: every institution has a careers leader,
 * every row is derived from its number, so every run builds the same data. Returns the hub ids.
 */
export async function seedNational(db: DataSource, n: SeedScale = NATIONAL): Promise<string[]> {
  const hubIds = (
    await db.query(
      `INSERT INTO hubs (code, name, region)
       SELECT 'N' || g, 'National hub ' || g, 'Region ' || (g % 9) FROM generate_series(1, $1::int) g
       RETURNING id`,
      [n.hubs],
    )
  ).map((row: { id: string }) => row.id);
  await db.query(
    `INSERT INTO users (hub_id, email, name, role, password_hash)
     SELECT ($1::uuid[])[1 + g % $2], 'leader' || g || '@bench.example.test', 'Leader ' || g,
            'CAREERS_LEADER', 'x'
     FROM generate_series(1, $3::int) g`,
    [hubIds, n.hubs, n.institutions],
  );
  await db.query(
    `INSERT INTO institutions (hub_id, urn, name, type, la_code, pupils, careers_leader_id, in_hub_since)
     SELECT u.hub_id, (300000 + g)::text, 'Institution ' || lpad(g::text, 5, '0'),
            (ARRAY['MAINSTREAM','MAINSTREAM','SEND','AP','POST_16'])[1 + g % 5]::institution_type,
            (300 + g % 150)::text, 300 + g % 1500, u.id, DATE '2020-09-01'
     FROM generate_series(1, $1::int) g
     JOIN users u ON u.email = 'leader' || g || '@bench.example.test'`,
    [n.institutions],
  );
  await db.query(
    `INSERT INTO advisers (hub_id, name, email, status, max_one_to_one, max_agile)
     SELECT ($1::uuid[])[1 + g % $2], 'Adviser ' || g, 'adviser' || g || '@bench.example.test',
            'ACTIVE', 3, 3
     FROM generate_series(1, $3::int) g`,
    [hubIds, n.hubs, n.advisers],
  );
  // One match a year per institution; only the last year's is still active.
  await db.query(
    `WITH schools AS (
       SELECT id, hub_id, row_number() OVER (PARTITION BY hub_id ORDER BY urn) AS n FROM institutions
     ), eas AS (
       SELECT hub_id, array_agg(id ORDER BY email) AS ids FROM advisers GROUP BY hub_id
     )
     INSERT INTO matches (hub_id, adviser_id, institution_id, type, status, starts_on, ended_on)
     SELECT s.hub_id, eas.ids[1 + (s.n + y) % array_length(eas.ids, 1)], s.id, 'ONE_TO_ONE',
            CASE WHEN y = $2 THEN 'ACTIVE' ELSE 'ENDED' END::match_status, make_date(y, 9, 15),
            CASE WHEN y = $2 THEN NULL ELSE make_date(y + 1, 7, 20) END
     FROM schools s JOIN eas ON eas.hub_id = s.hub_id CROSS JOIN unnest($1::int[]) y`,
    [n.matchYears, n.matchYears[n.matchYears.length - 1]],
  );
  await db.query(
    `INSERT INTO employers (hub_id, name, sector, size_band)
     SELECT ($1::uuid[])[1 + g % $2], 'Employer ' || lpad(g::text, 4, '0'),
            (ARRAY['Digital','Health & Care','Manufacturing','Finance'])[1 + g % 4], 'MEDIUM'
     FROM generate_series(1, $3::int) g`,
    [hubIds, n.hubs, n.employers],
  );
  await db.query(
    `WITH e AS (SELECT hub_id, array_agg(id ORDER BY name) AS ids FROM employers GROUP BY hub_id)
     INSERT INTO opportunities (hub_id, employer_id, kind, title, description, tier, sector, year_groups,
       delivery_mode, starts_on, ends_on, length_days, total_places, meaningful_criteria, status)
     SELECT e.hub_id, e.ids[1 + (g / $3) % array_length(e.ids, 1)], 'WORKPLACE_VISIT',
            'Opportunity ' || g, 'Bench opportunity', (ARRAY['T1','T2','T3'])[1 + g % 3]::opportunity_tier,
            'Digital', ARRAY[9, 10], 'IN_PERSON', DATE '2027-01-04' + g % 300,
            DATE '2027-01-04' + g % 300, 1, 40,
            (enum_range(NULL::meaningful_criterion))[1:(1 + g % 7)], 'PUBLISHED'
     FROM generate_series(1, $1::int) g JOIN e ON e.hub_id = ($2::uuid[])[1 + g % $3]`,
    [n.opportunities, hubIds, n.hubs],
  );
  await db.query(
    `WITH schools AS (SELECT hub_id, array_agg(id ORDER BY urn) AS ids FROM institutions GROUP BY hub_id)
     INSERT INTO bookings (hub_id, opportunity_id, institution_id, places, fsm_places, year_group, status)
     SELECT o.hub_id, o.id, s.ids[1 + (abs(hashtext(o.id::text)) + k) % array_length(s.ids, 1)],
            2, 0, 9, 'CONFIRMED'
     FROM opportunities o JOIN schools s ON s.hub_id = o.hub_id CROSS JOIN generate_series(1, $1::int) k`,
    [n.bookingsEach],
  );
  await db.query(
    `UPDATE opportunities o SET places_held = b.held
     FROM (SELECT opportunity_id, sum(places)::int AS held FROM bookings GROUP BY opportunity_id) b
     WHERE b.opportunity_id = o.id`,
  );
  await db.query('ANALYZE');
  return hubIds;
}
