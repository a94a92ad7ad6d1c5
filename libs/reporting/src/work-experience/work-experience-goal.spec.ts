import { keyStageProgress } from './work-experience-goal';

describe('keyStageProgress', () => {
  it('divides attended place-days by the key stage’s pupils, half days counting 0.5', () => {
    // 120 pupils in years 10-11: 60 attended a 2.5-day placement, 120 a half-day visit.
    const progress = keyStageProgress('KS4', 60 * 2.5 + 120 * 0.5, 120);
    expect(progress).toEqual({
      keyStage: 'KS4',
      placeDays: 210,
      pupils: 120,
      daysPerPupil: 1.8,
      annualGoalDays: 2.5,
      percentOfAnnualGoal: 70,
    });
  });

  it('spreads the KS3 week over its three year groups', () => {
    const progress = keyStageProgress('KS3', 300, 180);
    expect(progress.annualGoalDays).toBe(1.67);
    expect(progress.daysPerPupil).toBe(1.7);
    expect(progress.percentOfAnnualGoal).toBe(100);
  });

  it('reports no per-pupil figure when the pupils are unknown or none', () => {
    expect(keyStageProgress('KS3', 12, null).daysPerPupil).toBeNull();
    expect(keyStageProgress('KS4', 0, 0).percentOfAnnualGoal).toBeNull();
  });
});
