import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a named prepared statement on TypeORM's pg pool: each connection plans it once instead of
 * on every call, which for the dashboard's large CTE queries costs as much as running them.
 * Only for read queries outside transactions.
 */
export async function preparedQuery<T>(
  db: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const pool = (db.driver as PostgresDriver).master as PgPool;
  const result = await pool.query({ name, text, values });
  return result.rows as T[];
}
