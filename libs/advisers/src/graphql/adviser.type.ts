import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Employer } from '@chn/employers';
import { AdviserDeclineReason, AdviserStatus } from '../entities/adviser-status.enum';

registerEnumType(AdviserStatus, {
  name: 'AdviserStatus',
  description: 'Where an Enterprise Adviser is with the hub.',
  valuesMap: {
    PENDING: { description: 'Registered themself; waiting for hub staff to approve.' },
    ACTIVE: { description: 'Volunteering, and can be matched.' },
    PAUSED: { description: 'Taking a break; not matched for now.' },
    LEFT: { description: 'No longer volunteering with the hub.' },
  },
});

registerEnumType(AdviserDeclineReason, {
  name: 'AdviserDeclineReason',
  description: 'Why hub staff declined a volunteer’s offer to become an adviser.',
  valuesMap: {
    NOT_IN_AREA: { description: 'Lives and works outside the area the hub serves.' },
    DUPLICATE: { description: 'Already known to the hub under another record.' },
    NOT_ELIGIBLE: { description: 'Does not meet what the hub asks of its advisers.' },
    OTHER: { description: 'Another reason, given in the note.' },
  },
});

@ObjectType('Adviser', {
  description:
    'An Enterprise Adviser: a volunteer from an employer who supports a school or college’s careers leader.',
})
export class Adviser {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'Hub the adviser volunteers with.' })
  hubId: string;

  @Field(() => ID, { nullable: true, description: 'Employer the adviser comes from, if any.' })
  employerId: string | null;

  @Field(() => Employer, {
    nullable: true,
    description: 'Employer the adviser comes from, if any.',
  })
  employer?: Employer | null;

  @Field({ description: 'Full name; "Erased adviser" once their personal data is erased.' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Contact email, lower-case; null once erased.',
  })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone number.' })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Job title at their employer.' })
  jobTitle: string | null;

  @Field(() => [String], { description: 'Sectors the adviser knows, e.g. Digital & Gaming.' })
  sectors: string[];

  @Field(() => [String], { description: 'Skills the adviser brings, e.g. Strategic planning.' })
  skills: string[];

  @Field(() => [String], {
    description: '3-digit codes of the local authorities the adviser can reach, e.g. 341.',
  })
  localAuthorityCodes: string[];

  @Field(() => Int, {
    description: 'How many ongoing 1-2-1 partnerships the adviser can hold at once.',
  })
  maxOneToOne: number;

  @Field(() => Int, {
    description: 'How many agile (short, focused) pieces of support the adviser can hold at once.',
  })
  maxAgile: number;

  @Field(() => String, { nullable: true, description: 'When the adviser is free, in their words.' })
  availabilityNote: string | null;

  @Field(() => AdviserStatus, { description: 'Where the adviser is with the hub.' })
  status: AdviserStatus;

  @Field(() => AdviserDeclineReason, {
    nullable: true,
    description: 'Why hub staff declined the volunteer, if they did (the adviser is then LEFT).',
  })
  declineReason: AdviserDeclineReason | null;

  @Field(() => String, { nullable: true, description: 'Hub staff’s note on a decline.' })
  declineNote: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Date (YYYY-MM-DD) the adviser completed their induction.',
  })
  inductionCompletedOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Date (YYYY-MM-DD) of the adviser’s DBS check.',
  })
  dbsCheckedOn: string | null;

  @Field({
    description:
      'Whether the adviser has experience supporting special schools (SEND) or alternative provision (AP).',
  })
  sendApExperience: boolean;

  @Field({ description: 'Whether the adviser has their own sign-in.' })
  hasAccount: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When the adviser last signed in; null if never or if they have no sign-in.',
  })
  lastLoginAt?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the adviser’s personal data was erased; null if it was not.',
  })
  erasedAt: Date | null;

  @Field({ description: 'When the record was created.' })
  createdAt: Date;

  @Field({ description: 'When the record last changed.' })
  updatedAt: Date;
}
