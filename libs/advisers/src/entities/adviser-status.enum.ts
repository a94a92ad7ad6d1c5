/** Where an Enterprise Adviser is with the hub. */
export enum AdviserStatus {
  /** Registered themself; waiting for hub staff to approve. */
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  LEFT = 'LEFT',
}
