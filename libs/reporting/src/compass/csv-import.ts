import { DataSource } from 'typeorm';
import { DomainError, ErrorReason } from '@chn/core';
import { CompassCsvError, CompassCsvProblem } from './csv-table';

/** The refusal of a whole file: every problem, each with its line, under the `csv` field. */
export function csvRefusal(code: ErrorReason, problems: CompassCsvProblem[]): DomainError {
  return DomainError.validation(
    code,
    `The file was not imported: ${problems.length} problem(s) found`,
    [{ field: 'csv', messages: problems.map((p) => `line ${p.line}: ${p.message}`) }],
  );
}

/** The file's records, or the refusal (with `code`) listing the problems the parser found. */
export function parseOrRefuse<T>(
  code: ErrorReason,
  csv: string,
  parseCsv: (csv: string) => T[],
): T[] {
  try {
    return parseCsv(csv);
  } catch (error) {
    if (error instanceof CompassCsvError) throw csvRefusal(code, error.problems);
    throw error;
  }
}

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
