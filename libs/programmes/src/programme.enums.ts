import { registerEnumType } from '@nestjs/graphql';

/** What kind of long-running initiative a programme is. */
export enum ProgrammeKind {
  AMBASSADORS = 'AMBASSADORS',
  SUPPORTED_INTERNSHIP = 'SUPPORTED_INTERNSHIP',
  TOURING_EXPERIENCE = 'TOURING_EXPERIENCE',
  ON_DEMAND = 'ON_DEMAND',
  WORKPLACE_VISITS = 'WORKPLACE_VISITS',
  OTHER = 'OTHER',
}

registerEnumType(ProgrammeKind, {
  name: 'ProgrammeKind',
  description: 'What kind of long-running initiative a programme is.',
  valuesMap: {
    AMBASSADORS: { description: 'Student ambassadors, e.g. Careers Champions for a sector.' },
    SUPPORTED_INTERNSHIP: {
      description: 'Supported internships: students with SEND working at a host employer.',
    },
    TOURING_EXPERIENCE: {
      description: 'An experience touring schools and colleges, e.g. virtual reality.',
    },
    ON_DEMAND: { description: 'Resources and sessions institutions take when they choose.' },
    WORKPLACE_VISITS: { description: 'Workplace visits, e.g. Workplace Safaris.' },
    OTHER: { description: 'Anything else the hub runs over months.' },
  },
});
