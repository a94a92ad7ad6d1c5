import { Field, ObjectType } from '@nestjs/graphql';
import { toCsv } from './csv-write';

/** A column of an import's CSV and what it holds. */
export type CsvColumnDoc = readonly [name: string, description: string];

@ObjectType({ description: 'A column of an import’s CSV and what it holds.' })
export class CsvTemplateColumn {
  @Field({ description: 'The column’s header name.' })
  name: string;

  @Field({ description: 'What the column holds.' })
  description: string;
}

@ObjectType({ description: 'The template of an import: its header row and each column explained.' })
export class CsvImportTemplate {
  @Field({ description: 'The file name to save the template under.' })
  fileName: string;

  @Field({ description: 'The CSV text: the header row, in the order the columns are listed.' })
  csv: string;

  @Field(() => [CsvTemplateColumn], { description: 'Each column, with what it holds.' })
  columns: CsvTemplateColumn[];
}

/** The template of an import with these columns. */
export function csvImportTemplate(
  fileName: string,
  columns: readonly CsvColumnDoc[],
): CsvImportTemplate {
  return {
    fileName,
    csv: toCsv([columns.map(([name]) => name)]),
    columns: columns.map(([name, description]) => ({ name, description })),
  };
}
