import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('QualityGroup', {
  description:
    'Quality of the encounters delivered to one group in the year (see libs/reporting/README.md): checklists, feedback response rates, ratings, criteria met and pupils’ answers.',
})
export class QualityGroup {
  @Field({
    description:
      'The tier, sector, FSM quartile (1 = lowest FSM) or institution type; "ALL" for the total.',
  })
  group: string;

  @Field(() => Int, { description: 'Delivered encounters (bookings with at least one attendee).' })
  delivered: number;

  @Field(() => Int, { description: 'Pupils who attended them.' })
  pupilsAttended: number;

  @Field(() => Float, { nullable: true, description: '% of delivered with a complete checklist.' })
  checklistCompletePercent: number | null;

  @Field(() => Int, { description: 'Delivered with the careers leader’s feedback.' })
  schoolResponses: number;

  @Field(() => Float, { nullable: true, description: 'schoolResponses, % of delivered.' })
  schoolResponsePercent: number | null;

  @Field(() => Int, { description: 'Delivered with the employer’s feedback.' })
  employerResponses: number;

  @Field(() => Float, { nullable: true, description: 'employerResponses, % of delivered.' })
  employerResponsePercent: number | null;

  @Field(() => Int, { description: 'Delivered with the pupils’ answers.' })
  pupilResponses: number;

  @Field(() => Float, { nullable: true, description: 'pupilResponses, % of delivered.' })
  pupilResponsePercent: number | null;

  @Field(() => Float, { nullable: true, description: 'Average careers leaders’ rating (1-5).' })
  averageSchoolRating: number | null;

  @Field(() => Float, { nullable: true, description: 'Average employers’ rating (1-5).' })
  averageEmployerRating: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Employers who would host again, % of employer responses.',
  })
  wouldHostAgainPercent: number | null;

  @Field(() => Int, {
    description: 'Criteria promised by the encounters the careers leader gave feedback on.',
  })
  criteriaPromised: number;

  @Field(() => Int, { description: 'Of those, met in practice in the careers leader’s view.' })
  criteriaPromisedMet: number;

  @Field(() => Float, { nullable: true, description: 'criteriaPromisedMet, % of promised.' })
  criteriaMetPercent: number | null;

  @Field(() => Int, { description: 'Pupils who answered the questions.' })
  pupilsResponded: number;

  @Field(() => Float, { nullable: true, description: 'Found it useful, % of pupils answering.' })
  foundUsefulPercent: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Know more about the sector, % of pupils answering.',
  })
  knowMoreAboutSectorPercent: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'More confident about next steps, % of pupils answering.',
  })
  moreConfidentPercent: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Would consider working in the sector, % of pupils answering.',
  })
  wouldConsiderSectorPercent: number | null;
}

@ObjectType('QualityCriterion', {
  description:
    'One meaningful-experience criterion over the delivered encounters with the careers leader’s feedback: promised against met in practice.',
})
export class QualityCriterion {
  @Field({ description: 'The criterion.' })
  criterion: string;

  @Field(() => Int, { description: 'Encounters whose opportunity promised it.' })
  promised: number;

  @Field(() => Int, { description: 'Of those, encounters that met it in practice.' })
  promisedMet: number;

  @Field(() => Float, { nullable: true, description: 'promisedMet, % of promised.' })
  metPercent: number | null;

  @Field(() => Int, { description: 'Encounters that met it in practice, promised or not.' })
  met: number;
}

@ObjectType('QualityFigures', {
  description:
    'The quality of the encounters delivered in the year, in total and split like the dashboard: by tier, sector, FSM quartile and institution type (SEND, AP).',
})
export class QualityFigures {
  @Field(() => QualityGroup, { description: 'Every delivered encounter.' })
  total: QualityGroup;

  @Field(() => [QualityGroup], { description: 'By equalex tier.' })
  byTier: QualityGroup[];

  @Field(() => [QualityGroup], { description: 'By sector.' })
  bySector: QualityGroup[];

  @Field(() => [QualityGroup], {
    description:
      'By the booking institution’s FSM quartile (national boundaries of the year; institutions without FSM data are left out; none without reference data).',
  })
  byFsmQuartile: QualityGroup[];

  @Field(() => [QualityGroup], {
    description: 'By the booking institution’s type: MAINSTREAM, SEND, AP, POST_16.',
  })
  byInstitutionType: QualityGroup[];

  @Field(() => [QualityCriterion], { description: 'Criteria promised against met in practice.' })
  criteria: QualityCriterion[];
}
