import {
  ArgsType,
  Field,
  Float,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  IsBoolean,
  IsDateString,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { BulkImportReport, ConnectionArgs, DryRunArgs, IsNotBlank } from '@chn/core';
import { User } from '@chn/identity';
import { InstitutionType } from '../import/institution-type';

registerEnumType(InstitutionType, {
  name: 'InstitutionType',
  description: 'The kind of institution, as the hub reports it.',
  valuesMap: {
    MAINSTREAM: { description: 'Mainstream school.' },
    SEND: { description: 'Special school.' },
    AP: { description: 'Alternative provision or pupil referral unit.' },
    POST_16: { description: 'FE college, sixth-form college or 16-19 provider.' },
  },
});

@ObjectType('Institution', { description: 'A school or college the hub works with.' })
export class Institution {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'Hub the institution belongs to.' })
  hubId: string;

  @Field({ description: 'GIAS unique reference number.' })
  urn: string;

  @Field(() => String, {
    nullable: true,
    description: 'UK provider reference number (8 digits), if known.',
  })
  ukprn: string | null;

  @Field({ description: 'Establishment name.' })
  name: string;

  @Field(() => InstitutionType, { description: 'Type as the hub reports it.' })
  type: InstitutionType;

  @Field({
    description:
      'True when the type was inferred from the phase because the source had none; staff can correct it.',
  })
  typeInferred: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'GIAS phase of education, e.g. Secondary, 16 plus.',
  })
  phase: string | null;

  @Field(() => String, { nullable: true, description: 'Local authority code, e.g. 341.' })
  laCode: string | null;

  @Field(() => String, { nullable: true, description: 'Local authority name, e.g. Liverpool.' })
  laName: string | null;

  @Field(() => String, { nullable: true, description: 'Postcode.' })
  postcode: string | null;

  @Field(() => String, { nullable: true, description: 'Town.' })
  town: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of pupils on roll.' })
  pupils: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Percentage of pupils eligible for free school meals (0-100).',
  })
  fsmPercent: number | null;

  @Field({ description: 'Whether the institution is eligible for hub membership.' })
  eligible: boolean;

  @Field({ description: 'Whether the institution is in the hub now.' })
  inHub: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Date (YYYY-MM-DD) the institution joined the hub; null when not in the hub.',
  })
  inHubSince: string | null;

  @Field({ description: 'Whether the institution uses Compass+.' })
  compassPlus: boolean;

  @Field(() => ID, { nullable: true, description: 'Id of the careers leader user.' })
  careersLeaderId: string | null;

  @Field(() => User, { nullable: true, description: 'The careers leader, if one has an account.' })
  careersLeader?: User | null;

  @Field({ description: 'When the record was created.' })
  createdAt: Date;

  @Field({ description: 'When the record last changed.' })
  updatedAt: Date;
}

@InputType({ description: 'Which institutions to list. All conditions must hold.' })
export class InstitutionFilter {
  @Field({ nullable: true, description: 'Part of the name (any case), or a URN.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => [InstitutionType], { nullable: true, description: 'Only these types.' })
  @IsOptional()
  @IsEnum(InstitutionType, { each: true })
  types?: InstitutionType[];

  @Field({ nullable: true, description: 'Only this local authority code.' })
  @IsOptional()
  @Matches(/^[0-9]{3}$/, { message: 'laCode must be 3 digits' })
  laCode?: string;

  @Field({ nullable: true, description: 'Only institutions in (true) or not in (false) the hub.' })
  @IsOptional()
  @IsBoolean()
  inHub?: boolean;

  @Field({
    nullable: true,
    description: 'Only eligible (true) or ineligible (false) institutions.',
  })
  @IsOptional()
  @IsBoolean()
  eligible?: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'National administrators only: institutions of this hub.',
  })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}

@ArgsType()
export class InstitutionsArgs extends ConnectionArgs {
  @Field(() => InstitutionFilter, { nullable: true, description: 'Which institutions to list.' })
  @IsOptional()
  filter?: InstitutionFilter;
}

@InputType({ description: 'Fields of an institution that staff may change.' })
export class UpdateInstitutionInput {
  @Field({ nullable: true, description: 'Establishment name.' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(300)
  name?: string;

  @Field(() => String, { nullable: true, description: 'UK provider reference number (8 digits).' })
  @IsOptional()
  @Matches(/^[0-9]{8}$/, { message: 'ukprn must be 8 digits' })
  ukprn?: string | null;

  @Field(() => InstitutionType, {
    nullable: true,
    description: 'Type; setting it marks it as no longer inferred.',
  })
  @IsOptional()
  @IsEnum(InstitutionType)
  type?: InstitutionType;

  @Field(() => String, { nullable: true, description: 'GIAS phase of education.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  phase?: string | null;

  @Field(() => String, { nullable: true, description: 'Local authority code (3 digits).' })
  @IsOptional()
  @Matches(/^[0-9]{3}$/, { message: 'laCode must be 3 digits' })
  laCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Local authority name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  laName?: string | null;

  @Field(() => String, { nullable: true, description: 'Postcode.' })
  @IsOptional()
  @Matches(/^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$/, {
    message: 'postcode must be a UK postcode',
  })
  postcode?: string | null;

  @Field(() => String, { nullable: true, description: 'Town.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  town?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of pupils on roll.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  pupils?: number | null;

  @Field(() => Float, { nullable: true, description: 'FSM % (0-100).' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(100)
  fsmPercent?: number | null;

  @Field({ nullable: true, description: 'Whether the institution uses Compass+.' })
  @IsOptional()
  @IsBoolean()
  compassPlus?: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'A CAREERS_LEADER user of the same hub; null to clear.',
  })
  @IsOptional()
  @IsUUID()
  careersLeaderId?: string | null;
}

@InputType({ description: 'A new institution.' })
export class CreateInstitutionInput extends UpdateInstitutionInput {
  @Field({ description: 'GIAS unique reference number (5 to 7 digits), unique in the hub.' })
  @Matches(/^[0-9]{5,7}$/, { message: 'urn must be 5 to 7 digits' })
  urn: string;

  @Field({ description: 'Establishment name.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(300)
  override name: string;

  @Field(() => InstitutionType, { description: 'Type as the hub reports it.' })
  @IsEnum(InstitutionType)
  override type: InstitutionType;

  @Field({
    nullable: true,
    defaultValue: true,
    description: 'Eligible for hub membership (default true).',
  })
  @IsOptional()
  @IsBoolean()
  eligible?: boolean;

  @Field({
    nullable: true,
    description:
      'Date (YYYY-MM-DD) the institution joined the hub; omit when it is not in the hub.',
  })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'inHubSince must be a date YYYY-MM-DD' })
  inHubSince?: string;

  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}

@ArgsType()
export class SetInstitutionHubStatusArgs {
  @Field(() => ID, { description: 'Institution id.' })
  @IsUUID()
  id: string;

  @Field({ description: 'Whether the institution is eligible for hub membership.' })
  @IsBoolean()
  eligible: boolean;

  @Field({ description: 'Whether the institution is in the hub.' })
  @IsBoolean()
  inHub: boolean;

  @Field({
    nullable: true,
    description: 'Date it joined (YYYY-MM-DD); default today when it joins now.',
  })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'since must be a date YYYY-MM-DD' })
  since?: string;
}

@ArgsType()
export class CorrectPupilNumbersArgs {
  @Field(() => ID, { description: 'Institution id: the one you lead.' })
  @IsUUID()
  institutionId: string;

  @Field(() => Int, { description: 'Number of pupils on roll (0 to 100000).' })
  @IsInt()
  @Min(0)
  @Max(100000)
  pupils: number;
}

@ObjectType('ImportRejection', { description: 'A row of an import that was not taken, and why.' })
export class ImportRejection {
  @Field(() => Int, { description: 'Line of the file (the header is line 1).' })
  line: number;

  @Field(() => String, { nullable: true, description: 'URN on that line, if any.' })
  urn: string | null;

  @Field({ description: 'Why the row was rejected.' })
  reason: string;
}

@ObjectType('ImportReport', {
  description:
    'What an institutions import did, or in a dry run would do: row by row, all or nothing.',
})
export class ImportReport extends BulkImportReport {
  @Field(() => [ImportRejection], {
    description:
      'The refused rows with their URN (only a dry run answers with refusals; a refused file is an error naming each line).',
  })
  rejected: ImportRejection[];
}

@ArgsType()
export class ImportInstitutionsArgs extends DryRunArgs {
  @Field({ description: 'CSV text: the GIAS extract format or the GIAS bulk-file columns.' })
  @IsString()
  @MaxLength(20_000_000)
  csv: string;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Mark newly created institutions as in the hub from today.',
  })
  @IsOptional()
  @IsBoolean()
  markInHub?: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'National administrators only: the hub to import into.',
  })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}
