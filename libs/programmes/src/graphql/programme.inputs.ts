import { ArgsType, Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsDateString,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs, IsNotBlank } from '@chn/core';
import { ProgrammeKind } from '../programme.enums';
import { FIRST_YEAR_GROUP, LAST_YEAR_GROUP } from '../year-group-counts';

const isDate = (property: string) =>
  IsDateString({ strict: true }, { message: `${property} must be a date YYYY-MM-DD` });

@InputType({ description: 'Pupils of one year group: a count, never names.' })
export class YearGroupCountInput {
  @Field(() => Int, { description: 'Year group, 7 to 13.' })
  @IsInt()
  @Min(FIRST_YEAR_GROUP)
  @Max(LAST_YEAR_GROUP)
  yearGroup: number;

  @Field(() => Int, { description: 'Pupils (0 to 10,000).' })
  @IsInt()
  @Min(0)
  @Max(10000)
  pupils: number;
}

@InputType({ description: 'A new programme of the hub.' })
export class CreateProgrammeInput {
  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;

  @Field({ description: 'Name, e.g. Careers Champions.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name: string;

  @Field(() => ProgrammeKind, { description: 'What kind of programme it is.' })
  @IsEnum(ProgrammeKind)
  kind: ProgrammeKind;

  @Field({ description: 'What it offers and to whom.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(5000)
  description: string;

  @Field(() => [String], {
    description:
      'Sectors (one or more), written as opportunities write them, e.g. Digital & Gaming.',
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @MaxLength(100, { each: true })
  sectors: string[];

  @Field(() => [ID], {
    nullable: true,
    defaultValue: [],
    description: 'Host employers: employers of the hub with an ACTIVE network membership.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  hostEmployerIds?: string[];

  @Field({ description: 'First day (YYYY-MM-DD); at most three academic years ahead.' })
  @isDate('startsOn')
  startsOn: string;

  @Field({ description: 'Last day (YYYY-MM-DD), on or after the first.' })
  @isDate('endsOn')
  endsOn: string;
}

@InputType({ description: 'Changes to a programme; omitted fields stay as they are.' })
export class UpdateProgrammeInput extends PartialType(
  OmitType(CreateProgrammeInput, ['hubId'] as const),
  InputType,
) {}

@InputType({ description: 'An institution joining a programme, with its cohort as counts.' })
export class AddProgrammeParticipantInput {
  @Field(() => ID, { description: 'The programme.' })
  @IsUUID()
  programmeId: string;

  @Field(() => ID, { description: 'An institution of the programme’s hub.' })
  @IsUUID()
  institutionId: string;

  @Field(() => [YearGroupCountInput], {
    description: 'Pupils taking part, by year group (each year group once; at least one pupil).',
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => YearGroupCountInput)
  cohort: YearGroupCountInput[];

  @Field(() => Int, {
    nullable: true,
    defaultValue: 0,
    description: 'Of them, pupils with SEND (at most the cohort).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(70000)
  sendPupils?: number;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 0,
    description: 'Of them, pupils eligible for free school meals (at most the cohort).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(70000)
  fsmPupils?: number;
}

@InputType({ description: 'A participant’s corrected cohort; omitted fields stay as they are.' })
export class UpdateProgrammeParticipantInput extends PartialType(
  OmitType(AddProgrammeParticipantInput, ['programmeId', 'institutionId'] as const),
  InputType,
) {}

@InputType({ description: 'A session a programme delivered to a participating institution.' })
export class RecordProgrammeSessionInput {
  @Field(() => ID, { description: 'The participant (an institution in the programme).' })
  @IsUUID()
  participantId: string;

  @Field({ description: 'When it was held (YYYY-MM-DD): within the programme, not after today.' })
  @isDate('heldOn')
  heldOn: string;

  @Field(() => [YearGroupCountInput], {
    description: 'Pupils reached by year group: each at most the cohort’s pupils of that year.',
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => YearGroupCountInput)
  reached: YearGroupCountInput[];

  @Field(() => ID, {
    nullable: true,
    description: 'The hub’s opportunity it was delivered through, where there is one.',
  })
  @IsOptional()
  @IsUUID()
  opportunityId?: string;

  @Field({ nullable: true, description: 'Notes (no pupil’s name).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  notes?: string;
}

@ArgsType()
export class ProgrammesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;

  @Field({
    nullable: true,
    description: 'Only programmes running in this academic year, like 2025/26.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  academicYear?: string;
}
