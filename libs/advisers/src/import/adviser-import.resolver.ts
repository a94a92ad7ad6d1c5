import { Args, ArgsType, Field, Resolver } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { Actor, CsvImportArgs, CurrentActor, HubCsvImportMutation } from '@chn/core';
import { AdviserImportService } from './adviser-import.service';
import { UnknownEmployers } from './unknown-employers.enum';

@ArgsType()
export class ImportAdvisersArgs extends CsvImportArgs {
  @Field(() => UnknownEmployers, {
    defaultValue: UnknownEmployers.REFUSE,
    description: 'An employer the hub does not hold: refuse the row, or add it as an applicant.',
  })
  @IsEnum(UnknownEmployers)
  unknownEmployers: UnknownEmployers;
}

@Resolver()
export class AdviserImportResolver {
  constructor(private readonly importer: AdviserImportService) {}

  @HubCsvImportMutation(
    'Import advisers from CSV (name, email, employer, sectors, local_authorities, dbs_checked_on, induction_completed_on, max_one_to_one, max_agile, status, left_on), upserting by email, all or nothing.',
  )
  importAdvisers(@CurrentActor() actor: Actor, @Args() args: ImportAdvisersArgs) {
    return this.importer.importFor(actor, args);
  }
}
