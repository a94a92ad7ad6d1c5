import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MeaningfulCriterion } from '../../domain/opportunity.enums';
import '../../graphql/opportunity-enums.type';
import { FeedbackParty } from '../feedback-party';

registerEnumType(FeedbackParty, {
  name: 'FeedbackParty',
  description: 'Who gives feedback on a delivered encounter.',
  valuesMap: {
    CAREERS_LEADER: { description: 'The booking institution’s careers leader.' },
    EMPLOYER: { description: 'The employer offering the opportunity.' },
    PUPILS: {
      description: 'The pupils who attended: counts per question, entered by the careers leader.',
    },
  },
});

@ObjectType({ description: 'The careers leader’s feedback on a delivered encounter.' })
export class CareersLeaderFeedback {
  @Field(() => Int, { description: 'Rating, 1 (poor) to 5 (excellent).' })
  rating: number;

  @Field(() => [MeaningfulCriterion], {
    description: 'The meaningful-experience criteria the encounter met in practice.',
  })
  criteriaMet: MeaningfulCriterion[];

  @Field(() => String, {
    nullable: true,
    description: 'Comments; null when none were given or once the retention period has passed.',
  })
  comments: string | null;

  @Field(() => Date, { description: 'When it was given.' })
  submittedAt: Date;
}

@ObjectType({ description: 'The employer’s feedback on a delivered encounter.' })
export class EmployerFeedback {
  @Field(() => Int, { description: 'Rating, 1 (poor) to 5 (excellent).' })
  rating: number;

  @Field({ description: 'Whether the employer would host pupils again.' })
  wouldHostAgain: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Comments; null when none were given or once the retention period has passed.',
  })
  comments: string | null;

  @Field(() => Date, { description: 'When it was given.' })
  submittedAt: Date;
}

@ObjectType({
  description:
    'How many of the pupils who attended answered yes to each question. No pupil is named.',
})
export class PupilAnswers {
  @Field(() => Int, { description: 'Pupils who answered (at most those who attended).' })
  responded: number;

  @Field(() => Int, { description: 'Found the encounter useful.' })
  foundUseful: number;

  @Field(() => Int, { description: 'Know more about the sector.' })
  knowMoreAboutSector: number;

  @Field(() => Int, { description: 'Feel more confident about their next steps.' })
  moreConfidentAboutNextSteps: number;

  @Field(() => Int, { description: 'Would consider working in the sector.' })
  wouldConsiderSector: number;

  @Field(() => Date, { description: 'When they were entered.' })
  submittedAt: Date;
}

@ObjectType({
  description:
    'Feedback on one booking once delivered. Each side sees its own parts; the hub team sees all.',
})
export class EncounterFeedback {
  @Field(() => ID, { description: 'The booking.' })
  bookingId: string;

  @Field({
    description:
      'Whether the encounter is delivered (its last day come, attendance recorded with at least one pupil), so feedback can be given.',
  })
  delivered: boolean;

  @Field(() => Int, { nullable: true, description: 'Pupils who attended; null until recorded.' })
  attended: number | null;

  @Field(() => [MeaningfulCriterion], {
    description: 'The criteria the opportunity promised, to compare with those met.',
  })
  criteriaPromised: MeaningfulCriterion[];

  @Field(() => [FeedbackParty], { description: 'The parties whose feedback is given.' })
  given: FeedbackParty[];

  @Field(() => [FeedbackParty], {
    description: 'The parties whose feedback you may still give (none unless delivered).',
  })
  yours: FeedbackParty[];

  @Field(() => CareersLeaderFeedback, {
    nullable: true,
    description: 'The careers leader’s: for the careers leader and the hub team.',
  })
  careersLeader: CareersLeaderFeedback | null;

  @Field(() => EmployerFeedback, {
    nullable: true,
    description: 'The employer’s: for the employer and the hub team.',
  })
  employer: EmployerFeedback | null;

  @Field(() => PupilAnswers, {
    nullable: true,
    description: 'The pupils’ answers: for the careers leader and the hub team.',
  })
  pupils: PupilAnswers | null;
}
