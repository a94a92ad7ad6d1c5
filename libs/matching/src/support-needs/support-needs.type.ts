import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { MatchType } from '../entities/match.enums';

@ObjectType('SupportNeeds', { description: 'What an adviser should bring to an institution.' })
export class SupportNeeds {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field(() => [String], { description: 'Sectors the institution wants an adviser from.' })
  sectors: string[];

  @Field(() => [Int], {
    description:
      'Gatsby Benchmarks (1-8) to work on first; empty means the weakest in the latest evaluation.',
  })
  priorityBenchmarks: number[];

  @Field({ description: 'Whether the adviser needs SEND or alternative-provision experience.' })
  needsSendApExperience: boolean;

  @Field(() => MatchType, { nullable: true, description: 'The kind of match preferred, if any.' })
  preferredMatchType: MatchType | null;

  @Field(() => String, { nullable: true, description: 'Anything else the adviser should know.' })
  notes: string | null;

  @Field({ description: 'When the needs were last set.' })
  updatedAt: Date;
}

@InputType({ description: 'The support needs of an institution; replaces what was there.' })
export class SupportNeedsInput {
  @Field(() => [String], { description: 'Sectors wanted, e.g. Health.' })
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  @ArrayMaxSize(20)
  sectors: string[];

  @Field(() => [Int], { description: 'Gatsby Benchmarks to work on first, each 1 to 8.' })
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(8, { each: true })
  @ArrayMaxSize(8)
  priorityBenchmarks: number[];

  @Field({ description: 'Whether SEND or alternative-provision experience is needed.' })
  @IsBoolean()
  needsSendApExperience: boolean;

  @Field(() => MatchType, { nullable: true, description: 'The kind of match preferred, if any.' })
  @IsOptional()
  @IsEnum(MatchType)
  preferredMatchType?: MatchType | null;

  @Field(() => String, { nullable: true, description: 'Anything else the adviser should know.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  notes?: string | null;
}
