/** School key stages over the secondary and post-16 year groups. */
export enum KeyStage {
  KS3 = 'KS3',
  KS4 = 'KS4',
  KS5 = 'KS5',
}

export const MIN_YEAR_GROUP = 7;
export const MAX_YEAR_GROUP = 13;

export const KEY_STAGE_YEARS: Record<KeyStage, readonly number[]> = {
  [KeyStage.KS3]: [7, 8, 9],
  [KeyStage.KS4]: [10, 11],
  [KeyStage.KS5]: [12, 13],
};

/** The key stages a set of year groups touches, in order. */
export function keyStagesOf(yearGroups: readonly number[]): KeyStage[] {
  return Object.values(KeyStage).filter((stage) =>
    KEY_STAGE_YEARS[stage].some((year) => yearGroups.includes(year)),
  );
}
