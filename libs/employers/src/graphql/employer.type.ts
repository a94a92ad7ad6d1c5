import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MembershipDeclineReason, MembershipStatus, SizeBand } from '../entities/employer.enums';

registerEnumType(SizeBand, {
  name: 'SizeBand',
  description: 'Size of an organisation by staff.',
  valuesMap: {
    MICRO: { description: 'Fewer than 10 staff.' },
    SMALL: { description: '10 to 49 staff.' },
    MEDIUM: { description: '50 to 249 staff.' },
    LARGE: { description: '250 staff or more.' },
  },
});

registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'Where an employer is in the network membership lifecycle.',
  valuesMap: {
    PENDING: { description: 'Applied, waiting for hub staff.' },
    ACTIVE: { description: 'A member of the network.' },
    LAPSED: { description: 'Membership ran out without renewal.' },
    WITHDRAWN: { description: 'The employer left, or was withdrawn by the hub.' },
  },
});

registerEnumType(MembershipDeclineReason, {
  name: 'MembershipDeclineReason',
  description: 'Why hub staff declined an application to join the network.',
  valuesMap: {
    NOT_IN_AREA: { description: 'The organisation is outside the hub’s area.' },
    DUPLICATE: { description: 'The organisation has already applied or is already a member.' },
    NOT_AN_EMPLOYER: { description: 'The applicant is not an employer.' },
    OTHER: { description: 'Another reason, given in the note.' },
  },
});

@ObjectType('Employer', { description: 'An organisation in the hub’s Employer Network.' })
export class Employer {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'Hub the employer belongs to.' })
  hubId: string;

  @Field({ description: 'Organisation name.' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Companies House number (8 characters), if any.',
  })
  companiesHouseNumber: string | null;

  @Field({ description: 'Sector, e.g. Digital & Gaming.' })
  sector: string;

  @Field(() => SizeBand, { description: 'Size by staff.' })
  sizeBand: SizeBand;

  @Field(() => String, { nullable: true, description: 'Postcode.' })
  postcode: string | null;

  @Field(() => String, { nullable: true, description: 'Website address.' })
  website: string | null;

  @Field({ description: 'When the record was created.' })
  createdAt: Date;
}

@ObjectType('SectorGroup', {
  description: 'A hub’s group of employers in one sector, e.g. Gaming.',
})
export class SectorGroup {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'Hub the group belongs to.' })
  hubId: string;

  @Field({ description: 'Name, e.g. Visitor Economy — Hoteliers.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What the group is for.' })
  description: string | null;

  @Field({ description: 'When the group was created.' })
  createdAt: Date;
}

@ObjectType('Membership', {
  description: 'An employer’s membership of the hub’s Employer Network.',
})
export class Membership {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'The employer.' })
  employerId: string;

  @Field(() => MembershipStatus, { description: 'Where the membership is in its lifecycle.' })
  status: MembershipStatus;

  @Field({ description: 'When the employer applied.' })
  appliedAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Date (YYYY-MM-DD) the employer joined; null while pending.',
  })
  joinedOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Date (YYYY-MM-DD) the membership is due for renewal.',
  })
  renewalOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Date (YYYY-MM-DD) the membership ended, if it has.',
  })
  endedOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the employer pledges, e.g. "2 placements a year".',
  })
  pledge: string | null;

  @Field(() => MembershipDeclineReason, {
    nullable: true,
    description: 'Why hub staff declined the application, if they did.',
  })
  declineReason: MembershipDeclineReason | null;

  @Field(() => String, { nullable: true, description: 'Hub staff’s note on a decline.' })
  declineNote: string | null;
}

@ObjectType('ApiKey', {
  description:
    'A key an employer’s own systems use to call the API. The secret is never shown again.',
})
export class ApiKey {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'The employer the key acts for.' })
  employerId: string;

  @Field({ description: 'Name given to the key, e.g. "Careers website".' })
  name: string;

  @Field({ description: 'The first characters of the key, to tell keys apart.' })
  prefix: string;

  @Field({ description: 'When the key was created.' })
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the key was last used (to the minute); null if never.',
  })
  lastUsedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the key was revoked; null while it works.',
  })
  revokedAt: Date | null;
}

@ObjectType('CreatedApiKey', { description: 'A new API key and its secret, shown this once.' })
export class CreatedApiKey {
  @Field(() => ApiKey, { description: 'The key.' })
  apiKey: ApiKey;

  @Field({
    description:
      'The secret to send as the X-Api-Key header. Store it now: it cannot be shown again.',
  })
  secret: string;
}
