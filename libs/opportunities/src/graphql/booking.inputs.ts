import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
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
import { MAX_YEAR_GROUP, MIN_YEAR_GROUP } from '../domain/key-stage';
import { BookingStatus } from '../domain/opportunity.enums';
import './opportunity-enums.type';

const MAX_PLACES = 10000;

@InputType({ description: 'An institution asking for places on an opportunity.' })
export class RequestPlacesInput {
  @Field(() => ID, { description: 'The opportunity (it must be PUBLISHED).' })
  @IsUUID()
  opportunityId: string;

  @Field(() => ID, {
    description: 'The institution: a careers leader may only book for their own.',
  })
  @IsUUID()
  institutionId: string;

  @Field(() => Int, { description: 'Places asked for (at least 1).' })
  @IsInt()
  @Min(1)
  @Max(MAX_PLACES)
  places: number;

  @Field(() => Int, { description: 'Of those, places for FSM pupils (0 to places).' })
  @IsInt()
  @Min(0)
  @Max(MAX_PLACES)
  fsmPlaces: number;

  @Field(() => Int, { description: 'Year group of the pupils: one the opportunity is for.' })
  @IsInt()
  @Min(MIN_YEAR_GROUP)
  @Max(MAX_YEAR_GROUP)
  yearGroup: number;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'When too few places are left, join the waiting list instead of failing.',
  })
  @IsOptional()
  @IsBoolean()
  joinWaitingList?: boolean;
}

@ArgsType()
export class BookingDecisionArgs {
  @Field(() => ID, { description: 'Booking id.' })
  @IsUUID()
  id: string;

  @Field({ description: 'Why, for the other side to read.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(500)
  reason: string;
}

@ArgsType()
export class RecordAttendanceArgs {
  @Field(() => ID, { description: 'Booking id (a CONFIRMED booking).' })
  @IsUUID()
  bookingId: string;

  @Field(() => Int, { description: 'Pupils who attended (0 to the places booked).' })
  @IsInt()
  @Min(0)
  @Max(MAX_PLACES)
  attended: number;

  @Field(() => Int, { description: 'Of those, pupils eligible for free school meals.' })
  @IsInt()
  @Min(0)
  @Max(MAX_PLACES)
  fsmAttended: number;

  @Field(() => String, { nullable: true, description: 'The employer’s feedback to the pupils.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  employerFeedback?: string | null;
}

@InputType({ description: 'Which bookings to list. All conditions must hold.' })
export class BookingFilter {
  @Field(() => ID, { nullable: true, description: 'Only bookings on this opportunity.' })
  @IsOptional()
  @IsUUID()
  opportunityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only bookings of this institution.' })
  @IsOptional()
  @IsUUID()
  institutionId?: string;

  @Field(() => BookingStatus, { nullable: true, description: 'Only bookings in this status.' })
  @IsOptional()
  @IsEnum(BookingStatus)
  status?: BookingStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'National administrators only: bookings of this hub.',
  })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}

@ArgsType()
export class BookingsArgs extends ConnectionArgs {
  @Field(() => BookingFilter, { nullable: true, description: 'Which bookings to list.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => BookingFilter)
  filter?: BookingFilter;
}
