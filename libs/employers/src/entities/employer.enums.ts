export enum SizeBand {
  MICRO = 'MICRO',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}

export enum MembershipStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  LAPSED = 'LAPSED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Why hub staff declined an application to join the network. */
export enum MembershipDeclineReason {
  NOT_IN_AREA = 'NOT_IN_AREA',
  DUPLICATE = 'DUPLICATE',
  NOT_AN_EMPLOYER = 'NOT_AN_EMPLOYER',
  OTHER = 'OTHER',
}
