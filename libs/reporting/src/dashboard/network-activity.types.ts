import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReachFigures', {
  description:
    'Pupils reached by the hub’s programmes in the year, and the share from SEND and AP institutions and from top FSM quartile institutions (libs/reporting/README.md).',
})
export class ReachFigures {
  @Field({ description: 'The programme’s name, the sector or the key stage; "ALL" for the total.' })
  group: string;

  @Field(() => Int, { description: 'Sessions delivered in the year.' })
  sessions: number;

  @Field(() => Int, { description: 'Institutions those sessions reached.' })
  institutions: number;

  @Field(() => Int, {
    description:
      'Pupils reached: per institution in a programme and year group, the most one session reached.',
  })
  pupilsReached: number;

  @Field(() => Int, { description: 'Of them, pupils at SEND (special) and AP institutions.' })
  pupilsFromSendOrAp: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Pupils from SEND and AP institutions, % of pupils reached; null with none.',
  })
  percentFromSendOrAp: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Of them, pupils at institutions in the top (highest) FSM quartile; null without the year’s FSM quartile boundaries.',
  })
  pupilsFromTopFsmQuartile: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Pupils from top FSM quartile institutions, % of pupils reached.',
  })
  percentFromTopFsmQuartile: number | null;
}

@ObjectType('ProgrammeReachFigures', { description: 'What one programme reached in the year.' })
export class ProgrammeReachFigures extends ReachFigures {
  @Field(() => ID, { description: 'The programme.' })
  programmeId: string;

  @Field({ description: 'Its kind (ProgrammeKind).' })
  kind: string;
}

@ObjectType('ProgrammeReach', {
  description: 'Pupils the hub’s programmes reached in the year, in all and by group.',
})
export class ProgrammeReach {
  @Field(() => ReachFigures, { description: 'Every programme.' })
  total: ReachFigures;

  @Field(() => [ProgrammeReachFigures], { description: 'By programme, by name.' })
  byProgramme: ProgrammeReachFigures[];

  @Field(() => [ReachFigures], {
    description: 'By sector: a programme of several sectors counts in each.',
  })
  bySector: ReachFigures[];

  @Field(() => [ReachFigures], {
    description: 'By key stage of the year groups reached (KS3 7-9, KS4 10-11, KS5 12-13).',
  })
  byKeyStage: ReachFigures[];
}

@ObjectType('NetworkActivity', {
  description:
    'What the hub did with its network in the academic year: its events and its programmes’ reach (each kind of activity is a field of its own).',
})
export class NetworkActivity {
  /** The hub reported on; its fields are computed for it. */
  hubId: string;

  @Field({ description: 'Academic year, e.g. 2025/26.' })
  academicYear: string;
}
