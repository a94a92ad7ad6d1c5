import { Driver, ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { preparedRead } from './prepared-query';

interface ColumnReader {
  key: string;
  property: string;
  column: ColumnMetadata;
}

const readers = new WeakMap<EntityMetadata, Map<string, ColumnReader[]>>();

/** The result keys (`<alias>_<column>`) TypeORM gives the main alias's columns, made once. */
function columnReaders(driver: Driver, metadata: EntityMetadata, alias: string): ColumnReader[] {
  let byAlias = readers.get(metadata);
  if (!byAlias) readers.set(metadata, (byAlias = new Map()));
  let list = byAlias.get(alias);
  if (!list) {
    list = metadata.columns
      .filter(
        (column) => !column.isVirtual && !column.isVirtualProperty && !column.embeddedMetadata,
      )
      .map((column) => ({
        key: DriverUtils.buildAlias(driver, undefined, alias, column.databaseName),
        property: column.propertyName,
        column,
      }));
    byAlias.set(alias, list);
  }
  return list;
}

/**
 * The rows of a list or batch read, as `getMany()` gives them but without TypeORM's hydration
 * (most of a page's CPU): the query runs as a named prepared statement and each selected column
 * of the main alias is converted as TypeORM converts it (dates, enums, transformers). Queries
 * with joins (TypeORM merges the rows a join repeats) or inside a transaction use `getMany()`.
 */
export async function leanMany<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
): Promise<T[]> {
  const map = query.expressionMap;
  // A builder made by a transaction's manager carries that transaction's runner (not public API).
  const runner = (query as unknown as { queryRunner?: QueryRunner }).queryRunner;
  const inTransaction = runner?.isTransactionActive ?? false;
  if (inTransaction || !map.mainAlias?.hasMetadata || map.joinAttributes.length > 0) {
    return query.getMany();
  }
  const alias = map.mainAlias;
  const metadata = alias.metadata;
  const driver = query.connection.driver;
  const [text, values] = query.getQueryAndParameters();
  const rows = await preparedRead<Record<string, unknown>>(query.connection, text, values);
  const list = columnReaders(driver, metadata, alias.name);
  const prototype = (metadata.target as { prototype: object }).prototype;
  return rows.map((row) => {
    const entity = Object.create(prototype) as Record<string, unknown>;
    for (const { key, property, column } of list) {
      if (key in row) entity[property] = driver.prepareHydratedValue(row[key], column);
    }
    return entity as T;
  });
}

/** How many rows `query` matches, as `getCount()` tells; a prepared statement when it has no joins. */
export async function leanCount<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
): Promise<number> {
  if (query.expressionMap.joinAttributes.length > 0) return query.getCount();
  const [text, values] = query
    .clone()
    .select('count(*)::int', 'count')
    .orderBy()
    .offset(undefined)
    .limit(undefined)
    .getQueryAndParameters();
  const [row] = await preparedRead<{ count: number }>(query.connection, text, values);
  return row.count;
}
