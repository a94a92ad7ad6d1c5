import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BookingStatus } from '../domain/opportunity.enums';
import './opportunity-enums.type';

@ObjectType('Booking', {
  description:
    'An institution’s request for places on an opportunity. Counts only: no pupil is named.',
})
export class Booking {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'Hub the booking belongs to.' })
  hubId: string;

  @Field(() => ID, { description: 'The opportunity booked.' })
  opportunityId: string;

  @Field(() => ID, { description: 'The institution booking.' })
  institutionId: string;

  @Field(() => Int, { description: 'Places asked for.' })
  places: number;

  @Field(() => Int, { description: 'Of those, places for pupils eligible for free school meals.' })
  fsmPlaces: number;

  @Field(() => Int, { description: 'Year group of the pupils (7 to 13).' })
  yearGroup: number;

  @Field(() => BookingStatus, { description: 'Where the booking is.' })
  status: BookingStatus;

  @Field(() => String, { nullable: true, description: 'Why it was declined or cancelled.' })
  statusReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was confirmed.' })
  confirmedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When a place from the waiting list was offered to it.',
  })
  placeOfferedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Pupils who attended, once recorded.' })
  attended: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Of those, pupils eligible for free school meals, once recorded.',
  })
  fsmAttended: number | null;

  @Field(() => String, { nullable: true, description: 'The employer’s feedback to the pupils.' })
  employerFeedback: string | null;

  @Field(() => Date, { nullable: true, description: 'When attendance was recorded.' })
  attendanceRecordedAt: Date | null;

  @Field({ description: 'When the places were requested.' })
  createdAt: Date;

  @Field({ description: 'When the booking last changed.' })
  updatedAt: Date;
}
