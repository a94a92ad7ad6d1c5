import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';

const ACADEMIC_YEAR = /^\d{4}\/\d{2}$/;

@ObjectType('AdviserSuggestion', { description: 'An adviser who could support an institution.' })
export class AdviserSuggestion {
  adviserId: string;

  @Field(() => Int, { description: 'Fit in points; higher is better (see the matching README).' })
  score: number;

  @Field(() => [String], { description: 'Why the adviser scored as they did.' })
  reasons: string[];
}

@ObjectType('InstitutionSuggestions', {
  description: 'The best advisers for one institution still needing a match.',
})
export class InstitutionSuggestions {
  institutionId: string;

  @Field(() => [AdviserSuggestion], { description: 'Best first.' })
  suggestions: AdviserSuggestion[];
}

@ObjectType('PlannedMatch', { description: 'One 1-2-1 pairing in an auto-match plan.' })
export class PlannedMatch {
  adviserId: string;
  institutionId: string;

  @Field(() => Int, { description: 'Fit in points.' })
  score: number;

  @Field(() => [String], { description: 'Why the pairing scored as it did.' })
  reasons: string[];
}

@ObjectType('AutoMatchPlan', {
  description:
    'The set of 1-2-1 pairings with the highest total score for a hub and academic year.',
})
export class AutoMatchPlan {
  @Field(() => ID, { description: 'Stable id, to apply the plan.' })
  id: string;

  @Field({ description: 'Academic year planned for, like 2025/26.' })
  academicYear: string;

  @Field(() => Int, { description: 'Sum of the pairings’ scores.' })
  totalScore: number;

  @Field(() => [PlannedMatch], { description: 'The pairings, best first.' })
  assignments: PlannedMatch[];

  @Field({ description: 'When the plan was made.' })
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the plan was turned into proposals; null until then.',
  })
  appliedAt: Date | null;
}

@ArgsType()
export class MatchSuggestionsArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Academic year like 2025/26; the current one when omitted.',
  })
  @IsOptional()
  @IsString()
  @Matches(ACADEMIC_YEAR, { message: 'academicYear must look like 2025/26' })
  academicYear?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only these institutions; every unmatched one in the hub when omitted.',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  institutionIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Advisers per institution (1-50, default 5).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number | null;

  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string | null;
}

@ArgsType()
export class AutoMatchPlanArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Academic year like 2025/26; the current one when omitted.',
  })
  @IsOptional()
  @IsString()
  @Matches(ACADEMIC_YEAR, { message: 'academicYear must look like 2025/26' })
  academicYear?: string | null;

  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string | null;
}
