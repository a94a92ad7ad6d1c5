import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsNotBlank } from '@chn/core';
import { SizeBand } from '../entities/employer.enums';

const PHONE = /^\+?[0-9][0-9 ]{8,18}[0-9]$/;

@InputType({ description: 'An organisation’s application to join a hub’s employer network.' })
export class ApplyToJoinNetworkInput {
  @Field({ description: 'Code of the hub whose network to join (see publicHubs).' })
  @IsString()
  @IsNotBlank()
  @MaxLength(32)
  hubCode: string;

  @Field({ description: 'Organisation name.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  organisationName: string;

  @Field(() => String, { nullable: true, description: 'Website address (http or https).' })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be an http(s) address' },
  )
  @MaxLength(300)
  website?: string | null;

  @Field({ description: 'Sector, e.g. Digital & Gaming.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  sector: string;

  @Field(() => SizeBand, { description: 'Size by staff.' })
  @IsEnum(SizeBand)
  sizeBand: SizeBand;

  @Field({ description: 'Name of the person applying, who becomes the employer’s contact.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  contactName: string;

  @Field({ description: 'Their email: approval sends an invitation to it.' })
  @IsEmail({}, { message: 'contactEmail must be an email address' })
  @MaxLength(320)
  contactEmail: string;

  @Field(() => String, { nullable: true, description: 'Their phone number.' })
  @IsOptional()
  @Matches(PHONE, {
    message: 'phone must be a phone number: 10 to 20 digits, spaces or a leading +',
  })
  phone?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Sector groups of the hub the organisation is interested in (at most 20).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  sectorGroupIds?: string[];
}

@ObjectType('EmployerApplication', {
  description: 'What an organisation said when it applied from the public form.',
})
export class EmployerApplication {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Who applied.' })
  contactName: string;

  @Field({ description: 'Their email, which approval invites.' })
  contactEmail: string;

  @Field(() => String, { nullable: true, description: 'Their phone number.' })
  contactPhone: string | null;

  @Field(() => [ID], { description: 'Sector groups of interest.' })
  sectorGroupIds: string[];
}

@ObjectType('PublicSectorGroup', {
  description: 'A hub’s sector group as the public application form names it.',
})
export class PublicSectorGroup {
  @Field(() => ID, { description: 'Stable id, to name in applyToJoinNetwork.' })
  id: string;

  @Field({ description: 'Name, e.g. Gaming.' })
  name: string;
}
