import { Args, Query, Resolver } from '@nestjs/graphql';
import { CsvImportTemplate, HUB_TEAM, Roles } from '@chn/core';
import { CsvImportKind, importTemplate } from './import-templates';

@Resolver()
export class ImportTemplatesResolver {
  @Roles(...HUB_TEAM)
  @Query(() => CsvImportTemplate, {
    description: 'The template CSV of an import, with each column explained (hub team).',
  })
  csvImportTemplate(
    @Args('kind', { type: () => CsvImportKind, description: 'The import.' }) kind: CsvImportKind,
  ): CsvImportTemplate {
    return importTemplate(kind);
  }
}
