import { loadConfig } from '../config/app-config';
import { preflight } from './preflight';

describe('preflight', () => {
  it('names each unreachable dependency in one line with how to start it', async () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere',
      REDIS_URL: 'redis://127.0.0.1:2',
    });
    const problems = await preflight(config);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^Cannot reach PostgreSQL at 127\.0\.0\.1:1 \(ECONNREFUSED\)\. Start it/,
    );
    expect(problems[1]).toMatch(
      /^Cannot reach Redis at 127\.0\.0\.1:2 \(ECONNREFUSED\)\. Start it/,
    );
    expect(problems.every((line) => !line.includes('\n'))).toBe(true);
  });

  it('reports nothing when only the reachable checks are asked for', async () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere' });
    expect(await preflight(config, { postgres: false, redis: false })).toEqual([]);
  });
});
