import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs, IsNotBlank } from '@chn/core';
import { AdviserDeclineReason, AdviserStatus } from '../entities/adviser-status.enum';
import { IsNotInFuture } from './not-in-future.validator';

export const MAX_LIST_ITEMS = 20;
export const MAX_LIST_ITEM_LENGTH = 60;
export const MAX_CAPACITY = 10;
const PHONE = /^\+?[0-9][0-9 ]{8,18}[0-9]$/;
const LA_CODE = /^[0-9]{3}$/;

@InputType({
  description:
    'Fields of an adviser to change; omitted fields stay as they are. An adviser may change only their contact details, availability, sectors, skills and local authorities.',
})
export class UpdateAdviserInput {
  @Field({ nullable: true, description: 'Full name.' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true, description: 'Contact email; unique among the hub’s advisers.' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Phone number: digits and spaces, optionally starting with +.',
  })
  @IsOptional()
  @Matches(PHONE, {
    message: 'phone must be a phone number: 10 to 20 digits, spaces or a leading +',
  })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Job title at their employer.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  jobTitle?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: `Sectors the adviser knows: at most ${MAX_LIST_ITEMS}, each up to ${MAX_LIST_ITEM_LENGTH} characters.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LIST_ITEMS)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @MaxLength(MAX_LIST_ITEM_LENGTH, { each: true })
  sectors?: string[];

  @Field(() => [String], {
    nullable: true,
    description: `Skills the adviser brings: at most ${MAX_LIST_ITEMS}, each up to ${MAX_LIST_ITEM_LENGTH} characters.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LIST_ITEMS)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @MaxLength(MAX_LIST_ITEM_LENGTH, { each: true })
  skills?: string[];

  @Field(() => [String], {
    nullable: true,
    description: '3-digit codes of the local authorities the adviser can reach, e.g. 341.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LIST_ITEMS)
  @Matches(LA_CODE, { each: true, message: 'each local authority code must be 3 digits' })
  localAuthorityCodes?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'When the adviser is free, in their words.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  availabilityNote?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Hub staff only: employer of the hub the adviser comes from; null to clear.',
  })
  @IsOptional()
  @IsUUID()
  employerId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Hub staff only: 1-2-1 partnerships the adviser can hold (0 to ${MAX_CAPACITY}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CAPACITY)
  maxOneToOne?: number;

  @Field(() => Int, {
    nullable: true,
    description: `Hub staff only: agile pieces of support the adviser can hold (0 to ${MAX_CAPACITY}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CAPACITY)
  maxAgile?: number;

  @Field(() => AdviserStatus, {
    nullable: true,
    description:
      'Hub staff only: pause, resume, end or restart the adviser. A PENDING adviser is approved with approveAdviser.',
  })
  @IsOptional()
  @IsEnum(AdviserStatus)
  status?: AdviserStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Hub staff only: date (YYYY-MM-DD, not in the future) of the induction.',
  })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'inductionCompletedOn must be a date YYYY-MM-DD' })
  @IsNotInFuture()
  inductionCompletedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Hub staff only: date (YYYY-MM-DD, not in the future) of the DBS check.',
  })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'dbsCheckedOn must be a date YYYY-MM-DD' })
  @IsNotInFuture()
  dbsCheckedOn?: string | null;

  @Field({
    nullable: true,
    description: 'Hub staff only: experience supporting SEND or AP settings.',
  })
  @IsOptional()
  @IsBoolean()
  sendApExperience?: boolean;

  @Field(() => ID, {
    nullable: true,
    description:
      'Hub staff only: the adviser’s own sign-in, an ADVISER user of the hub with no other adviser record; null to unlink.',
  })
  @IsOptional()
  @IsUUID()
  userId?: string | null;
}

@InputType({
  description:
    'A new adviser. Hub staff register anyone; a signed-in ADVISER user registers themself, with their sign-in email, and waits as PENDING for approval.',
})
export class RegisterAdviserInput extends UpdateAdviserInput {
  @Field({ description: 'Full name.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  override name: string;

  @Field({
    nullable: true,
    description:
      'Contact email, unique among the hub’s advisers. Required from hub staff; self-registration uses the sign-in email.',
  })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  override email?: string;

  @Field(() => AdviserStatus, {
    nullable: true,
    description:
      'Hub staff only: ACTIVE (default) or PENDING. Self-registration is always PENDING.',
  })
  @IsOptional()
  @IsEnum(AdviserStatus)
  override status?: AdviserStatus;

  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}

@InputType({ description: 'Which advisers to list. All conditions must hold.' })
export class AdviserFilter {
  @Field(() => AdviserStatus, { nullable: true, description: 'Only advisers with this status.' })
  @IsOptional()
  @IsEnum(AdviserStatus)
  status?: AdviserStatus;

  @Field({ nullable: true, description: 'Only advisers who list this sector (exact name).' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_LIST_ITEM_LENGTH)
  sector?: string;

  @Field({ nullable: true, description: 'Only advisers who can reach this local authority.' })
  @IsOptional()
  @Matches(LA_CODE, { message: 'localAuthorityCode must be 3 digits' })
  localAuthorityCode?: string;

  @Field(() => ID, { nullable: true, description: 'Only advisers from this employer.' })
  @IsOptional()
  @IsUUID()
  employerId?: string;

  @Field({ nullable: true, description: 'Part of the name or email, any case.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'National administrators only: advisers of this hub.',
  })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}

@ArgsType()
export class AdvisersArgs extends ConnectionArgs {
  @Field(() => AdviserFilter, { nullable: true, description: 'Which advisers to list.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AdviserFilter)
  filter?: AdviserFilter;
}

@InputType({
  description: 'A volunteer’s expression of interest in becoming an Enterprise Adviser.',
})
export class ExpressInterestAsAdviserInput {
  @Field({ description: 'Code of the hub to volunteer with (see publicHubs).' })
  @IsString()
  @IsNotBlank()
  @MaxLength(32)
  hubCode: string;

  @Field({ description: 'Full name.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name: string;

  @Field({ description: 'Email: approval sends an invitation to it.' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @IsOptional()
  @Matches(PHONE, {
    message: 'phone must be a phone number: 10 to 20 digits, spaces or a leading +',
  })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Who they work for, if anyone.' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  employerName?: string | null;

  @Field(() => [String], { description: `Sectors they know: at most ${MAX_LIST_ITEMS}.` })
  @IsArray()
  @ArrayMaxSize(MAX_LIST_ITEMS)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @MaxLength(MAX_LIST_ITEM_LENGTH, { each: true })
  sectors: string[];

  @Field(() => [String], { description: 'Local authorities they can reach (3-digit codes).' })
  @IsArray()
  @ArrayMaxSize(MAX_LIST_ITEMS)
  @Matches(LA_CODE, { each: true, message: 'localAuthorityCodes must be 3-digit codes' })
  localAuthorityCodes: string[];

  @Field({ description: 'When they can help, in their words.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(900)
  availabilityNote: string;
}

@ArgsType()
export class DeclineAdviserArgs {
  @Field(() => ID, { description: 'The PENDING adviser (a volunteer waiting for an answer).' })
  @IsUUID()
  id: string;

  @Field(() => AdviserDeclineReason, { description: 'Why the volunteer is declined.' })
  @IsEnum(AdviserDeclineReason)
  reason: AdviserDeclineReason;

  @Field(() => String, { nullable: true, description: 'More about why, kept with the reason.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
