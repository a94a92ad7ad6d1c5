import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DryRunArgs, ImportCounts, ImportRefusal } from '@chn/core';

@ArgsType()
export class ImportHubDataArgs extends DryRunArgs {
  @Field({ description: 'The zip archive exportHubData gives, base64-encoded.' })
  @IsString()
  @MaxLength(70_000_000)
  zipBase64: string;

  @Field(() => ID, { nullable: true, description: 'National administrators only: the hub.' })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}

@ObjectType({ description: 'What importing one file of a hub data archive does, or would do.' })
export class HubDataFileReport extends ImportCounts {
  @Field({ description: 'The file’s name in the archive, e.g. advisers.csv.' })
  file: string;

  @Field(() => [ImportRefusal], { description: 'Each refused row, with its line and why.' })
  refused: ImportRefusal[];
}

@ObjectType({
  description:
    'What importing a hub data archive did, or in a dry run would do, file by file in the order imported. A refusal anywhere changes nothing.',
})
export class HubDataImportReport {
  @Field({ description: 'True when nothing was written.' })
  dryRun: boolean;

  @Field(() => [HubDataFileReport], { description: 'Each file of the archive, in import order.' })
  files: HubDataFileReport[];
}
