import type { SignedInUser } from './session/session';

/** One entry of the console's navigation: a page the role may use (the API answers, never refuses). */
export interface NavEntry {
  to: string;
  label: string;
  /** Served by the API, not the console: opened as a plain link. */
  external?: boolean;
}

const OVERVIEW: NavEntry = { to: '/overview', label: 'Hub overview' };
const MATCHING: NavEntry = { to: '/matching', label: 'Matching' };
const NETWORK: NavEntry = { to: '/network', label: 'Network' };
const MATCHES: NavEntry = { to: '/matches', label: 'Matches' };
const HUBS: NavEntry = { to: '/hubs', label: 'Hubs' };
const MY_INSTITUTION: NavEntry = { to: '/my-institution', label: 'My institution' };
const MY_ORGANISATION: NavEntry = { to: '/employer', label: 'My organisation' };
const ADVISER_HOME: NavEntry = { to: '/adviser', label: 'My home' };
const IMPORTS: NavEntry = { to: '/imports', label: 'Imports' };
const USERS: NavEntry = { to: '/admin/users', label: 'Users' };
const APPROVALS: NavEntry = { to: '/approvals', label: 'Approvals' };
const COMPLIANCE: NavEntry = { to: '/compliance', label: 'Compliance' };
const PROGRAMMES: NavEntry = { to: '/programmes', label: 'Programmes' };
const NATIONAL_REFERENCE: NavEntry = {
  to: '/national-reference',
  label: 'National reference data',
};
const EVENTS: NavEntry = { to: '/events', label: 'Events' };
/** Bull Board: national administrators only, as its queues are shared by every hub. */
const QUEUES: NavEntry = { to: '/admin/queues', label: 'Queues', external: true };

/** The kinds of user the console serves: the six roles, plus the national administrator
 * (a hub admin with no hub of their own, who works on the hub picked in the header). */
export type ConsoleAudience =
  | 'NATIONAL_ADMIN'
  | 'HUB_ADMIN'
  | 'HUB_STAFF'
  | 'EMPLOYER'
  | 'ADVISER'
  | 'CAREERS_LEADER'
  | 'VIEWER';

/** The pages every hub team member works in, national administrators included. */
const HUB_WORK: readonly NavEntry[] = [OVERVIEW, MATCHING, NETWORK, PROGRAMMES, EVENTS, MATCHES];
const HUB_STAFF_PAGES: readonly NavEntry[] = [...HUB_WORK, APPROVALS, COMPLIANCE, IMPORTS];

/**
 * Each audience's pages, first one its home. Only pages whose every query the role's
 * `@Roles` allow; the notifications entry, open to everyone, is added by the header.
 * The header adds "Your account" for everyone too.
 */
export const NAV_BY_AUDIENCE: Record<ConsoleAudience, readonly NavEntry[]> = {
  NATIONAL_ADMIN: [...HUB_WORK, USERS, HUBS, NATIONAL_REFERENCE, QUEUES],
  HUB_ADMIN: [...HUB_STAFF_PAGES, USERS],
  HUB_STAFF: HUB_STAFF_PAGES,
  EMPLOYER: [MY_ORGANISATION, COMPLIANCE, NETWORK, PROGRAMMES, EVENTS],
  ADVISER: [ADVISER_HOME, MATCHES, EVENTS],
  CAREERS_LEADER: [MY_INSTITUTION, MATCHES, PROGRAMMES, EVENTS],
  VIEWER: [OVERVIEW, PROGRAMMES],
};

export function isNationalAdmin(user: Pick<SignedInUser, 'role' | 'hubName'>): boolean {
  return user.role === 'HUB_ADMIN' && user.hubName === null;
}

export function audienceOf(user: Pick<SignedInUser, 'role' | 'hubName'>): ConsoleAudience {
  if (isNationalAdmin(user)) return 'NATIONAL_ADMIN';
  return (user.role in NAV_BY_AUDIENCE ? user.role : 'VIEWER') as ConsoleAudience;
}

export function navFor(user: Pick<SignedInUser, 'role' | 'hubName'>): readonly NavEntry[] {
  return NAV_BY_AUDIENCE[audienceOf(user)];
}

/** Where a user lands: the first page of their navigation. */
export function homeFor(user: Pick<SignedInUser, 'role' | 'hubName'>): string {
  return navFor(user)[0]?.to ?? '/notifications';
}
