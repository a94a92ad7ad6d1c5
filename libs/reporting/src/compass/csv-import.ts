import { EntityManager } from 'typeorm';
import { CsvProblem } from '@chn/core';

/** Institution id by URN, for those of the URNs that are institutions of the hub. */
export async function hubInstitutionIdsByUrn(
  manager: EntityManager,
  hubId: string,
  urns: string[],
): Promise<Map<string, string>> {
  const institutions = await manager.query<{ id: string; urn: string }[]>(
    'SELECT id, urn FROM institutions WHERE hub_id = $1 AND urn = ANY($2::varchar[])',
    [hubId, [...new Set(urns)]],
  );
  return new Map(institutions.map((i) => [i.urn, i.id]));
}

/** A problem for each record whose URN is not an institution of the hub. */
export function unknownUrns(
  records: { line: number; urn: string }[],
  byUrn: ReadonlyMap<string, string>,
): CsvProblem[] {
  return records
    .filter((r) => !byUrn.has(r.urn))
    .map((r) => ({ line: r.line, message: `no institution with URN ${r.urn} in the hub` }));
}
