import { DataSource } from 'typeorm';

export interface DatabaseHit {
  table: string;
  column: string;
  value: string;
  rows: number;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
const likePattern = (value: string) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Where any of the values appears (case-insensitive), searching every text, JSON and array
 * column of every table in the database: proof that something is held nowhere.
 */
export async function findInDatabase(
  db: DataSource,
  values: readonly string[],
): Promise<DatabaseHit[]> {
  const columns = (await db.query(
    `SELECT c.table_name, c.column_name
       FROM information_schema.columns c
       JOIN information_schema.tables t
         ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
        AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
      ORDER BY c.table_name, c.ordinal_position`,
  )) as { table_name: string; column_name: string }[];
  const hits: DatabaseHit[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    for (const value of values) {
      const [{ rows }] = (await db.query(
        `SELECT count(*)::int AS rows FROM ${quote(table)} WHERE ${quote(column)}::text ILIKE $1`,
        [likePattern(value)],
      )) as { rows: number }[];
      if (rows > 0) hits.push({ table, column, value, rows });
    }
  }
  return hits;
}
