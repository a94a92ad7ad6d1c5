import type { Filterable } from '../database/lean-query';

export interface HubCondition {
  sql: string;
  parameters: Record<string, string | string[]>;
}

/**
 * The SQL condition keeping `column` to `hubs`, with a parameter named after the column (so two
 * aliases of one query never share it). One hub is written `= :p`, several `= ANY(:p)`: with a
 * single value PostgreSQL walks an index that starts with hub_id, e.g. `(hub_id, starts_on, id)`,
 * in the page's order and stops at the limit; with `= ANY` it reads the whole hub and sorts.
 */
export function hubCondition(column: string, hubs: readonly string[]): HubCondition {
  const name = `${column.replace(/\W/g, '_')}_hubs`;
  return hubs.length === 1
    ? { sql: `${column} = :${name}`, parameters: { [name]: hubs[0] } }
    : { sql: `${column} = ANY(:${name})`, parameters: { [name]: [...hubs] } };
}

/**
 * Narrows `query` to rows of `hubs`, as `readableHubs` returns them (`null`: every hub, so no
 * condition). The one way list reads filter on a hub.
 */
export function whereInHubs<Q extends Filterable>(
  query: Q,
  column: string,
  hubs: readonly string[] | null,
): Q {
  if (!hubs) return query;
  const { sql, parameters } = hubCondition(column, hubs);
  query.andWhere(sql, parameters);
  return query;
}
