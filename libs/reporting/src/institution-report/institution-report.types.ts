import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CompassEvaluation } from '../compass/compass.types';
import { InstitutionWorkExperience } from '../dashboard/hub-activity.types';

@ArgsType()
export class InstitutionReportArgs {
  @Field(() => ID, { description: 'The institution.' })
  @IsUUID()
  institutionId: string;

  @Field({ nullable: true, description: 'Academic year like 2024/25; default the current one.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  academicYear?: string;
}

@ObjectType('InstitutionReport', {
  description:
    'One institution’s figures for a year: what its careers leader sees of the hub dashboard.',
})
export class InstitutionReport {
  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'Academic year, e.g. 2024/25.' })
  academicYear: string;

  @Field(() => CompassEvaluation, {
    nullable: true,
    description: 'The evaluation that counts: the latest on or before the end of the year.',
  })
  latestEvaluation: CompassEvaluation | null;

  @Field({ description: 'Upgraded to Compass+.' })
  compassPlus: boolean;

  @Field(() => Int, { description: 'Floor target: benchmarks to fully achieve.' })
  floorTargetBenchmarks: number;

  @Field({ description: 'Whether the latest evaluation meets the floor target.' })
  meetsFloorTarget: boolean;

  @Field(() => Int, { nullable: true, description: 'FSQ completions in the year; null if none.' })
  fsqStudents: number | null;

  @Field({ description: 'Had a 1-2-1 match during the year.' })
  matchedOneToOne: boolean;

  @Field({ description: 'Had an agile match during the year.' })
  matchedAgile: boolean;

  @Field(() => InstitutionWorkExperience, {
    nullable: true,
    description: 'Work experience delivered in the year; null when not in the hub.',
  })
  workExperience: InstitutionWorkExperience | null;
}
