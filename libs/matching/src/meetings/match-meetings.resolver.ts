import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  CurrentActor,
  HUB_TEAM,
  listsLoader,
  LoaderRegistry,
  Loaders,
  ParseIdPipe,
  Role,
  Roles,
} from '@chn/core';
import { Match } from '../matches/match.type';
import { LogMatchMeetingInput, MatchMeeting } from './match-meeting.type';
import { MatchMeetingsService } from './match-meetings.service';

@Resolver(() => Match)
export class MatchMeetingsResolver {
  constructor(private readonly meetingService: MatchMeetingsService) {}

  @Roles(...HUB_TEAM, Role.ADVISER, Role.CAREERS_LEADER)
  @Query(() => [MatchMeeting], {
    description:
      'Meetings logged on a 1-2-1 match, latest first: for its adviser, the institution’s careers leader and the hub team.',
  })
  matchMeetings(
    @CurrentActor() actor: Actor,
    @Args('matchId', { type: () => ID, description: 'The match.' }, ParseIdPipe) matchId: string,
  ) {
    return this.meetingService.list(actor, matchId);
  }

  @Roles(Role.ADVISER)
  @Mutation(() => MatchMeeting, {
    description:
      'The adviser logs a meeting on their 1-2-1 match: the day and the Gatsby Benchmarks worked on. A meeting this academic year keeps the match off the "no activity" review.',
  })
  logMatchMeeting(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The meeting.' }) input: LogMatchMeetingInput,
  ) {
    return this.meetingService.log(actor, input);
  }

  @ResolveField(() => [MatchMeeting], {
    description: 'Meetings the adviser logged on this match, latest first.',
  })
  meetings(@Parent() match: Match, @Loaders() loaders: LoaderRegistry) {
    return listsLoader<MatchMeeting>(loaders, 'matchMeetings', (ids) =>
      this.meetingService.ofMatches(ids),
    ).load(match.id);
  }
}
