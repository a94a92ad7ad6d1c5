import { DataSource, ObjectLiteral, Repository } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { preparedQuery } from './prepared-query';

/** What the access-rule helpers (`whereInHubs`, visibility rules) need of a query. */
export interface Filterable {
  andWhere(condition: string, parameters?: ObjectLiteral): unknown;
}

interface ColumnReader {
  property: string;
  column: ColumnMetadata;
  /** The value pg gives is the entity's value: no conversion. */
  verbatim: boolean;
}

/** A table's select list and row mapping for one alias, made once. */
interface LeanTable {
  from: string;
  selectList: string;
  readers: ColumnReader[];
  prototype: object;
  /** Quotes `alias.column` (or `alias.property`) references, as TypeORM does. */
  quote: (sql: string) => string;
}

interface Statement {
  name: string;
  text: string;
  /** The named parameters in the order of their positional `$n`. */
  names: string[];
}

/** A page read: its order, its limit, and whether the whole list's count comes with it. */
export interface LeanPage {
  sortExpression: string;
  idExpression: string;
  limit: number;
  /** A keyset condition on the sort and id, with `:cursorSort` and `:cursorId` parameters. */
  after?: boolean;
  withTotal?: boolean;
}

export interface LeanRows<T> {
  rows: T[];
  /** The count of every row the conditions match, when asked for with the page. */
  total?: number;
}

const tables = new WeakMap<EntityMetadata, Map<string, LeanTable>>();
const statements = new Map<string, Statement>();
/** Distinct statements are few (one per filter combination); a cap guards against a leak. */
const MAX_STATEMENTS = 2000;
const TOTAL = '__total';
/**
 * Column types whose values pg already gives as TypeORM would hydrate them (its
 * `prepareHydratedValue` returns them unchanged when there is no transformer): those skip it.
 */
const VERBATIM_TYPES = new Set<unknown>([
  'uuid',
  'text',
  'varchar',
  'character varying',
  'citext',
  'int',
  'integer',
  'int4',
  'smallint',
  'jsonb',
  String,
]);

function leanTable(db: DataSource, metadata: EntityMetadata, alias: string): LeanTable {
  let byAlias = tables.get(metadata);
  if (!byAlias) tables.set(metadata, (byAlias = new Map()));
  let table = byAlias.get(alias);
  if (!table) {
    const escape = (name: string) => db.driver.escape(name);
    const readers = metadata.columns
      .filter((c) => !c.isVirtual && !c.isVirtualProperty && !c.embeddedMetadata)
      .map((column) => ({
        property: column.propertyName,
        column,
        verbatim: !column.transformer && VERBATIM_TYPES.has(column.type),
      }));
    table = {
      from: `${escape(metadata.tablePath)} ${escape(alias)}`,
      selectList: readers
        .map((r) => `${escape(alias)}.${escape(r.column.databaseName)} AS ${escape(r.property)}`)
        .join(', '),
      readers,
      prototype: (metadata.target as { prototype: object }).prototype,
      quote: columnQuoter(metadata, alias, escape),
    };
    byAlias.set(alias, table);
  }
  return table;
}

/**
 * TypeORM's rewriting of `alias.name` into `"alias"."column"` for the main alias (its
 * `replacePropertyNamesForTheWholeQuery`), so a lean read sends the text the builder sent.
 */
function columnQuoter(
  metadata: EntityMetadata,
  alias: string,
  escape: (name: string) => string,
): (sql: string) => string {
  const columns = new Map<string, string>();
  for (const c of metadata.columns) columns.set(c.databaseName, c.databaseName);
  for (const c of metadata.columns) columns.set(c.propertyName, c.databaseName);
  for (const c of metadata.columns) columns.set(c.propertyPath, c.databaseName);
  const prefix = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`([ =(]|^.{0})${prefix}\\.([^ =(),]+)(?=[ =),]|.{0}$)`, 'gm');
  return (sql) =>
    sql.replace(pattern, (match, pre: string, name: string) => {
      const column = columns.get(name);
      return column ? `${pre}${escape(alias)}.${escape(column)}` : match;
    });
}

/** Statement names are never reused, so a connection never meets one name with two texts. */
let statementCount = 0;

/** TypeORM's `:name` parameters made positional, once per statement text. */
function compile(key: string, named: () => string, parameters: ObjectLiteral): Statement {
  const known = statements.get(key);
  if (known) return known;
  const names: string[] = [];
  const text = named().replace(/:(\.\.\.)?([A-Za-z0-9_.]+)/g, (full, spread, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(parameters, name)) return full;
    if (spread) throw new Error(`lean queries take arrays as one parameter, not :...${name}`);
    let index = names.indexOf(name);
    if (index < 0) index = names.push(name) - 1;
    return `$${index + 1}`;
  });
  if (statements.size >= MAX_STATEMENTS) statements.clear();
  const statement = { name: `lean_${++statementCount}`, text, names };
  statements.set(key, statement);
  return statement;
}

/**
 * A read of one table without TypeORM's query builder: conditions are added as with
 * `andWhere` (same `:name` parameters, so the access-rule helpers serve both), the SQL text is
 * built once per combination of conditions and run as a named prepared statement, and rows map
 * straight to entity objects (converted as TypeORM converts them). Only for reads outside
 * transactions; conditions must name columns (`i.hub_id`), not entity properties.
 */
export class LeanQuery<T extends ObjectLiteral> implements Filterable {
  private readonly conditions: string[] = [];
  private readonly parameters: ObjectLiteral = {};
  private readonly table: LeanTable;

  constructor(
    private readonly db: DataSource,
    metadata: EntityMetadata,
    private readonly alias: string,
  ) {
    this.table = leanTable(db, metadata, alias);
  }

  andWhere(condition: string, parameters?: ObjectLiteral): this {
    this.conditions.push(condition);
    if (parameters) Object.assign(this.parameters, parameters);
    return this;
  }

  /** The rows the conditions match, in `orderBy` (SQL) order when given. */
  async many(orderBy?: string): Promise<T[]> {
    const order = orderBy ? ` ORDER BY ${orderBy}` : '';
    const rows = await this.run(
      `m${order}`,
      this.parameters,
      () => `SELECT ${this.table.selectList}${this.from()}${order}`,
    );
    return rows.map((row) => this.entity(row));
  }

  /** The one row the conditions match, or null. */
  async one(): Promise<T | null> {
    const [row] = await this.run(
      '1',
      this.parameters,
      () => `SELECT ${this.table.selectList}${this.from()} LIMIT 1`,
    );
    return row ? this.entity(row) : null;
  }

  async count(): Promise<number> {
    const [row] = await this.run(
      'c',
      this.parameters,
      () => `SELECT count(*)::int AS "count"${this.from()}`,
    );
    return row.count as number;
  }

  /**
   * A keyset page; with `withTotal`, the count of the whole filtered list comes in the same
   * statement (an uncorrelated subquery PostgreSQL runs once), the page itself still walking
   * its index up to the limit. An empty page after a cursor carries no count: `total` is then
   * left undefined.
   */
  async page(
    page: LeanPage,
    cursor?: { cursorSort: unknown; cursorId: unknown },
  ): Promise<LeanRows<T>> {
    const order = `ORDER BY ${page.sortExpression} ASC, ${page.idExpression} ASC LIMIT ${page.limit}`;
    const seek = `(${page.sortExpression}, ${page.idExpression}) > (:cursorSort, :cursorId)`;
    const after = Boolean(page.after && cursor);
    const parameters = after ? { ...this.parameters, ...cursor } : this.parameters;
    const key = `p${page.withTotal ? 't' : ''}${after ? 'a' : ''} ${order}`;
    const rows = await this.run(key, parameters, () => {
      const total = page.withTotal ? `, (SELECT count(*)::int${this.from()}) AS "${TOTAL}"` : '';
      const where = after ? this.from(seek) : this.from();
      return `SELECT ${this.table.selectList}${total}${where} ${order}`;
    });
    const total =
      page.withTotal && rows.length > 0
        ? (rows[0][TOTAL] as number)
        : page.withTotal && !after
          ? 0
          : undefined;
    return { rows: rows.map((row) => this.entity(row)), total };
  }

  private from(extra?: string): string {
    const conditions = extra ? [...this.conditions, extra] : this.conditions;
    const where = conditions.length
      ? ` WHERE ${conditions.map((c) => `(${c})`).join(' AND ')}`
      : '';
    return ` FROM ${this.table.from}${where}`;
  }

  private run(
    kind: string,
    parameters: ObjectLiteral,
    text: () => string,
  ): Promise<Record<string, unknown>[]> {
    const key = [this.table.from, kind, ...this.conditions, Object.keys(parameters).join()].join(
      '\u0000',
    );
    const statement = compile(key, () => this.table.quote(text()), parameters);
    const values = statement.names.map((name) => parameters[name] as unknown);
    return preparedQuery(this.db, statement.name, statement.text, values);
  }

  private entity(row: Record<string, unknown>): T {
    const driver = this.db.driver;
    const entity = Object.create(this.table.prototype) as Record<string, unknown>;
    for (const { property, column, verbatim } of this.table.readers) {
      const value = row[property];
      entity[property] = verbatim ? value : driver.prepareHydratedValue(value, column);
    }
    return entity as T;
  }
}

/** A lean read of the repository's table under `alias`. */
export function leanQuery<T extends ObjectLiteral>(
  repository: Repository<T>,
  alias: string,
): LeanQuery<T> {
  return new LeanQuery<T>(repository.manager.connection, repository.metadata, alias);
}
