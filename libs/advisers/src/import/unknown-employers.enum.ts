import { registerEnumType } from '@nestjs/graphql';

/** What an advisers import does with an employer the hub does not hold. */
export enum UnknownEmployers {
  /** The file is refused, naming each such row. */
  REFUSE = 'REFUSE',
  /** The employer is added as a PENDING applicant to the network, for hub staff to review. */
  CREATE_APPLICANT = 'CREATE_APPLICANT',
}
registerEnumType(UnknownEmployers, {
  name: 'UnknownEmployers',
  description: 'What an advisers import does with an employer the hub does not hold.',
});
