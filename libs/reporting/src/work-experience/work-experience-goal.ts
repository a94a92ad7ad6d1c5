import { roundHalfUp } from '../rounding';

/** The key stages the 10-day work-experience goal covers: a week's worth in each. */
export type GoalKeyStage = 'KS3' | 'KS4';

export const GOAL_DAYS_PER_KEY_STAGE = 5;

/** Year groups of each key stage: KS3 is years 7-9, KS4 years 10-11. */
export const KEY_STAGE_YEARS: Record<GoalKeyStage, number> = { KS3: 3, KS4: 2 };

export interface KeyStageProgress {
  keyStage: GoalKeyStage;
  placeDays: number;
  pupils: number | null;
  /** Attended place-days per pupil of the key stage this year (one decimal); null without pupils. */
  daysPerPupil: number | null;
  /** The year's share of the key stage's week: 5 days spread over its year groups. */
  annualGoalDays: number;
  /** Days per pupil as a percentage of the year's share (one decimal); null without pupils. */
  percentOfAnnualGoal: number | null;
}

/**
 * Progress of one key stage towards its week of experience in one academic year: attended
 * place-days (attendees × length in days; a half day counts 0.5) per pupil of the key stage,
 * against the year's share of the goal (KS3 5/3 days a year, KS4 2.5 days a year).
 */
export function keyStageProgress(
  keyStage: GoalKeyStage,
  placeDays: number,
  pupils: number | null,
): KeyStageProgress {
  const years = KEY_STAGE_YEARS[keyStage];
  // One division per figure, so that exact halves stay exact before rounding.
  return {
    keyStage,
    placeDays: roundHalfUp(placeDays),
    pupils,
    daysPerPupil: pupils ? roundHalfUp(placeDays / pupils) : null,
    annualGoalDays: roundHalfUp(GOAL_DAYS_PER_KEY_STAGE / years, 2),
    percentOfAnnualGoal: pupils
      ? roundHalfUp((100 * placeDays * years) / (pupils * GOAL_DAYS_PER_KEY_STAGE))
      : null,
  };
}
