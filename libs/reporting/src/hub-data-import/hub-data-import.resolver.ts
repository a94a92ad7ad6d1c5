import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Role, Roles } from '@chn/core';
import { HubDataImportService } from './hub-data-import.service';
import { HubDataImportReport, ImportHubDataArgs } from './hub-data-import.types';

@Resolver()
export class HubDataImportResolver {
  constructor(private readonly importer: HubDataImportService) {}

  @Roles(Role.HUB_ADMIN)
  @Mutation(() => HubDataImportReport, {
    description:
      'Import a hub data archive (as exportHubData gives it) into your hub (national administrators: the hub named): institutions, employers and memberships, advisers, matches, opportunities, bookings, Compass evaluations and FSQ, in one transaction, all or nothing.',
  })
  importHubData(@CurrentActor() actor: Actor, @Args() args: ImportHubDataArgs) {
    return this.importer.import(actor, args);
  }
}
