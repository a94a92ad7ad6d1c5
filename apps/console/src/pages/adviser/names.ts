import type { AdviserStatus } from '../../gql/graphql';

export const ADVISER_STATUS_NAMES: Record<AdviserStatus, string> = {
  PENDING: 'Waiting for hub approval',
  ACTIVE: 'Active',
  PAUSED: 'Paused',
  LEFT: 'Left',
};
