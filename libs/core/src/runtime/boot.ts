import { AppConfig, InvalidConfigError, loadConfig } from '../config/app-config';
import { ensureDatabaseExists, preflight } from './preflight';

/**
 * Loads the configuration and checks the dependencies a process needs. On any problem it
 * prints one line per problem and exits, instead of letting Nest print stack traces.
 */
export async function loadConfigOrExit(
  needs: { postgres?: boolean; redis?: boolean; createDatabase?: boolean } = {
    postgres: true,
    redis: true,
  },
): Promise<AppConfig> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof InvalidConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (needs.createDatabase && (await ensureDatabaseExists(config.DATABASE_URL))) {
    console.log(`Created database ${new URL(config.DATABASE_URL).pathname.slice(1)}.`);
  }
  const problems = await preflight(config, needs);
  if (problems.length > 0) {
    problems.forEach((line) => console.error(line));
    process.exit(1);
  }
  return config;
}
