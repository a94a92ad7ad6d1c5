import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsDateString,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs } from '@chn/core';
import { MatchStatus, MatchType } from '../entities/match.enums';

registerEnumType(MatchType, {
  name: 'MatchType',
  description: 'The kind of support an adviser gives an institution.',
  valuesMap: {
    ONE_TO_ONE: { description: 'Ongoing 1-2-1 partnership with the careers leader.' },
    AGILE: { description: 'Time-limited support with a named focus.' },
  },
});

registerEnumType(MatchStatus, {
  name: 'MatchStatus',
  description: 'Where a match is in its life.',
  valuesMap: {
    PROPOSED: { description: 'Proposed by hub staff; waiting for the adviser.' },
    ACTIVE: { description: 'Accepted and running.' },
    DECLINED: { description: 'Declined before it started.' },
    ENDED: { description: 'Ran and has ended.' },
  },
});

const DATE_MESSAGE = (field: string) => ({ message: `${field} must be a date YYYY-MM-DD` });

@ObjectType('Match', { description: 'An Enterprise Adviser matched with a school or college.' })
export class Match {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'Hub the match belongs to.' })
  hubId: string;

  @Field(() => ID, { description: 'The adviser’s id.' })
  adviserId: string;

  @Field(() => ID, { description: 'The institution’s id.' })
  institutionId: string;

  @Field(() => MatchType, { description: '1-2-1 partnership or agile support.' })
  type: MatchType;

  @Field(() => MatchStatus, { description: 'Where the match is in its life.' })
  status: MatchStatus;

  @Field({ description: 'First day of the match (YYYY-MM-DD).' })
  startsOn: string;

  @Field(() => String, {
    nullable: true,
    description: 'Planned last day (YYYY-MM-DD); null for an open-ended 1-2-1.',
  })
  endsOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Day the match actually ended (YYYY-MM-DD), once ENDED.',
  })
  endedOn: string | null;

  @Field(() => String, { nullable: true, description: 'What the support is for.' })
  focus: string | null;

  @Field(() => String, { nullable: true, description: 'Why the proposal was declined.' })
  declineReason: string | null;

  @Field(() => String, { nullable: true, description: 'Why the match ended.' })
  endReason: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why hub staff proposed the adviser for an institution outside their local authorities; null within them.',
  })
  overrideReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When the match was accepted.' })
  acceptedAt: Date | null;

  @Field({ description: 'When the match was proposed.' })
  createdAt: Date;
}

@InputType({ description: 'A proposed match of an adviser with an institution.' })
export class ProposeMatchInput {
  @Field(() => ID, { description: 'The adviser, an ACTIVE adviser of your hub.' })
  @IsUUID()
  adviserId: string;

  @Field(() => ID, { description: 'The institution, of your hub.' })
  @IsUUID()
  institutionId: string;

  @Field(() => MatchType, { description: '1-2-1 partnership or agile support.' })
  @IsEnum(MatchType)
  type: MatchType;

  @Field({ description: 'First day (YYYY-MM-DD), at most three academic years ahead.' })
  @IsDateString({ strict: true }, DATE_MESSAGE('startsOn'))
  startsOn: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Planned last day (YYYY-MM-DD), on or after startsOn and at most three academic years ahead; omit for an open-ended 1-2-1.',
  })
  @IsOptional()
  @IsDateString({ strict: true }, DATE_MESSAGE('endsOn'))
  endsOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the support is for, e.g. "BM5 encounters plan"; required for AGILE.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  focus?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why to propose the adviser for an institution outside their local authorities: required then (refused with OUTSIDE_ADVISER_LOCAL_AUTHORITIES without it), refused within them. Kept on the match and in its history.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  overrideReason?: string | null;
}

@ArgsType()
export class DeclineMatchArgs {
  @Field({ description: 'Why the proposal is declined.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

@ArgsType()
export class EndMatchArgs {
  @Field({ description: 'Last day of the match (YYYY-MM-DD), on or after it started.' })
  @IsDateString({ strict: true }, DATE_MESSAGE('endedOn'))
  endedOn: string;

  @Field({ description: 'Why the match ends.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

@InputType({ description: 'Which matches to list; every field narrows the list.' })
export class MatchFilter {
  @Field({
    nullable: true,
    description: 'Only matches whose period overlaps this academic year, e.g. 2025/26.',
  })
  @IsOptional()
  @IsString()
  academicYear?: string;

  @Field(() => MatchType, { nullable: true, description: 'Only matches of this type.' })
  @IsOptional()
  @IsEnum(MatchType)
  type?: MatchType;

  @Field(() => MatchStatus, { nullable: true, description: 'Only matches in this status.' })
  @IsOptional()
  @IsEnum(MatchStatus)
  status?: MatchStatus;

  @Field(() => ID, { nullable: true, description: 'Only matches of this institution.' })
  @IsOptional()
  @IsUUID()
  institutionId?: string;

  @Field(() => ID, { nullable: true, description: 'Only matches of this adviser.' })
  @IsOptional()
  @IsUUID()
  adviserId?: string;

  @Field({
    nullable: true,
    description: 'Only matches of institutions in this local authority (3-digit code).',
  })
  @IsOptional()
  @Matches(/^\d{3}$/, { message: 'localAuthority must be a 3-digit code' })
  localAuthority?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'National administrators only: matches of this hub.',
  })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}

@ArgsType()
export class MatchesArgs extends ConnectionArgs {
  @Field(() => MatchFilter, { nullable: true, description: 'Which matches to list.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchFilter)
  filter?: MatchFilter;
}
