/** Who gives feedback on a delivered encounter. Pupils' answers are counts, entered by the school. */
export enum FeedbackParty {
  CAREERS_LEADER = 'CAREERS_LEADER',
  EMPLOYER = 'EMPLOYER',
  PUPILS = 'PUPILS',
}

/** The questions pupils answer, as the columns holding how many answered yes to each. */
export const PUPIL_QUESTIONS = {
  foundUseful: 'pupils_found_useful',
  knowMoreAboutSector: 'pupils_know_more_about_sector',
  moreConfidentAboutNextSteps: 'pupils_more_confident_about_next_steps',
  wouldConsiderSector: 'pupils_would_consider_sector',
} as const;

export type PupilQuestion = keyof typeof PUPIL_QUESTIONS;
