import { EntityManager } from 'typeorm';
import { OpenMatchCounts } from '@chn/advisers';

/** The adviser's PROPOSED and ACTIVE matches of each kind: what their capacity must cover. */
export async function countOpenMatches(
  manager: EntityManager,
  adviserId: string,
): Promise<OpenMatchCounts> {
  const [row] = await manager.query<{ one_to_one: number; agile: number }[]>(
    `SELECT count(*) FILTER (WHERE type = 'ONE_TO_ONE')::int AS one_to_one,
            count(*) FILTER (WHERE type = 'AGILE')::int AS agile
       FROM matches
      WHERE adviser_id = $1 AND status IN ('PROPOSED', 'ACTIVE')`,
    [adviserId],
  );
  return { oneToOne: row.one_to_one, agile: row.agile };
}
