export enum MatchType {
  ONE_TO_ONE = 'ONE_TO_ONE',
  AGILE = 'AGILE',
}

export enum MatchStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
  ENDED = 'ENDED',
}
