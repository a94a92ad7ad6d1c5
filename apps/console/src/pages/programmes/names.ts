import type { ProgrammeKind } from '../../gql/graphql';

export const PROGRAMME_KIND_NAMES: Record<ProgrammeKind, string> = {
  AMBASSADORS: 'Student ambassadors',
  SUPPORTED_INTERNSHIP: 'Supported internship',
  TOURING_EXPERIENCE: 'Touring experience',
  ON_DEMAND: 'On demand',
  WORKPLACE_VISITS: 'Workplace visits',
  OTHER: 'Other',
};

/** Year groups a programme counts pupils in. */
export const YEAR_GROUPS = [7, 8, 9, 10, 11, 12, 13];

/** "Year 9: 30, year 10: 20" */
export function yearCounts(counts: readonly { yearGroup: number; pupils: number }[]): string {
  return counts.map((c) => `Year ${c.yearGroup}: ${c.pupils}`).join(', ');
}

/** The year-group counts typed into a form, leaving out the empty ones. */
export function countsFrom(
  values: Record<number, string>,
): { yearGroup: number; pupils: number }[] {
  return YEAR_GROUPS.filter((y) => values[y] && Number(values[y]) > 0).map((yearGroup) => ({
    yearGroup,
    pupils: Number(values[yearGroup]),
  }));
}
