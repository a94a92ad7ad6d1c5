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
