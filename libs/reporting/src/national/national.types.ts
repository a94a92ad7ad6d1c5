import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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

@ObjectType('NationalBenchmarkReference', { description: 'One benchmark’s national figures.' })
export class NationalBenchmarkReference {
  @Field(() => Int, { description: 'Benchmark number, 1 to 8.' })
  benchmark: number;

  @Field(() => Float, { description: 'Institutions achieving it nationally, %.' })
  achievedPercent: number;

  @Field(() => Float, { description: 'A hub achieving at least this % is in quartile 1 (top).' })
  quartile1From: number;

  @Field(() => Float, { description: 'At least this % (below quartile 1): quartile 2.' })
  quartile2From: number;

  @Field(() => Float, { description: 'At least this % (below quartile 2): quartile 3; below, 4.' })
  quartile3From: number;
}

@ObjectType('NationalReference', {
  description: 'National reference figures of one academic year, as published nationally.',
})
export class NationalReference {
  @Field({ description: 'Academic year, e.g. 2024/25.' })
  academicYear: string;

  @Field(() => Float, { description: 'National average number of benchmarks achieved.' })
  averageAchieved: number;

  @Field(() => Float, { description: 'Highest FSM % of FSM quartile 1 (lowest FSM).' })
  fsmQuartile1Max: number;

  @Field(() => Float, { description: 'Highest FSM % of FSM quartile 2.' })
  fsmQuartile2Max: number;

  @Field(() => Float, { description: 'Highest FSM % of FSM quartile 3; above it, quartile 4.' })
  fsmQuartile3Max: number;

  @Field(() => [NationalBenchmarkReference], { description: 'Per benchmark, 1 to 8.' })
  benchmarks: NationalBenchmarkReference[];
}

@InputType('NationalBenchmarkReferenceInput', { description: 'One benchmark’s national figures.' })
export class NationalBenchmarkReferenceInput {
  @Field(() => Int, { description: 'Benchmark number, 1 to 8.' })
  @IsInt()
  @Min(1)
  @Max(8)
  benchmark: number;

  @Field(() => Float, { description: 'Institutions achieving it nationally, %.' })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(100)
  achievedPercent: number;

  @Field(() => Float, { description: 'Hub achieved % from which a hub is in quartile 1 (top).' })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(100)
  quartile1From: number;

  @Field(() => Float, { description: 'Hub achieved % from which a hub is in quartile 2.' })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(100)
  quartile2From: number;

  @Field(() => Float, { description: 'Hub achieved % from which a hub is in quartile 3.' })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(100)
  quartile3From: number;
}

@InputType('SetNationalReferenceInput', { description: 'National figures of one academic year.' })
export class SetNationalReferenceInput {
  @Field({ description: 'Academic year like 2024/25.' })
  @IsString()
  @MaxLength(20)
  academicYear: string;

  @Field(() => Float, { description: 'National average number of benchmarks achieved (0-8).' })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(8)
  averageAchieved: number;

  @Field(() => Float, { description: 'Highest FSM % of quartile 1.' })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(100)
  fsmQuartile1Max: number;

  @Field(() => Float, { description: 'Highest FSM % of quartile 2.' })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(100)
  fsmQuartile2Max: number;

  @Field(() => Float, { description: 'Highest FSM % of quartile 3.' })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(100)
  fsmQuartile3Max: number;

  @Field(() => [NationalBenchmarkReferenceInput], { description: 'Each benchmark 1 to 8 once.' })
  @ValidateNested({ each: true })
  @Type(() => NationalBenchmarkReferenceInput)
  @ArrayMinSize(8)
  @ArrayMaxSize(8)
  benchmarks: NationalBenchmarkReferenceInput[];
}

@ObjectType('HubTargets', { description: 'A hub’s reporting targets.' })
export class HubTargets {
  @Field(() => ID, { description: 'The hub.' })
  hubId: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Average number of benchmarks achieved the hub aims for; null when none is set.',
  })
  targetAverageAchieved: number | null;

  @Field(() => Int, {
    description:
      'Benchmarks an institution must fully achieve to meet the floor target (default 3).',
  })
  floorTargetBenchmarks: number;

  @Field(() => Float, { description: 'Target % of eligible institutions in the hub (default 95).' })
  inHubTargetPercent: number;
}

@InputType('SetHubTargetsInput', { description: 'A hub’s reporting targets.' })
export class SetHubTargetsInput {
  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;

  @Field(() => Float, { nullable: true, description: 'Target average benchmarks achieved (0-8).' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(8)
  targetAverageAchieved?: number | null;

  @Field(() => Int, { description: 'Floor target: benchmarks to achieve (1-8).' })
  @IsInt()
  @Min(1)
  @Max(8)
  floorTargetBenchmarks: number;

  @Field(() => Float, { description: 'Target % of eligible institutions in the hub.' })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(100)
  inHubTargetPercent: number;
}

@ArgsType()
export class NationalReferenceArgs {
  @Field({ description: 'Academic year like 2024/25.' })
  @IsString()
  @MaxLength(20)
  academicYear: string;
}
