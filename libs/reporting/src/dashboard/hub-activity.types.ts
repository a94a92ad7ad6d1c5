import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { InstitutionType } from '@chn/institutions';

@ObjectType('MatchedYear', { description: 'Matching figures of one academic year.' })
export class MatchedYear {
  @Field({ description: 'Academic year, e.g. 2024/25.' })
  academicYear: string;

  @Field(() => Int, { description: 'Eligible institutions in the hub by the end of the year.' })
  institutionsInHub: number;

  @Field(() => Float, { nullable: true, description: 'Matched 1-2-1 or agile, %.' })
  percentMatchedAny: number | null;

  @Field(() => Float, { nullable: true, description: 'Matched 1-2-1, %.' })
  percentMatchedOneToOne: number | null;

  @Field(() => Float, { nullable: true, description: 'Matched agile, %; null without agile.' })
  percentMatchedAgile: number | null;
}

@ObjectType('PlacesFigures', {
  description: 'Opportunities starting in the year (published or closed) and their places.',
})
export class PlacesFigures {
  @Field({ description: 'The tier, sector or key stage; "ALL" for the total.' })
  group: string;

  @Field(() => Int, { description: 'Opportunities.' })
  opportunities: number;

  @Field(() => Int, { description: 'Places offered.' })
  placesOffered: number;

  @Field(() => Int, { description: 'Places of confirmed bookings.' })
  placesBooked: number;

  @Field(() => Int, { description: 'Attendees recorded.' })
  placesAttended: number;
}

@ObjectType('OpportunityFigures', { description: 'Opportunities and places in the year.' })
export class OpportunityFigures {
  @Field(() => PlacesFigures, { description: 'All opportunities.' })
  total: PlacesFigures;

  @Field(() => [PlacesFigures], { description: 'By equalex tier.' })
  byTier: PlacesFigures[];

  @Field(() => [PlacesFigures], { description: 'By sector.' })
  bySector: PlacesFigures[];

  @Field(() => [PlacesFigures], {
    description:
      'By key stage (KS3 years 7-9, KS4 10-11, KS5 12-13): opportunities and places offered count in each key stage they are open to; booked and attended by the bookings’ year group.',
  })
  byKeyStage: PlacesFigures[];
}

@ObjectType('KeyStageProgress', {
  description: 'Work experience delivered to one key stage in the year, against the goal.',
})
export class KeyStageProgressFigures {
  @Field({ description: 'KS3 (years 7-9) or KS4 (years 10-11).' })
  keyStage: string;

  @Field(() => Float, { description: 'Attended place-days: attendees × length in days.' })
  placeDays: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Pupils in the key stage (estimated from the pupil count); null when unknown.',
  })
  pupils: number | null;

  @Field(() => Float, { nullable: true, description: 'Place-days per pupil (one decimal).' })
  daysPerPupil: number | null;

  @Field(() => Float, {
    description: 'The year’s share of the key stage’s 5 days (KS3 1.67, KS4 2.5).',
  })
  annualGoalDays: number;

  @Field(() => Float, { nullable: true, description: 'daysPerPupil as % of annualGoalDays.' })
  percentOfAnnualGoal: number | null;
}

@ObjectType('InstitutionWorkExperience', {
  description: 'Work experience delivered to one institution’s pupils in the year.',
})
export class InstitutionWorkExperience {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Its name.' })
  name: string;

  @Field({ description: 'Its URN.' })
  urn: string;

  @Field(() => InstitutionType, { description: 'Its type.' })
  type: InstitutionType;

  @Field(() => KeyStageProgressFigures, { description: 'Years 7-9.' })
  ks3: KeyStageProgressFigures;

  @Field(() => KeyStageProgressFigures, { description: 'Years 10-11.' })
  ks4: KeyStageProgressFigures;
}

@ObjectType('WorkExperienceFigures', {
  description:
    'Progress towards 10 days of experience per young person: 5 in KS3, 5 in KS4 (see the README for the rule).',
})
export class WorkExperienceFigures {
  @Field(() => Int, { description: 'Goal in days per young person across KS3 and KS4.' })
  goalDays: number;

  @Field(() => KeyStageProgressFigures, { description: 'All institutions in hub, years 7-9.' })
  ks3: KeyStageProgressFigures;

  @Field(() => KeyStageProgressFigures, { description: 'All institutions in hub, years 10-11.' })
  ks4: KeyStageProgressFigures;

  @Field(() => [InstitutionWorkExperience], { description: 'Per institution in hub, by name.' })
  institutions: InstitutionWorkExperience[];
}

@ObjectType('MembershipCount', { description: 'Employers whose membership is in one status.' })
export class MembershipCount {
  @Field({ description: 'Membership status.' })
  status: string;

  @Field(() => Int, { description: 'Employers.' })
  employers: number;
}

@ObjectType('SectorGroupSize', { description: 'A sector group and how many employers it holds.' })
export class SectorGroupSize {
  @Field({ description: 'Sector group name.' })
  name: string;

  @Field(() => Int, { description: 'Member employers.' })
  employers: number;
}

@ObjectType('NetworkFigures', { description: 'The hub’s employer network now.' })
export class NetworkFigures {
  @Field(() => [MembershipCount], { description: 'Memberships by status.' })
  memberships: MembershipCount[];

  @Field(() => [SectorGroupSize], { description: 'Sector groups, largest first.' })
  sectorGroups: SectorGroupSize[];
}

@ObjectType('CriterionCoverage', { description: 'Delivered experiences meeting one criterion.' })
export class CriterionCoverage {
  @Field({ description: 'The meaningful-experience criterion.' })
  criterion: string;

  @Field(() => Int, { description: 'Delivered experiences meeting it.' })
  experiences: number;

  @Field(() => Float, { nullable: true, description: '% of delivered experiences.' })
  percent: number | null;
}

@ObjectType('MeaningfulCoverage', {
  description:
    'Meaningful-experience criteria met by the experiences delivered in the year (starting in it, with at least one attendee).',
})
export class MeaningfulCoverage {
  @Field(() => Int, { description: 'Delivered experiences.' })
  delivered: number;

  @Field(() => Float, { nullable: true, description: '% meeting all seven criteria.' })
  allCriteriaPercent: number | null;

  @Field(() => [CriterionCoverage], { description: 'Per criterion.' })
  criteria: CriterionCoverage[];
}
