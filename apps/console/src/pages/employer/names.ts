import type { DeliveryMode, MeaningfulCriterion, OpportunityKind, Tier } from '../../gql/graphql';

export const TIER_NAMES: Record<Tier, string> = {
  T1: 'Tier 1: Introduce & Inspire',
  T2: 'Tier 2: Investigate & Explore',
  T3: 'Tier 3: Apply & Demonstrate',
};

/** The seven meaningful-encounter criteria, as the employer ticks them. */
export const CRITERION_NAMES: Record<MeaningfulCriterion, string> = {
  CLEAR_PURPOSE: 'A clear purpose, shared with the employer and young person',
  LEARNING_OUTCOMES: 'Underpinned by learning outcomes fit for the young person',
  TWO_WAY_INTERACTION: 'Extensive two-way interaction with employees',
  MEETS_RANGE_OF_PEOPLE: 'Meets a range of people from the workplace',
  PERFORMS_TASK: 'Performs a task set by the employer or produces work',
  EMPLOYER_FEEDBACK: 'The employer gives feedback on the young person’s work',
  REFLECTION: 'Followed by reflection on the insights and skills gained',
};

export const KIND_NAMES: Record<OpportunityKind, string> = {
  CAREERS_TALK: 'Careers talk',
  MENTORING: 'Mentoring',
  MOCK_INTERVIEWS: 'Mock interviews',
  PROJECT: 'Employer project',
  SUPPORTED_INTERNSHIP: 'Supported internship',
  VIRTUAL_EXPERIENCE: 'Virtual work experience',
  WORKPLACE_VISIT: 'Workplace visit',
  WORK_EXPERIENCE_PLACEMENT: 'Work-experience placement',
};

export const DELIVERY_NAMES: Record<DeliveryMode, string> = {
  IN_PERSON: 'In person',
  VIRTUAL: 'Online',
  HYBRID: 'Hybrid',
};
