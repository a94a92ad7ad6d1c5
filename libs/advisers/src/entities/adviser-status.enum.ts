/** Where an Enterprise Adviser is with the hub. */
export enum AdviserStatus {
  /** Registered themself; waiting for hub staff to approve. */
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  LEFT = 'LEFT',
}

/** Why hub staff declined a volunteer's offer to become an adviser. */
export enum AdviserDeclineReason {
  NOT_IN_AREA = 'NOT_IN_AREA',
  DUPLICATE = 'DUPLICATE',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  OTHER = 'OTHER',
}
