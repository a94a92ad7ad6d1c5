import { GraphqlClient } from './graphql-client';

/** A `BulkImportReport` as the API answers it. */
export interface BulkImportView {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  outcomes: { line: number; key: string; action: string; changes: string | null }[];
  refused: { line: number; reason: string }[];
}

/** Every field of a `BulkImportReport`, to select in a mutation. */
export const BULK_IMPORT_FIELDS =
  'dryRun rows created updated unchanged outcomes { line key action changes } refused { line reason }';

/**
 * The messages of an import's refusal, after checking it is `BAD_USER_INPUT` with `reason`:
 * one `line N: …` per problem.
 */
export async function importRefusal(
  client: GraphqlClient,
  mutation: string,
  variables: Record<string, unknown>,
  reason: string,
): Promise<string[]> {
  const res = await client.request(mutation, variables);
  const extensions = res.errors?.[0]?.extensions;
  if (extensions?.code !== 'BAD_USER_INPUT' || extensions.reason !== reason) {
    throw new Error(`Expected a ${reason} refusal, got ${JSON.stringify(res)}`);
  }
  return (extensions.fields as { messages: string[] }[])[0].messages;
}
