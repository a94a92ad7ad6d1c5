import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'All of a hub’s data as a zip archive of CSVs, in the columns the imports read where there is one.',
})
export class HubDataExport {
  @Field({ description: 'The file name to save the archive under.' })
  fileName: string;

  @Field({ description: 'The zip archive, base64-encoded.' })
  zipBase64: string;
}
