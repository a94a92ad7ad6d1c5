import { GraphQLResolveInfo } from 'graphql';
import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Adviser, AdvisersService } from '@chn/advisers';
import {
  Actor,
  AuditEntry,
  Connection,
  CurrentActor,
  HUB_TEAM,
  listsLoader,
  LoaderRegistry,
  Loaders,
  ParseIdPipe,
  Role,
  Roles,
  selectsField,
} from '@chn/core';
import { Institution, InstitutionsService } from '@chn/institutions';
import { MatchesService } from './matches.service';
import {
  DeclineMatchArgs,
  EndMatchArgs,
  Match,
  MatchesArgs,
  ProposeMatchInput,
} from './match.type';

export const MatchConnection = Connection(Match, 'Match');
const idArg = { type: () => ID, description: 'Match id.' };
const MATCH_READERS = [...HUB_TEAM, Role.ADVISER, Role.CAREERS_LEADER];

@Resolver(() => Match)
export class MatchesResolver {
  constructor(
    private readonly matchService: MatchesService,
    private readonly advisers: AdvisersService,
    private readonly institutions: InstitutionsService,
  ) {}

  @Roles(...MATCH_READERS)
  @Query(() => MatchConnection, {
    description:
      'Matches you may see: the hub team all of the hub’s, an adviser their own, a careers leader their institution’s. Ordered by start date.',
  })
  matches(
    @CurrentActor() actor: Actor,
    @Args() args: MatchesArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.matchService.list(actor, args, { withTotal: selectsField(info, 'totalCount') });
  }

  @Roles(...MATCH_READERS)
  @Query(() => Match, { description: 'One match by id.' })
  match(@CurrentActor() actor: Actor, @Args('id', idArg, ParseIdPipe) id: string) {
    return this.matchService.get(actor, id);
  }

  @Roles(...HUB_TEAM)
  @Mutation(() => Match, { description: 'Propose an adviser to an institution (PROPOSED).' })
  proposeMatch(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The match to propose.' }) input: ProposeMatchInput,
  ) {
    return this.matchService.propose(actor, input);
  }

  @Roles(...HUB_TEAM, Role.ADVISER)
  @Mutation(() => Match, { description: 'Accept a proposed match, making it ACTIVE.' })
  acceptMatch(@CurrentActor() actor: Actor, @Args('id', idArg, ParseIdPipe) id: string) {
    return this.matchService.accept(actor, id);
  }

  @Roles(...HUB_TEAM, Role.ADVISER)
  @Mutation(() => Match, { description: 'Decline a proposed match.' })
  declineMatch(
    @CurrentActor() actor: Actor,
    @Args('id', idArg, ParseIdPipe) id: string,
    @Args() args: DeclineMatchArgs,
  ) {
    return this.matchService.decline(actor, id, args);
  }

  @Roles(...HUB_TEAM, Role.ADVISER)
  @Mutation(() => Match, { description: 'End an active match.' })
  endMatch(
    @CurrentActor() actor: Actor,
    @Args('id', idArg, ParseIdPipe) id: string,
    @Args() args: EndMatchArgs,
  ) {
    return this.matchService.end(actor, id, args);
  }

  @ResolveField(() => Adviser, { description: 'The Enterprise Adviser.' })
  adviser(@Parent() match: Match, @Loaders() loaders: LoaderRegistry) {
    return this.advisers.loader(loaders).load(match.adviserId);
  }

  @ResolveField(() => Institution, { description: 'The school or college.' })
  institution(@Parent() match: Match, @Loaders() loaders: LoaderRegistry) {
    return this.institutions.loader(loaders).load(match.institutionId);
  }

  @ResolveField(() => [AuditEntry], {
    description: 'What happened to this match, oldest first: who, when, what.',
  })
  history(@Parent() match: Match, @Loaders() loaders: LoaderRegistry) {
    return listsLoader<AuditEntry>(loaders, 'matchHistory', (ids) =>
      this.matchService.historyOf(ids),
    ).load(match.id);
  }
}
