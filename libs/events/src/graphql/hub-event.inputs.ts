import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
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
import { HubEventAudience, HubEventKind, HubEventStatus } from '../domain/hub-event.enums';

@InputType({ description: 'A link sent after the event, e.g. an FAQ guide.' })
export class FollowUpLinkInput {
  @Field({ description: 'What the link is, e.g. "FAQ guide".' })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  label: string;

  @Field({ description: 'The address (https://).' })
  @IsString()
  @MaxLength(1000)
  url: string;
}

/** The fields a hub event is made of; every one optional here, so updates can reuse it. */
@InputType({ isAbstract: true })
class HubEventFields {
  @Field(() => String, {
    nullable: true,
    description: 'What happens, for the invitation and page.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string;

  @Field(() => ID, { nullable: true, description: 'The sector group running it, if any.' })
  @IsOptional()
  @IsUUID()
  sectorGroupId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Employers of the network hosting it.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  hostEmployerIds?: string[];

  @Field(() => String, { nullable: true, description: 'In person: the venue.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  venue?: string | null;

  @Field(() => String, { nullable: true, description: 'In person: the address.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Online: the joining link (https://), shown only to people registered.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  joiningUrl?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Invite only advisers and institutions of these local authorities (3-digit codes).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^[0-9]{3}$/, { each: true, message: 'local authority codes have 3 digits' })
  localAuthorityCodes?: string[];

  @Field(() => Date, { nullable: true, description: 'When registration opens (default: now).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  registrationOpensAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When registration closes (default: start).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  registrationClosesAt?: Date | null;

  @Field(() => [FollowUpLinkInput], {
    nullable: true,
    description: 'Resources sent after the event to attendees who agreed to be contacted.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FollowUpLinkInput)
  followUpLinks?: FollowUpLinkInput[];
}

@InputType({ description: 'A new hub event, created as a DRAFT.' })
export class CreateHubEventInput extends HubEventFields {
  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;

  @Field(() => HubEventKind, { description: 'What the event is.' })
  @IsEnum(HubEventKind)
  kind: HubEventKind;

  @Field({ description: 'Title.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  title: string;

  @Field(() => Date, { description: 'When it starts.' })
  @Type(() => Date)
  @IsDate()
  startsAt: Date;

  @Field(() => Date, { description: 'When it ends (after the start).' })
  @Type(() => Date)
  @IsDate()
  endsAt: Date;

  @Field(() => Int, { description: 'How many people it takes (1 or more).' })
  @IsInt()
  capacity: number;

  @Field(() => [HubEventAudience], { description: 'Who it is for (at least one).' })
  @IsArray()
  @IsEnum(HubEventAudience, { each: true })
  audiences: HubEventAudience[];
}

@InputType({ description: 'Changes to a hub event; fields left out stay as they are.' })
export class UpdateHubEventInput extends HubEventFields {
  @Field(() => ID, { description: 'Hub event id.' })
  @IsUUID()
  id: string;

  @Field(() => HubEventKind, { nullable: true, description: 'What the event is.' })
  @IsOptional()
  @IsEnum(HubEventKind)
  kind?: HubEventKind;

  @Field(() => String, { nullable: true, description: 'Title.' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  title?: string;

  @Field(() => Date, { nullable: true, description: 'When it starts.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  startsAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When it ends.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  endsAt?: Date;

  @Field(() => Int, { nullable: true, description: 'How many people it takes.' })
  @IsOptional()
  @IsInt()
  capacity?: number;

  @Field(() => [HubEventAudience], { nullable: true, description: 'Who it is for.' })
  @IsOptional()
  @IsArray()
  @IsEnum(HubEventAudience, { each: true })
  audiences?: HubEventAudience[];
}

@ArgsType()
export class HubEventsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;

  @Field(() => Date, { nullable: true, description: 'Events ending at or after this moment.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Events starting before this moment.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;

  @Field(() => HubEventKind, { nullable: true, description: 'Only events of this kind.' })
  @IsOptional()
  @IsEnum(HubEventKind)
  kind?: HubEventKind;

  @Field(() => HubEventAudience, { nullable: true, description: 'Only events for this audience.' })
  @IsOptional()
  @IsEnum(HubEventAudience)
  audience?: HubEventAudience;

  @Field(() => HubEventStatus, { nullable: true, description: 'Only events in this status.' })
  @IsOptional()
  @IsEnum(HubEventStatus)
  status?: HubEventStatus;
}

@InputType({ description: 'A signed-in registration for a hub event.' })
export class RegisterForHubEventInput {
  @Field(() => ID, { description: 'Hub event id.' })
  @IsUUID()
  eventId: string;

  @Field(() => ID, { nullable: true, description: 'Careers leaders: their institution.' })
  @IsOptional()
  @IsUUID()
  institutionId?: string;

  @Field(() => Int, { nullable: true, description: 'Careers leaders: the pupils’ year group.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(14)
  yearGroup?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Careers leaders: how many pupils (never names). Others register themselves (1).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  places?: number;

  @Field({ defaultValue: false, description: 'Whether to receive the follow-up resources.' })
  @IsBoolean()
  consentToContact: boolean;

  @Field({
    defaultValue: true,
    description: 'When the places left are too few: join the waiting list (default) or refuse.',
  })
  @IsBoolean()
  joinWaitingList: boolean;
}

@InputType({
  description:
    'A registration from the public page: the adult’s name and email and how many will attend; nothing about a child.',
})
export class RegisterForPublicHubEventInput {
  @Field({ description: 'The event’s public token (from its shareable link).' })
  @IsString()
  @MaxLength(64)
  token: string;

  @Field({ description: 'The adult’s name.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name: string;

  @Field({ description: 'Their email: a link to confirm it comes there.' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;

  @Field(() => Int, { description: 'How many will attend, them included (1 to 10).' })
  @IsInt()
  @Min(1)
  @Max(10)
  attendees: number;

  @Field({ description: 'Whether they agree to be contacted afterwards (the follow-up).' })
  @IsBoolean()
  consentToContact: boolean;
}

@InputType({ description: 'Who came, for one registration.' })
export class RecordHubEventAttendanceInput {
  @Field(() => ID, { description: 'Registration id.' })
  @IsUUID()
  registrationId: string;

  @Field(() => Int, { description: 'How many came (0 for a no-show; a number for a group).' })
  @IsInt()
  @Min(0)
  attended: number;
}
