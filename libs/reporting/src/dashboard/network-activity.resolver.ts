import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { HubEventActivity } from '@chn/events';
import { NetworkActivityService } from './network-activity.service';
import { NetworkActivity, ProgrammeReach } from './network-activity.types';

/** The network-activity section's parts, each computed only when asked for. */
@Resolver(() => NetworkActivity)
export class NetworkActivityResolver {
  constructor(private readonly activity: NetworkActivityService) {}

  @ResolveField(() => ProgrammeReach, {
    description:
      'Pupils the hub’s programmes reached in the year, by programme, sector and key stage.',
  })
  programmes(@Parent() section: NetworkActivity) {
    return this.activity.programmeReach(section.hubId, section.academicYear);
  }

  @ResolveField(() => HubEventActivity, {
    description:
      'The hub’s events held in the year: by kind, registrations, attendance, parents and carers and advisers reached.',
  })
  events(@Parent() section: NetworkActivity) {
    return this.activity.events(section.hubId, section.academicYear);
  }
}
