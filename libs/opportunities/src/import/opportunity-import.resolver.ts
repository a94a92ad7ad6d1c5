import { Args, Resolver } from '@nestjs/graphql';
import { Actor, CsvImportArgs, CurrentActor, HubCsvImportMutation } from '@chn/core';
import { BookingImportService } from './booking-import.service';
import { OpportunityImportService } from './opportunity-import.service';

@Resolver()
export class OpportunityImportResolver {
  constructor(
    private readonly opportunities: OpportunityImportService,
    private readonly bookings: BookingImportService,
  ) {}

  @HubCsvImportMutation(
    'Import the hub’s opportunities from CSV (the columns of the hub data export’s opportunities.csv), all or nothing.',
  )
  importOpportunities(@CurrentActor() actor: Actor, @Args() args: CsvImportArgs) {
    return this.opportunities.importFor(actor, args);
  }

  @HubCsvImportMutation(
    'Import the hub’s bookings from CSV (the columns of the hub data export’s bookings.csv), recorded as they were, all or nothing.',
  )
  importBookings(@CurrentActor() actor: Actor, @Args() args: CsvImportArgs) {
    return this.bookings.importFor(actor, args);
  }
}
