import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';

/**
 * The DataLoaders of one request, created on first use and dropped with the request,
 * so field resolvers batch their lookups and never cache across users.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders batch results by key, with null for a missing row, as DataLoader requires. */
export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? null);
}

/** The request's LoaderRegistry, in a resolver. */
export const Loaders = createParamDecorator(
  (_: unknown, context: ExecutionContext): LoaderRegistry => {
    return GqlExecutionContext.create(context).getContext<{ loaders: LoaderRegistry }>().loaders;
  },
);

/**
 * The request's one loader of `name` that fetches rows by id, so every field resolver that
 * needs the same kind of row shares one batch and one cache.
 */
export function byIdLoader<T extends { id: string }>(
  loaders: LoaderRegistry,
  name: string,
  find: (ids: readonly string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  return loaders.get<string, T | null>(name, async (ids) =>
    byKey(ids, await find(ids), (row) => row.id),
  );
}

/**
 * The request's one loader of `name` that fetches a list of rows for each id (an empty one for an
 * id `find` leaves out), e.g. each programme's sessions.
 */
export function listsLoader<T>(
  loaders: LoaderRegistry,
  name: string,
  find: (ids: readonly string[]) => Promise<Map<string, T[]>>,
): DataLoader<string, T[]> {
  return loaders.get<string, T[]>(name, async (ids) => {
    const lists = await find(ids);
    return ids.map((id) => lists.get(id) ?? []);
  });
}
