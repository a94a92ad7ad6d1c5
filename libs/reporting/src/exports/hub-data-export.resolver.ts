import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Role, Roles } from '@chn/core';
import { HubDataExportService } from './hub-data-export.service';
import { HubDataExport } from './hub-data-export.types';

@Resolver()
export class HubDataExportResolver {
  constructor(private readonly exports: HubDataExportService) {}

  @Roles(Role.HUB_ADMIN)
  @Query(() => HubDataExport, {
    description:
      'All of your hub’s data (national administrators: the hub named) as one zip archive of CSVs: institutions with status, advisers, matches, employers and memberships, opportunities, bookings, Compass evaluations and FSQ.',
  })
  exportHubData(
    @CurrentActor() actor: Actor,
    @Args('hubId', {
      type: () => ID,
      nullable: true,
      description: 'The hub: a national administrator must name it; hub admins get their own.',
    })
    hubId?: string,
  ) {
    return this.exports.export(actor, hubId);
  }
}
