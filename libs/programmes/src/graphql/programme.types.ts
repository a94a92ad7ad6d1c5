import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProgrammeKind } from '../programme.enums';

@ObjectType('YearGroupCount', { description: 'Pupils of one year group: a count, never names.' })
export class YearGroupCountType {
  @Field(() => Int, { description: 'Year group, 7 to 13.' })
  yearGroup: number;

  @Field(() => Int, { description: 'Pupils.' })
  pupils: number;
}

@ObjectType('Programme', {
  description:
    'A long-running hub programme (Careers Champions, a Supported Internship, a touring VR experience) with host employers, participating institutions and the sessions delivered.',
})
export class Programme {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'Hub running it.' })
  hubId: string;

  @Field({ description: 'Name, e.g. Careers Champions.' })
  name: string;

  @Field(() => ProgrammeKind, { description: 'What kind of programme it is.' })
  kind: ProgrammeKind;

  @Field({ description: 'What it offers and to whom.' })
  description: string;

  @Field(() => [String], {
    description: 'Sectors it opens to young people, written as opportunities write them.',
  })
  sectors: string[];

  @Field({ description: 'First day (YYYY-MM-DD).' })
  startsOn: string;

  @Field({ description: 'Last day (YYYY-MM-DD).' })
  endsOn: string;
}

@ObjectType('ProgrammeParticipant', {
  description: 'An institution taking part in a programme, with its cohort as counts.',
})
export class ProgrammeParticipant {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'The programme.' })
  programmeId: string;

  @Field(() => ID, { description: 'The participating institution.' })
  institutionId: string;

  @Field(() => Int, { description: 'Pupils in the cohort, all year groups.' })
  pupils: number;

  @Field(() => Int, { description: 'Of them, pupils with special educational needs (SEND).' })
  sendPupils: number;

  @Field(() => Int, { description: 'Of them, pupils eligible for free school meals.' })
  fsmPupils: number;

  /** Years 7 to 13 in order; `cohort` answers them as counts. */
  cohortByYear: number[];
}

@ObjectType('ProgrammeSession', {
  description: 'A session a programme delivered to one participating institution.',
})
export class ProgrammeSession {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'The programme.' })
  programmeId: string;

  @Field(() => ID, { description: 'The participant (institution in the programme) it reached.' })
  participantId: string;

  @Field(() => ID, { description: 'The institution it reached.' })
  institutionId: string;

  @Field({ description: 'When it was held (YYYY-MM-DD).' })
  heldOn: string;

  @Field(() => Int, { description: 'Pupils reached, all year groups.' })
  pupilsReached: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The opportunity it was delivered through, where there is one.',
  })
  opportunityId: string | null;

  @Field(() => String, { nullable: true, description: 'Notes by hub staff.' })
  notes: string | null;

  /** Years 7 to 13 in order; `reached` answers them as counts. */
  reachedByYear: number[];
}
