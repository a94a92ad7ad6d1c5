import { createHash } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a named prepared statement on TypeORM's pg pool: each connection plans it once instead of
 * on every call (TypeORM sends unnamed statements, planned again each time). Logged like
 * TypeORM's own queries. Only for read queries outside transactions.
 */
export async function preparedQuery<T>(
  db: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  db.logger.logQuery(text, values);
  const pool = (db.driver as PostgresDriver).master as PgPool;
  try {
    const result = await pool.query({ name, text, values });
    return result.rows as T[];
  } catch (error) {
    db.logger.logQueryError(error as Error, text, values);
    throw new QueryFailedError(text, values, error as Error);
  }
}

/** A prepared statement named after its text, so each distinct read is planned once per connection. */
export function preparedRead<T>(db: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const name = `r_${createHash('sha1').update(text).digest('base64url')}`;
  return preparedQuery<T>(db, name, text, values);
}
