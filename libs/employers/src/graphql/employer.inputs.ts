import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { ConnectionArgs, IsNotBlank } from '@chn/core';
import { MembershipDeclineReason, MembershipStatus, SizeBand } from '../entities/employer.enums';

@InputType({ description: 'Fields of an employer that may change.' })
export class UpdateEmployerInput {
  @Field({ nullable: true, description: 'Organisation name.' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Companies House number: 8 letters or digits.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{8}$/, { message: 'companiesHouseNumber must be 8 letters or digits' })
  companiesHouseNumber?: string | null;

  @Field({ nullable: true, description: 'Sector, e.g. Digital & Gaming.' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  sector?: string;

  @Field(() => SizeBand, { nullable: true, description: 'Size by staff.' })
  @IsOptional()
  @IsEnum(SizeBand)
  sizeBand?: SizeBand;

  @Field(() => String, { nullable: true, description: 'Postcode.' })
  @IsOptional()
  @Matches(/^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$/, {
    message: 'postcode must be a UK postcode',
  })
  postcode?: string | null;

  @Field(() => String, { nullable: true, description: 'Website address (http or https).' })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be an http(s) address' },
  )
  @MaxLength(300)
  website?: string | null;
}

@InputType({ description: 'A new employer.' })
export class CreateEmployerInput extends UpdateEmployerInput {
  @Field({ description: 'Organisation name.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  override name: string;

  @Field({ description: 'Sector, e.g. Digital & Gaming.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  override sector: string;

  @Field(() => SizeBand, { description: 'Size by staff.' })
  @IsEnum(SizeBand)
  override sizeBand: SizeBand;

  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}

@InputType({ description: 'Which employers to list. All conditions must hold.' })
export class EmployerFilter {
  @Field({ nullable: true, description: 'Part of the name, any case.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field({ nullable: true, description: 'Exactly this sector (any case).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  sector?: string;

  @Field(() => ID, { nullable: true, description: 'Only members of this sector group.' })
  @IsOptional()
  @IsUUID()
  sectorGroupId?: string;

  @Field(() => MembershipStatus, {
    nullable: true,
    description: 'Only employers whose current membership has this status.',
  })
  @IsOptional()
  @IsEnum(MembershipStatus)
  membershipStatus?: MembershipStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'National administrators only: employers of this hub.',
  })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}

@ArgsType()
export class EmployersArgs extends ConnectionArgs {
  @Field(() => EmployerFilter, { nullable: true, description: 'Which employers to list.' })
  @IsOptional()
  filter?: EmployerFilter;
}

@InputType({ description: 'An application to join the Employer Network.' })
export class ApplyForMembershipInput {
  @Field(() => ID, { description: 'The employer applying.' })
  @IsUUID()
  employerId: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the employer pledges, e.g. "2 placements a year".',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  pledge?: string;
}

@ArgsType()
export class ApproveMembershipArgs {
  @Field(() => ID, { description: 'The membership.' })
  @IsUUID()
  id: string;

  @Field(() => String, { nullable: true, description: 'Date joined (YYYY-MM-DD); default today.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'joinedOn must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'joinedOn must be a real date' })
  joinedOn?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Renewal date (YYYY-MM-DD); default a year after joining.',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'renewalOn must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'renewalOn must be a real date' })
  renewalOn?: string;
}

@ArgsType()
export class RenewMembershipArgs {
  @Field(() => ID, { description: 'The membership.' })
  @IsUUID()
  id: string;

  @Field(() => String, {
    nullable: true,
    description:
      'New renewal date (YYYY-MM-DD); default one year after the current renewal date, or after today if that has passed.',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'renewalOn must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'renewalOn must be a real date' })
  renewalOn?: string;
}

@ArgsType()
export class DeclineMembershipArgs {
  @Field(() => ID, { description: 'The pending membership (application).' })
  @IsUUID()
  id: string;

  @Field(() => MembershipDeclineReason, { description: 'Why it is declined.' })
  @IsEnum(MembershipDeclineReason)
  reason: MembershipDeclineReason;

  @Field(() => String, { nullable: true, description: 'More about why, kept with the reason.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

@ArgsType()
export class WithdrawMembershipArgs {
  @Field(() => ID, { description: 'The membership.' })
  @IsUUID()
  id: string;

  @Field(() => String, { nullable: true, description: 'Why, for the audit trail.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

@ArgsType()
export class MembershipsArgs extends ConnectionArgs {
  @Field(() => MembershipStatus, {
    nullable: true,
    description: 'Only memberships with this status.',
  })
  @IsOptional()
  @IsEnum(MembershipStatus)
  status?: MembershipStatus;

  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}

@InputType({ description: 'A new sector group.' })
export class CreateSectorGroupInput {
  @Field({ description: 'Name, unique in the hub, e.g. Gaming.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(120)
  name: string;

  @Field(() => String, { nullable: true, description: 'What the group is for.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;

  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}

@ArgsType()
export class SectorGroupsArgs {
  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}

@ArgsType()
export class SectorGroupMemberArgs {
  @Field(() => ID, { description: 'The sector group.' })
  @IsUUID()
  sectorGroupId: string;

  @Field(() => ID, { description: 'The employer.' })
  @IsUUID()
  employerId: string;
}

@ArgsType()
export class EmployerContactArgs {
  @Field(() => ID, { description: 'The employer.' })
  @IsUUID()
  employerId: string;

  @Field(() => ID, {
    description:
      'A user with role EMPLOYER in the same hub, not yet a contact of another employer.',
  })
  @IsUUID()
  userId: string;
}

@ArgsType()
export class CreateApiKeyArgs {
  @Field({ description: 'A name to tell the key apart, e.g. "Careers website".' })
  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  name: string;
}
