import { DataSource } from 'typeorm';

/** Institution id by URN, for those of the URNs that are institutions of the hub. */
export async function hubInstitutionIdsByUrn(
  db: DataSource,
  hubId: string,
  urns: string[],
): Promise<Map<string, string>> {
  const institutions = await db.query<{ id: string; urn: string }[]>(
    'SELECT id, urn FROM institutions WHERE hub_id = $1 AND urn = ANY($2::varchar[])',
    [hubId, [...new Set(urns)]],
  );
  return new Map(institutions.map((i) => [i.urn, i.id]));
}
