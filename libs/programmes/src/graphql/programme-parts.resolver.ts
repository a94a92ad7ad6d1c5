import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, LoaderRegistry, Loaders } from '@chn/core';
import { Institution, InstitutionsService } from '@chn/institutions';
import { OpportunitiesService, Opportunity } from '@chn/opportunities';
import { fromYearArray } from '../year-group-counts';
import { ProgrammeParticipant, ProgrammeSession, YearGroupCountType } from './programme.types';

@Resolver(() => ProgrammeParticipant)
export class ProgrammeParticipantResolver {
  constructor(private readonly institutions: InstitutionsService) {}

  @ResolveField(() => Institution, { description: 'The participating institution.' })
  institution(@Parent() participant: ProgrammeParticipant, @Loaders() loaders: LoaderRegistry) {
    return this.institutions.loader(loaders).load(participant.institutionId);
  }

  @ResolveField(() => [YearGroupCountType], {
    description: 'Pupils taking part by year group (year groups with none left out).',
  })
  cohort(@Parent() participant: ProgrammeParticipant): YearGroupCountType[] {
    return fromYearArray(participant.cohortByYear);
  }
}

@Resolver(() => ProgrammeSession)
export class ProgrammeSessionResolver {
  constructor(
    private readonly institutions: InstitutionsService,
    private readonly opportunities: OpportunitiesService,
  ) {}

  @ResolveField(() => Institution, { description: 'The institution it reached.' })
  institution(@Parent() session: ProgrammeSession, @Loaders() loaders: LoaderRegistry) {
    return this.institutions.loader(loaders).load(session.institutionId);
  }

  @ResolveField(() => [YearGroupCountType], {
    description: 'Pupils reached by year group (year groups with none left out).',
  })
  reached(@Parent() session: ProgrammeSession): YearGroupCountType[] {
    return fromYearArray(session.reachedByYear);
  }

  @ResolveField(() => Opportunity, {
    nullable: true,
    description: 'The opportunity it was delivered through, when there is one you may see.',
  })
  async opportunity(
    @Parent() session: ProgrammeSession,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: LoaderRegistry,
  ) {
    if (!session.opportunityId) return null;
    return loaders
      .get<string, Opportunity | null>('programmes.sessionOpportunities', async (ids) => {
        const found = await this.opportunities.findVisibleByIds(actor, ids);
        return ids.map((id) => found.find((o) => o.id === id) ?? null);
      })
      .load(session.opportunityId);
  }
}
