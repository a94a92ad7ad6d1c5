import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** The dry run switch every import takes. */
@ArgsType()
export class DryRunArgs {
  @Field({
    defaultValue: false,
    description:
      'Report what the import would do (created, updated, unchanged, refused) without writing.',
  })
  @IsBoolean()
  dryRun: boolean;
}

/** The arguments every all-or-nothing CSV import takes. */
@ArgsType()
export class CsvImportArgs extends DryRunArgs {
  @Field({ description: 'CSV text, as Excel saves it (the template names the columns).' })
  @IsString()
  @MaxLength(20_000_000)
  csv: string;

  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}
