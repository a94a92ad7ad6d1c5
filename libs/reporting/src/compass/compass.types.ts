import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsISO8601,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { BulkImportReport, DryRunArgs } from '@chn/core';
import { BenchmarkResult, SupplementaryAnswer } from '../entities/compass.enums';

@ObjectType('CompassBenchmark', { description: 'One Gatsby Benchmark’s result in an evaluation.' })
export class CompassBenchmark {
  @Field(() => Int, { description: 'Benchmark number, 1 to 8.' })
  number: number;

  @Field({ description: 'Benchmark name.' })
  name: string;

  @Field(() => BenchmarkResult, { description: 'Achieved, partially achieved or not achieved.' })
  result: BenchmarkResult;

  @Field(() => Float, { nullable: true, description: 'The benchmark’s Compass % score (0-100).' })
  score: number | null;
}

@ObjectType('CompassEvaluation', {
  description: 'An institution’s Compass self-assessment against the Gatsby Benchmarks.',
})
export class CompassEvaluation {
  @Field(() => ID, { description: 'Evaluation id.' })
  id: string;

  @Field(() => ID, { description: 'The institution evaluated.' })
  institutionId: string;

  @Field({ description: 'Date of the evaluation (YYYY-MM-DD).' })
  evaluatedOn: string;

  @Field({ description: 'Academic year the evaluation falls in, e.g. 2024/25.' })
  academicYear: string;

  @Field(() => Int, { description: 'Benchmarks fully achieved (0-8).' })
  benchmarksAchieved: number;

  @Field(() => [CompassBenchmark], { description: 'The eight benchmarks, in order.' })
  benchmarks: CompassBenchmark[];

  @Field(() => SupplementaryAnswer, {
    nullable: true,
    description: 'Share of pupils with meaningful workplace experiences by the end of KS3.',
  })
  ks3AllPupils: SupplementaryAnswer | null;

  @Field(() => SupplementaryAnswer, {
    nullable: true,
    description: 'Share of FSM pupils with meaningful workplace experiences by the end of KS3.',
  })
  ks3FsmPupils: SupplementaryAnswer | null;

  @Field(() => SupplementaryAnswer, {
    nullable: true,
    description: 'Share of pupils with meaningful work placements by the end of KS4.',
  })
  ks4AllPupils: SupplementaryAnswer | null;

  @Field(() => SupplementaryAnswer, {
    nullable: true,
    description: 'Share of FSM pupils with meaningful workplace experiences by the end of KS4.',
  })
  ks4FsmPupils: SupplementaryAnswer | null;
}

@InputType('CompassBenchmarkInput', { description: 'One benchmark’s result.' })
export class CompassBenchmarkInput {
  @Field(() => Int, { description: 'Benchmark number, 1 to 8.' })
  @IsInt()
  @Min(1)
  @Max(8)
  number: number;

  @Field(() => BenchmarkResult, { description: 'The result.' })
  @IsEnum(BenchmarkResult)
  result: BenchmarkResult;

  @Field(() => Float, { nullable: true, description: 'The Compass % score (0-100).' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(100)
  score?: number | null;
}

@InputType('RecordCompassEvaluationInput', { description: 'A Compass evaluation to record.' })
export class RecordCompassEvaluationInput {
  @Field(() => ID, { description: 'The institution evaluated.' })
  @IsUUID()
  institutionId: string;

  @Field({ description: 'Date of the evaluation (YYYY-MM-DD), not in the future.' })
  @IsISO8601({ strict: true })
  @MaxLength(10)
  evaluatedOn: string;

  @Field(() => [CompassBenchmarkInput], { description: 'The eight benchmarks, each once.' })
  @ValidateNested({ each: true })
  @Type(() => CompassBenchmarkInput)
  @ArrayMinSize(8)
  @ArrayMaxSize(8)
  benchmarks: CompassBenchmarkInput[];

  @Field(() => SupplementaryAnswer, { nullable: true, description: 'KS3, all pupils.' })
  @IsOptional()
  @IsEnum(SupplementaryAnswer)
  ks3AllPupils?: SupplementaryAnswer | null;

  @Field(() => SupplementaryAnswer, { nullable: true, description: 'KS3, FSM pupils.' })
  @IsOptional()
  @IsEnum(SupplementaryAnswer)
  ks3FsmPupils?: SupplementaryAnswer | null;

  @Field(() => SupplementaryAnswer, { nullable: true, description: 'KS4, all pupils.' })
  @IsOptional()
  @IsEnum(SupplementaryAnswer)
  ks4AllPupils?: SupplementaryAnswer | null;

  @Field(() => SupplementaryAnswer, { nullable: true, description: 'KS4, FSM pupils.' })
  @IsOptional()
  @IsEnum(SupplementaryAnswer)
  ks4FsmPupils?: SupplementaryAnswer | null;
}

@ObjectType('CompassImportReport', {
  description:
    'What a Compass evaluations import did, or in a dry run would do: row by row, all or nothing.',
})
export class CompassImportReport extends BulkImportReport {
  @Field(() => Int, {
    description: 'Evaluations of the same institution and date replaced (the rows updated).',
  })
  replaced: number;
}

@ArgsType()
export class ImportCompassEvaluationsArgs extends DryRunArgs {
  @Field({ description: 'CSV text: urn, evaluated_on, bm1_result, bm1_score, … (see the docs).' })
  @IsString()
  @MaxLength(5_000_000)
  csv: string;

  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}

@InputType('RecordFsqInput', { description: 'FSQ completions of an institution in a year.' })
export class RecordFsqInput {
  @Field(() => ID, { description: 'The institution.' })
  @IsUUID()
  institutionId: string;

  @Field({ description: 'Academic year like 2024/25.' })
  @IsString()
  @MaxLength(20)
  academicYear: string;

  @Field(() => Int, { description: 'Students who completed the Future Skills Questionnaire.' })
  @IsInt()
  @Min(0)
  @Max(100000)
  students: number;
}

@ObjectType('FsqCompletion', { description: 'FSQ completions of an institution in a year.' })
export class FsqCompletion {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Academic year, e.g. 2024/25.' })
  academicYear: string;

  @Field(() => Int, { description: 'Students who completed the questionnaire.' })
  students: number;
}

@ObjectType('FsqImportReport', {
  description:
    'What an FSQ completions import did, or in a dry run would do: row by row, all or nothing.',
})
export class FsqImportReport extends BulkImportReport {}

@ArgsType()
export class ImportFsqArgs extends DryRunArgs {
  @Field({ description: 'CSV text with columns urn, academic_year, students.' })
  @IsString()
  @MaxLength(2_000_000)
  csv: string;

  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}
