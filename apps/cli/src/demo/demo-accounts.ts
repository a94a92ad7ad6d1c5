import { Role } from '@chn/core';

export const DEMO_PASSWORD = 'careers-hub-demo';

/** One demo account per role in the demo hub, plus the national administrator. */
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; national?: boolean }[] = [
  {
    email: 'national.admin@demo.careershub.test',
    name: 'Nadia National',
    role: Role.HUB_ADMIN,
    national: true,
  },
  { email: 'hub.admin@demo.careershub.test', name: 'Gill Walsh', role: Role.HUB_ADMIN },
  { email: 'hub.staff@demo.careershub.test', name: 'Julie Roberts', role: Role.HUB_STAFF },
  { email: 'employer@demo.careershub.test', name: 'Ezra Employer', role: Role.EMPLOYER },
  { email: 'adviser@demo.careershub.test', name: 'Ada Adviser', role: Role.ADVISER },
  { email: 'careers.leader@demo.careershub.test', name: 'Carla Leader', role: Role.CAREERS_LEADER },
  { email: 'viewer@demo.careershub.test', name: 'Vic Viewer', role: Role.VIEWER },
];
