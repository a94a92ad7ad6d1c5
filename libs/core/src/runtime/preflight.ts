import { Client } from 'pg';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';

function where(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || (u.protocol.startsWith('redis') ? 6379 : 5432)}`;
}

async function checkPostgres(url: string): Promise<string | null> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    const reason = (error as { code?: string; message: string }).code ?? (error as Error).message;
    return (
      `Cannot reach PostgreSQL at ${where(url)} (${reason}). ` +
      `Start it (e.g. 'pg_ctlcluster 15 main start' or 'docker compose up -d postgres') or set DATABASE_URL.`
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function checkRedis(url: string): Promise<string | null> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let socketError: (Error & { code?: string }) | undefined;
  redis.on('error', (error: Error) => (socketError ??= error));
  try {
    await redis.connect();
    await redis.ping();
    return null;
  } catch (error) {
    const cause = (socketError ?? error) as Error & { code?: string };
    const reason = cause.code ?? cause.message;
    return (
      `Cannot reach Redis at ${where(url)} (${reason}). ` +
      `Start it (e.g. 'redis-server --daemonize yes' or 'docker compose up -d redis') or set REDIS_URL.`
    );
  } finally {
    redis.disconnect();
  }
}

/**
 * Checks PostgreSQL and Redis before a process boots, so an unreachable dependency is one
 * clear line, not a wall of retries and stack traces. Returns the problems found.
 */
export async function preflight(
  config: AppConfig,
  needs: { postgres?: boolean; redis?: boolean } = { postgres: true, redis: true },
): Promise<string[]> {
  const checks = await Promise.all([
    needs.postgres ? checkPostgres(config.DATABASE_URL) : null,
    needs.redis ? checkRedis(config.REDIS_URL) : null,
  ]);
  return checks.filter((line): line is string => line !== null);
}

/** Creates the database named in the URL when it does not exist yet (for `npm start` on a new machine). */
export async function ensureDatabaseExists(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new Client({
    connectionString: maintenance.toString(),
    connectionTimeoutMillis: 3000,
  });
  try {
    await client.connect();
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } catch {
    return false; // the preflight check that follows reports what is wrong
  } finally {
    await client.end().catch(() => undefined);
  }
}
