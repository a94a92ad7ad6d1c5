import type { InstitutionType } from './gql/graphql';

/** What each role is called on screen. */
export const ROLE_NAMES: Record<string, string> = {
  HUB_ADMIN: 'Hub admin',
  HUB_STAFF: 'Hub staff',
  EMPLOYER: 'Employer',
  ADVISER: 'Enterprise Adviser',
  CAREERS_LEADER: 'Careers leader',
  VIEWER: 'Viewer',
};

export const INSTITUTION_TYPE_NAMES: Record<InstitutionType, string> = {
  MAINSTREAM: 'Mainstream',
  SEND: 'Special (SEND)',
  AP: 'Alternative provision',
  POST_16: 'Post-16',
};
