import { ArgsType, Field, Float, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import {
  ArrayNotEmpty,
  ArrayUnique,
  IsBoolean,
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
import { Type } from 'class-transformer';
import { ConnectionArgs, IsNotBlank } from '@chn/core';
import { KeyStage, MAX_YEAR_GROUP, MIN_YEAR_GROUP } from '../domain/key-stage';
import {
  DeliveryMode,
  MEANINGFUL_CRITERIA_COUNT,
  MeaningfulCriterion,
  OpportunityKind,
  OpportunityStatus,
  Tier,
} from '../domain/opportunity.enums';
import { IsHalfDays } from './half-days.validator';
import './opportunity-enums.type';

const isDate = (property: string) =>
  IsDateString({ strict: true }, { message: `${property} must be a date YYYY-MM-DD` });

@InputType({ description: 'A new opportunity; it starts as a DRAFT.' })
export class CreateOpportunityInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The employer offering it: hub staff must name it; employers may omit their own.',
  })
  @IsOptional()
  @IsUUID()
  employerId?: string;

  @Field(() => OpportunityKind, { description: 'What kind of experience it is.' })
  @IsEnum(OpportunityKind)
  kind: OpportunityKind;

  @Field({ description: 'Title.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  title: string;

  @Field({ description: 'What young people will do.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(5000)
  description: string;

  @Field(() => Tier, { description: 'Equalex tier.' })
  @IsEnum(Tier)
  tier: Tier;

  @Field({ description: 'Sector, e.g. Digital & Gaming.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  sector: string;

  @Field(() => [Int], { description: 'Year groups it is for, each 7 to 13.' })
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(MIN_YEAR_GROUP, { each: true })
  @Max(MAX_YEAR_GROUP, { each: true })
  yearGroups: number[];

  @Field(() => DeliveryMode, { description: 'In person, virtual or hybrid.' })
  @IsEnum(DeliveryMode)
  deliveryMode: DeliveryMode;

  @Field({
    description: 'First day (YYYY-MM-DD): today or later, and at most three academic years ahead.',
  })
  @isDate('startsOn')
  startsOn: string;

  @Field({ description: 'Last day (YYYY-MM-DD), on or after the first.' })
  @isDate('endsOn')
  endsOn: string;

  @Field(() => Float, {
    description:
      'Length in days per young person: 0.5, 1, 1.5, ...; at most the days from startsOn to endsOn.',
  })
  @IsHalfDays()
  @Min(0.5)
  @Max(365)
  lengthDays: number;

  @Field(() => Int, { description: 'Places offered in all (at least 1).' })
  @IsInt()
  @Min(1)
  @Max(100000)
  totalPlaces: number;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Suitable for young people with special educational needs.',
  })
  @IsOptional()
  @IsBoolean()
  sendFriendly?: boolean;

  @Field(() => [MeaningfulCriterion], {
    nullable: true,
    defaultValue: [],
    description: 'Which of the seven meaningful-experience criteria it meets.',
  })
  @IsOptional()
  @ArrayUnique()
  @IsEnum(MeaningfulCriterion, { each: true })
  meaningfulCriteria?: MeaningfulCriterion[];

  @Field(() => String, { nullable: true, description: 'Where it takes place.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  location?: string | null;

  @Field({
    nullable: true,
    defaultValue: false,
    description:
      'Held at the employer’s own premises: it then always needs the hub’s approval and a risk assessment.',
  })
  @IsOptional()
  @IsBoolean()
  atEmployerPremises?: boolean;
}

@InputType({ description: 'Fields of an opportunity to change; omitted fields stay as they are.' })
export class UpdateOpportunityInput extends PartialType(
  OmitType(CreateOpportunityInput, ['employerId'] as const, InputType),
  { decorator: InputType, omitDefaultValues: true },
) {}

@InputType({ description: 'Which opportunities to list. All conditions must hold.' })
export class OpportunityFilter {
  @Field(() => [Tier], { nullable: true, description: 'Only these tiers.' })
  @IsOptional()
  @IsEnum(Tier, { each: true })
  tiers?: Tier[];

  @Field(() => [OpportunityKind], { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  @IsEnum(OpportunityKind, { each: true })
  kinds?: OpportunityKind[];

  @Field(() => [OpportunityStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  @IsEnum(OpportunityStatus, { each: true })
  statuses?: OpportunityStatus[];

  @Field({ nullable: true, description: 'Only this sector (any case).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  sector?: string;

  @Field(() => ID, { nullable: true, description: 'Only employers in this sector group.' })
  @IsOptional()
  @IsUUID()
  sectorGroupId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this employer’s opportunities.' })
  @IsOptional()
  @IsUUID()
  employerId?: string;

  @Field(() => Int, { nullable: true, description: 'Only those open to this year group (7-13).' })
  @IsOptional()
  @IsInt()
  @Min(MIN_YEAR_GROUP)
  @Max(MAX_YEAR_GROUP)
  yearGroup?: number;

  @Field(() => KeyStage, {
    nullable: true,
    description: 'Only those open to a year group of this key stage.',
  })
  @IsOptional()
  @IsEnum(KeyStage)
  keyStage?: KeyStage;

  @Field({ nullable: true, description: 'Only those starting on or after this date.' })
  @IsOptional()
  @isDate('startsFrom')
  startsFrom?: string;

  @Field({ nullable: true, description: 'Only those starting on or before this date.' })
  @IsOptional()
  @isDate('startsTo')
  startsTo?: string;

  @Field({
    nullable: true,
    description:
      'Only those with places left to request: not full and not yet started (true); or fully booked (false).',
  })
  @IsOptional()
  @IsBoolean()
  hasPlacesLeft?: boolean;

  @Field(() => Int, {
    nullable: true,
    description: `Only those meeting at least this many of the ${MEANINGFUL_CRITERIA_COUNT} meaningful-experience criteria.`,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MEANINGFUL_CRITERIA_COUNT)
  minMeaningfulCriteria?: number;

  @Field(() => ID, {
    nullable: true,
    description: 'National administrators only: opportunities of this hub.',
  })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}

@ArgsType()
export class OpportunitiesArgs extends ConnectionArgs {
  @Field(() => OpportunityFilter, {
    nullable: true,
    description: 'Which opportunities to list.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => OpportunityFilter)
  filter?: OpportunityFilter;
}
