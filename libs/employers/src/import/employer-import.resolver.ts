import { Args, Resolver } from '@nestjs/graphql';
import { Actor, CsvImportArgs, CurrentActor, HubCsvImportMutation } from '@chn/core';
import { EmployerImportService } from './employer-import.service';

@Resolver()
export class EmployerImportResolver {
  constructor(private readonly importer: EmployerImportService) {}

  @HubCsvImportMutation(
    'Import employers and their memberships of the network from CSV (the columns of the hub data export’s employers.csv), all or nothing.',
  )
  importEmployers(@CurrentActor() actor: Actor, @Args() args: CsvImportArgs) {
    return this.importer.importFor(actor, args);
  }
}
