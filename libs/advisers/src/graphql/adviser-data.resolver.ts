import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, ParseIdPipe, Role, Roles } from '@chn/core';
import { AdviserDataService } from '../data-protection/adviser-data.service';
import { Adviser } from './adviser.type';

const adviserIdArg = { type: () => ID, description: 'Adviser id.' };

@Resolver(() => Adviser)
export class AdviserDataResolver {
  constructor(private readonly adviserData: AdviserDataService) {}

  @Roles(Role.HUB_ADMIN, Role.ADVISER)
  @Query(() => String, {
    description:
      'Everything held about an adviser, as a JSON document (record, sign-in, audit trail, matches, notifications sent to them and their email preferences): for a hub admin, or the adviser themself. Each export is recorded in the audit trail.',
  })
  exportAdviserData(
    @CurrentActor() actor: Actor,
    @Args('adviserId', adviserIdArg, ParseIdPipe) adviserId: string,
  ) {
    return this.adviserData.export(actor, adviserId);
  }

  @Roles(Role.HUB_ADMIN)
  @Mutation(() => Adviser, {
    description:
      'Erase an adviser’s personal data wherever it is held: their record, sign-in account, audit entries, events, notifications and matches’ text. The anonymous record stays, as LEFT, so history counts stay true.',
  })
  eraseAdviser(
    @CurrentActor() actor: Actor,
    @Args('adviserId', adviserIdArg, ParseIdPipe) adviserId: string,
  ) {
    return this.adviserData.erase(actor, adviserId);
  }
}
