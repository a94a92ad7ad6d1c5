import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
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
import { IsNotBlank } from '@chn/core';
import { MeaningfulCriterion } from '../../domain/opportunity.enums';
import { FeedbackParty } from '../feedback-party';
import './feedback.types';

@InputType({ description: 'How many pupils answered yes to each question: counts, never names.' })
export class PupilAnswersInput {
  @Field(() => Int, { description: 'Pupils who answered: at most those who attended.' })
  @IsInt()
  @Min(1)
  @Max(10000)
  responded: number;

  @Field(() => Int, { description: 'Found the encounter useful.' })
  @IsInt()
  @Min(0)
  @Max(10000)
  foundUseful: number;

  @Field(() => Int, { description: 'Know more about the sector.' })
  @IsInt()
  @Min(0)
  @Max(10000)
  knowMoreAboutSector: number;

  @Field(() => Int, { description: 'Feel more confident about their next steps.' })
  @IsInt()
  @Min(0)
  @Max(10000)
  moreConfidentAboutNextSteps: number;

  @Field(() => Int, { description: 'Would consider working in the sector.' })
  @IsInt()
  @Min(0)
  @Max(10000)
  wouldConsiderSector: number;
}

@InputType({
  description:
    'One party’s feedback on a delivered booking: CAREERS_LEADER gives rating and criteriaMet, EMPLOYER rating and wouldHostAgain (both may add comments), PUPILS the pupils’ answers as counts.',
})
export class SubmitEncounterFeedbackInput {
  @Field(() => ID, { description: 'The booking, delivered.' })
  @IsUUID()
  bookingId: string;

  @Field(() => FeedbackParty, {
    description:
      'Whose feedback: the careers leader gives CAREERS_LEADER and PUPILS, the employer EMPLOYER.',
  })
  @IsEnum(FeedbackParty)
  party: FeedbackParty;

  @Field(() => Int, { nullable: true, description: 'Rating, 1 (poor) to 5 (excellent).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  rating?: number | null;

  @Field(() => [MeaningfulCriterion], {
    nullable: true,
    description: 'The criteria met in practice (may be empty).',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(MeaningfulCriterion, { each: true })
  criteriaMet?: MeaningfulCriterion[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the employer would host again.' })
  @IsOptional()
  @IsBoolean()
  wouldHostAgain?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Comments (no pupil’s name); cleared after the retention period.',
  })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(2000)
  comments?: string | null;

  @Field(() => PupilAnswersInput, { nullable: true, description: 'The pupils’ answers (PUPILS).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PupilAnswersInput)
  pupils?: PupilAnswersInput | null;
}
