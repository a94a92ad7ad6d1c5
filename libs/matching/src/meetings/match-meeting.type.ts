import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';

@ObjectType('MatchMeeting', {
  description: 'A meeting the adviser held with the careers leader on a 1-2-1 match.',
})
export class MatchMeeting {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'The match.' })
  matchId: string;

  @Field({ description: 'Day of the meeting (YYYY-MM-DD).' })
  metOn: string;

  @Field(() => [Int], { description: 'Gatsby Benchmarks worked on (1-8), ascending.' })
  benchmarks: number[];

  @Field(() => String, {
    nullable: true,
    description: 'The adviser’s short note; cleared once kept for MEETING_NOTE_RETENTION_DAYS.',
  })
  note: string | null;

  @Field({ description: 'When the meeting was logged.' })
  createdAt: Date;
}

@InputType({ description: 'A meeting to log on one of your 1-2-1 matches.' })
export class LogMatchMeetingInput {
  @Field(() => ID, { description: 'Your 1-2-1 match, ACTIVE or ENDED.' })
  @IsUUID()
  matchId: string;

  @Field({ description: 'Day of the meeting (YYYY-MM-DD): within the match, not after today.' })
  @IsDateString({ strict: true }, { message: 'metOn must be a date YYYY-MM-DD' })
  metOn: string;

  @Field(() => [Int], { description: 'Gatsby Benchmarks worked on: at least one of 1 to 8.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @IsInt({ each: true })
  benchmarks: number[];

  @Field(() => String, {
    nullable: true,
    description: 'A short note (up to 1,000 characters); never pupils’ names.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}
