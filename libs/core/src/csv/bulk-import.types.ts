import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** What an import does (or, in a dry run, would do) with one row. */
export enum ImportAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  /** Read but not imported, and not a refusal either (e.g. a closed establishment): see `reason`. */
  SKIPPED = 'SKIPPED',
}
registerEnumType(ImportAction, {
  name: 'ImportAction',
  description: 'What an import does with a row.',
});

@ObjectType({ description: 'One row of an import and what it does.' })
export class ImportRowOutcome {
  @Field(() => Int, { description: 'The line the row starts on in the file.' })
  line: number;

  @Field({ description: 'What identifies the row, e.g. an email or URN.' })
  key: string;

  @Field(() => ImportAction, { description: 'What the import does with the row.' })
  action: ImportAction;

  @Field(() => String, {
    nullable: true,
    description: 'Fields that change, comma-separated (UPDATED rows).',
  })
  changes?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the row is skipped (SKIPPED rows).',
  })
  reason?: string | null;
}

@ObjectType({ description: 'A row refused, with its line and why.' })
export class ImportRefusal {
  @Field(() => Int, { description: 'The line the row starts on in the file.' })
  line: number;

  @Field({ description: 'Why the row is refused.' })
  reason: string;
}

/** How many rows an import reads, and what it does with them. */
@ObjectType({ isAbstract: true })
export class ImportCounts {
  @Field(() => Int, { description: 'Rows read, refused ones included.' })
  rows: number;

  @Field(() => Int, { description: 'Rows that add a record.' })
  created: number;

  @Field(() => Int, { description: 'Rows that change a record held.' })
  updated: number;

  @Field(() => Int, { description: 'Rows equal to what is held.' })
  unchanged: number;
}

@ObjectType({
  description:
    'What an all-or-nothing import did, or in a dry run would do: a refused file changes nothing and (outside a dry run) is answered with an error listing each line.',
})
export class BulkImportReport extends ImportCounts {
  @Field({ description: 'True when nothing was written.' })
  dryRun: boolean;

  @Field(() => Int, {
    description:
      'Rows read but not imported, each with its reason among the outcomes (e.g. closed establishments); they do not refuse the file.',
  })
  skipped: number;

  @Field(() => [ImportRowOutcome], {
    description: 'Each row not refused (skipped ones included), in file order.',
  })
  outcomes: ImportRowOutcome[];

  @Field(() => [ImportRefusal], {
    description: 'Each refused row (only a dry run answers with refusals).',
  })
  refused: ImportRefusal[];
}

/** The report of accepted rows' outcomes. */
export function bulkImportReport(
  dryRun: boolean,
  outcomes: ImportRowOutcome[],
  refused: ImportRefusal[] = [],
): BulkImportReport {
  const count = (action: ImportAction) => outcomes.filter((o) => o.action === action).length;
  return {
    dryRun,
    rows: outcomes.length + refused.length,
    created: count(ImportAction.CREATED),
    updated: count(ImportAction.UPDATED),
    unchanged: count(ImportAction.UNCHANGED),
    skipped: count(ImportAction.SKIPPED),
    outcomes,
    refused,
  };
}
