import { Args, Resolver } from '@nestjs/graphql';
import { Actor, CsvImportArgs, CurrentActor, HubCsvImportMutation } from '@chn/core';
import { MatchImportService } from './match-import.service';

@Resolver()
export class MatchImportResolver {
  constructor(private readonly importer: MatchImportService) {}

  @HubCsvImportMutation(
    'Import match history from CSV (adviser_email, urn, type, starts_on, ends_on, ended_on, status, focus), recorded as it was whatever the adviser’s status today, all or nothing.',
  )
  importMatches(@CurrentActor() actor: Actor, @Args() args: CsvImportArgs) {
    return this.importer.importFor(actor, args);
  }
}
