import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ConnectionArgs } from '@chn/core';
import { MatchType } from '../entities/match.enums';
import { InstitutionType } from '@chn/institutions';

@ObjectType('MatchedFigure', { description: 'How many institutions were matched, and what share.' })
export class MatchedFigure {
  @Field(() => Int, { description: 'Institutions matched.' })
  count: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Percentage (0-100, one decimal) of the institutions counted; null when there is nothing to report.',
  })
  percent: number | null;
}

@ObjectType('MatchingYearFigures', { description: 'The headline matching figures of one year.' })
export class MatchingYearFigures {
  @Field({ description: 'Academic year, e.g. 2025/26.' })
  academicYear: string;

  @Field(() => Int, {
    description: 'Eligible institutions in the hub on or before the end of the year.',
  })
  institutionsInHub: number;

  @Field(() => MatchedFigure, {
    description: 'Institutions with an active or ended match of either type during the year.',
  })
  matchedAny: MatchedFigure;

  @Field(() => MatchedFigure, { description: 'Institutions with a 1-2-1 match during the year.' })
  matchedOneToOne: MatchedFigure;

  @Field(() => MatchedFigure, {
    description:
      'Institutions with an agile match during the year; percent null when the hub had none.',
  })
  matchedAgile: MatchedFigure;
}

@ObjectType('MatchingBreakdown', {
  description: 'Matching figures of one local authority or one institution type.',
})
export class MatchingBreakdown {
  @Field(() => String, {
    nullable: true,
    description: 'Local authority code (local authority breakdown; null when unknown).',
  })
  laCode: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Local authority name (local authority breakdown; null when unknown).',
  })
  laName: string | null;

  @Field(() => InstitutionType, {
    nullable: true,
    description: 'Institution type (institution type breakdown only).',
  })
  institutionType: InstitutionType | null;

  @Field(() => Int, { description: 'Eligible institutions in the hub in this group.' })
  institutions: number;

  @Field(() => MatchedFigure, { description: 'Matched with either type of match.' })
  matchedAny: MatchedFigure;

  @Field(() => MatchedFigure, { description: 'Matched 1-2-1.' })
  matchedOneToOne: MatchedFigure;

  @Field(() => MatchedFigure, {
    description: 'Matched agile; percent null when the group had no agile match.',
  })
  matchedAgile: MatchedFigure;
}

@ObjectType('MatchingSummary', {
  description: 'How well the hub’s institutions are matched with Enterprise Advisers in a year.',
})
export class MatchingSummary extends MatchingYearFigures {
  /** The hub the figures are for; not exposed, read by the field resolvers. */
  hubId: string;

  @Field(() => Int, { description: 'Enterprise Advisers active now (not erased).' })
  advisersActive: number;

  @Field(() => Int, {
    description:
      'Enterprise Advisers who may be matched today: active, inducted within INDUCTION_VALIDITY_MONTHS and DBS checked within DBS_VALIDITY_MONTHS.',
  })
  advisersMatchable: number;

  @Field(() => Int, {
    description:
      'Advisers who may be matched today with a free 1-2-1 slot (proposed and active 1-2-1 matches count).',
  })
  advisersWithSpareOneToOne: number;

  @Field(() => Int, {
    description:
      'Advisers who may be matched today with a free agile slot (proposed and active agile matches count).',
  })
  advisersWithSpareAgile: number;

  @Field(() => Int, {
    description:
      'Advisers who may be matched today with a free slot of either kind; a free agile slot does not make a 1-2-1 possible.',
    deprecationReason: 'Read advisersWithSpareOneToOne and advisersWithSpareAgile.',
  })
  advisersWithSpareCapacity: number;

  @Field(() => [MatchingBreakdown], { description: 'The figures per local authority, by name.' })
  byLocalAuthority: MatchingBreakdown[];

  @Field(() => [MatchingBreakdown], { description: 'The figures per institution type.' })
  byInstitutionType: MatchingBreakdown[];

  @Field(() => [MatchingYearFigures], {
    description: 'The headline figures of the last five academic years, oldest first.',
  })
  history: MatchingYearFigures[];
}

@ArgsType()
export class MatchesToReviewArgs {
  @Field({
    nullable: true,
    description: 'Academic year like 2025/26 that is starting; default the current one.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  academicYear?: string;

  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}

@ObjectType('MatchReview', { description: 'An active match that needs a look, and why.' })
export class MatchReview {
  @Field(() => ID, { description: 'Match id.' })
  id: string;

  @Field(() => ID, { description: 'The Enterprise Adviser of the match.' })
  adviserId: string;

  @Field(() => ID, { description: 'The institution of the match.' })
  institutionId: string;

  @Field({ description: 'When the match started (YYYY-MM-DD).' })
  startsOn: string;

  @Field(() => [String], {
    description:
      'Why: ADVISER_LEFT, ADVISER_PAUSED, ADVISER_ERASED, DBS_MISSING, DBS_EXPIRED, NO_ACTIVITY.',
  })
  reasons: string[];
}

@ArgsType()
export class UnmatchedInstitutionsArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'Only this local authority (3-digit code, e.g. 341).' })
  @IsOptional()
  @Matches(/^[0-9]{3}$/, { message: 'localAuthority must be 3 digits' })
  localAuthority?: string;

  @Field(() => [InstitutionType], { nullable: true, description: 'Only these types.' })
  @IsOptional()
  @IsEnum(InstitutionType, { each: true })
  types?: InstitutionType[];
}

@ArgsType()
export class SpareCapacityArgs {
  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}

@ArgsType()
export class SpareCapacityPageArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;

  @Field(() => MatchType, {
    nullable: true,
    description: 'Only advisers with a free slot of this kind; by default, of either kind.',
  })
  @IsOptional()
  @IsEnum(MatchType)
  kind?: MatchType;
}

@ObjectType('AdviserCapacity', {
  description:
    'An Enterprise Adviser who may be matched today with room for another match, and how much of each kind.',
})
export class AdviserCapacity {
  @Field(() => ID, { description: 'The adviser.' })
  adviserId: string;

  @Field(() => Int, {
    description: 'Further 1-2-1 matches the adviser can take (proposed and active ones count).',
  })
  oneToOneFree: number;

  @Field(() => Int, {
    description: 'Further agile matches the adviser can take (proposed and active ones count).',
  })
  agileFree: number;
}
