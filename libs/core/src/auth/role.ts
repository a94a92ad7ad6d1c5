import { registerEnumType } from '@nestjs/graphql';

/** What a signed-in person is, as DESIGN.md describes the roles. */
export enum Role {
  HUB_ADMIN = 'HUB_ADMIN',
  HUB_STAFF = 'HUB_STAFF',
  EMPLOYER = 'EMPLOYER',
  ADVISER = 'ADVISER',
  CAREERS_LEADER = 'CAREERS_LEADER',
  VIEWER = 'VIEWER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do in the service.',
  valuesMap: {
    HUB_ADMIN: {
      description: 'Hub lead: everything in their hub. With no hub: national administrator.',
    },
    HUB_STAFF: { description: 'Enterprise Coordinator: matching, employer network, approvals.' },
    EMPLOYER: { description: 'A contact at a member employer.' },
    ADVISER: { description: 'An Enterprise Adviser (volunteer).' },
    CAREERS_LEADER: { description: 'Careers lead at a school or college.' },
    VIEWER: { description: 'Funder or LEP user: read-only dashboards.' },
  },
});

/** Roles that run a hub: they see everything the hub owns. */
export const HUB_TEAM: readonly Role[] = [Role.HUB_ADMIN, Role.HUB_STAFF];

/** Every role: any signed-in user. */
export const ANY_ROLE: readonly Role[] = Object.values(Role);
