import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  byKey,
  CurrentActor,
  HUB_TEAM,
  LoaderRegistry,
  Loaders,
  ParseIdPipe,
  Role,
  Roles,
} from '@chn/core';
import { Institution } from '@chn/institutions';
import { SupportNeedsService } from './support-needs.service';
import { SupportNeeds, SupportNeedsInput } from './support-needs.type';

@Resolver(() => Institution)
export class SupportNeedsResolver {
  constructor(private readonly needsService: SupportNeedsService) {}

  @Roles(...HUB_TEAM, Role.CAREERS_LEADER)
  @Mutation(() => SupportNeeds, {
    description:
      'Set what an adviser should bring to an institution (hub staff or its careers leader).',
  })
  setSupportNeeds(
    @CurrentActor() actor: Actor,
    @Args('institutionId', { type: () => ID, description: 'The institution.' }, ParseIdPipe)
    institutionId: string,
    @Args('input', { description: 'The support needs; replaces what was there.' })
    input: SupportNeedsInput,
  ) {
    return this.needsService.set(actor, institutionId, input);
  }

  @ResolveField(() => SupportNeeds, {
    nullable: true,
    description: 'What an adviser should bring here; null until someone sets it.',
  })
  supportNeeds(@Parent() institution: Institution, @Loaders() loaders: LoaderRegistry) {
    return loaders
      .get<string, SupportNeeds | null>('matching.supportNeedsByInstitution', async (ids) =>
        byKey(
          ids,
          await this.needsService.findByInstitutionIds(ids),
          (needs) => needs.institutionId,
        ),
      )
      .load(institution.id);
  }
}
