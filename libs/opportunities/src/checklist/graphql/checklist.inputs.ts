import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsNotBlank } from '@chn/core';
import { ChecklistItem } from '../checklist-items';
import './checklist.types';

@InputType({
  description:
    'One checklist item done, with what it records: consentCount for PARENTAL_CONSENT, travelArrangements for TRAVEL_ARRANGED, supervisorName and supervisorRole for SUPERVISOR_NAMED.',
})
export class CompleteChecklistItemInput {
  @Field(() => ID, { description: 'Booking id (REQUESTED or CONFIRMED).' })
  @IsUUID()
  bookingId: string;

  @Field(() => ChecklistItem, { description: 'The item done: it must be your side’s.' })
  @IsEnum(ChecklistItem)
  item: ChecklistItem;

  @Field(() => Int, {
    nullable: true,
    description: 'Pupils whose parental consent the school holds: the places booked. No names.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  consentCount?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'How the pupils travel, e.g. "Minibus from school, arriving 09:00". No names.',
  })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(500)
  travelArrangements?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The workplace supervisor: an adult employee of the employer.',
  })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  supervisorName?: string | null;

  @Field(() => String, { nullable: true, description: 'The supervisor’s job title.' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  supervisorRole?: string | null;
}
