import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainError } from '../errors';
import { leanCount, leanMany } from '../database/lean-read';
import { LeanQuery } from '../database/lean-query';
import { ConnectionArgs, ConnectionShape, DEFAULT_PAGE_SIZE } from './connection';

type CursorValue = string | number | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length) {
      return values as CursorValue[];
    }
  } catch {
    // fall through
  }
  throw DomainError.validation('INVALID_CURSOR', 'The `after` cursor is not one this list gave', [
    { field: 'after', messages: ['not a cursor of this list'] },
  ]);
}

export interface KeysetOrder<T> {
  /** SQL expression of the sort key, e.g. `lower(i.name)`; it must not be null. */
  sortExpression: string;
  /** The sort key's value on a loaded row, as the SQL expression yields it. */
  sortValue: (row: T) => string | number;
  /** SQL expression of the unique tie-breaker, e.g. `i.id`. */
  idExpression: string;
  id: (row: T) => string;
}

export interface PageOptions {
  /**
   * Whether the query selects `totalCount` (`selectsField(info, 'totalCount')`): a lean query
   * then reads the count in the page's own statement. Without it, counting waits until the
   * field is resolved and takes a statement of its own.
   */
  withTotal?: boolean;
}

/**
 * Keyset (seek) pagination: stable under inserts, and as fast on page 100 as on page 1.
 * The whole filtered list is counted only when a query selects `totalCount`. Both reads run as
 * prepared statements and skip TypeORM's hydration (`leanMany`); a `LeanQuery` also skips the
 * query builder and reads the count with the page when `options.withTotal` says it is selected.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T> | LeanQuery<T>,
  args: ConnectionArgs,
  order: KeysetOrder<T>,
  options: PageOptions = {},
): Promise<ConnectionShape<T>> {
  if (query instanceof LeanQuery) return leanPage(query, args, order, options);
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const counted = query.clone();
  const page = query
    .clone()
    .orderBy(order.sortExpression, 'ASC')
    .addOrderBy(order.idExpression, 'ASC')
    .limit(first + 1);
  if (args.after) {
    const [sortValue, id] = decodeCursor(args.after, 2);
    page.andWhere(`(${order.sortExpression}, ${order.idExpression}) > (:cursorSort, :cursorId)`, {
      cursorSort: sortValue,
      cursorId: id,
    });
  }
  const rows = await leanMany(page);
  return connectionFromRows(
    rows,
    args,
    (row) => [order.sortValue(row), order.id(row)],
    () => leanCount(counted),
  );
}

async function leanPage<T extends ObjectLiteral>(
  query: LeanQuery<T>,
  args: ConnectionArgs,
  order: KeysetOrder<T>,
  options: PageOptions,
): Promise<ConnectionShape<T>> {
  const cursor = args.after ? decodeCursor(args.after, 2) : undefined;
  const { rows, total } = await query.page(
    {
      sortExpression: order.sortExpression,
      idExpression: order.idExpression,
      limit: (args.first ?? DEFAULT_PAGE_SIZE) + 1,
      after: Boolean(cursor),
      withTotal: options.withTotal,
    },
    cursor && { cursorSort: cursor[0], cursorId: cursor[1] },
  );
  return connectionFromRows(
    rows,
    args,
    (row) => [order.sortValue(row), order.id(row)],
    // The page's conditions without the cursor: LeanQuery.page adds the cursor to its own text.
    () => (total === undefined ? query.count() : Promise.resolve(total)),
  );
}

/**
 * The connection of a keyset page loaded as `first + 1` rows (the extra row only tells that
 * more follow), for lists read with raw SQL as well as with `paginate`.
 * `count` runs only when a query selects `totalCount`.
 */
export function connectionFromRows<T>(
  rows: T[],
  args: ConnectionArgs,
  cursorOf: (row: T) => CursorValue[],
  count: () => Promise<number>,
): ConnectionShape<T> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  let counted: Promise<number> | undefined;
  const hasNextPage = rows.length > first;
  const edges = rows
    .slice(0, first)
    .map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    get totalCount() {
      counted ??= count();
      return counted;
    },
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
