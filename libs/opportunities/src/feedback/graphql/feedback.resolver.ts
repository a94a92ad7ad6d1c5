import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, HUB_TEAM, ParseIdPipe, Role, Roles } from '@chn/core';
import { EncounterFeedbackService } from '../encounter-feedback.service';
import { SubmitEncounterFeedbackInput } from './feedback.inputs';
import { EncounterFeedback } from './feedback.types';

@Resolver(() => EncounterFeedback)
export class EncounterFeedbackResolver {
  constructor(private readonly feedback: EncounterFeedbackService) {}

  @Roles(...HUB_TEAM, Role.EMPLOYER, Role.CAREERS_LEADER)
  @Query(() => EncounterFeedback, {
    description:
      'Feedback on a booking: the careers leader of its institution reads the school’s and the pupils’, the employer offering it its own, the hub team all.',
  })
  encounterFeedback(
    @CurrentActor() actor: Actor,
    @Args('bookingId', { type: () => ID, description: 'Booking id.' }, ParseIdPipe)
    bookingId: string,
  ) {
    return this.feedback.get(actor, bookingId);
  }

  @Roles(Role.EMPLOYER, Role.CAREERS_LEADER)
  @Mutation(() => EncounterFeedback, {
    description:
      'Give one party’s feedback on a delivered booking, once: the careers leader gives CAREERS_LEADER (rating, criteria met) and PUPILS (counts per question), the employer EMPLOYER (rating, would host again).',
  })
  submitEncounterFeedback(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The party and its answers.' })
    input: SubmitEncounterFeedbackInput,
  ) {
    return this.feedback.submit(actor, input);
  }
}
