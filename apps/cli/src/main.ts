import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '@chn/core';
import {
  createAdmin,
  emitSchema,
  exportReport,
  HubCsvKind,
  importHubCsv,
  importHubData,
  importReportingCsv,
  importInstitutions,
  migrate,
  seedDemo,
} from './commands';
import { readPassword } from './read-password';

const USAGE = `Usage: npm run cli -- <command>

Commands:
  migrate                                  apply pending database migrations
  seed-demo                                seed the demo hub into an empty database
  create-admin --email EMAIL [--name NAME] create a national administrator; the password is
                                           ADMIN_PASSWORD, or asked, or the first line of stdin
  import-institutions FILE --hub CODE [--in-hub] [--dry-run]
                                           import a GIAS CSV into a hub (upsert by URN)
  import-compass-evaluations FILE --hub CODE [--dry-run]
                                           import Compass evaluations (CSV) into a hub, all or nothing
  import-fsq FILE --hub CODE [--dry-run]   import FSQ completions (urn,academic_year,students)
  import-advisers FILE --hub CODE [--dry-run] [--create-employers]
                                           import advisers (upsert by email), all or nothing;
                                           employers not held are refused, or added as applicants
  import-matches FILE --hub CODE [--dry-run]
                                           import match history, all or nothing
  import-employers FILE --hub CODE [--dry-run]
                                           import employers and memberships, all or nothing
  import-opportunities FILE --hub CODE [--dry-run]
                                           import opportunities, all or nothing
  import-bookings FILE --hub CODE [--dry-run]
                                           import bookings, all or nothing
  import-hub-data ZIP --hub CODE [--dry-run]
                                           import a hub data archive (exportHubData's zip)
                                           in one transaction, all or nothing
  export-dashboard --hub CODE --year 2024/25 [--out FILE]
                                           the Hub Overview Dashboard as CSV
  export-matches --hub CODE --year 2024/25 [--out FILE]
                                           the year's matches as CSV
  emit-schema                              write schema.graphql from the API's resolvers`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      hub: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      'in-hub': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      'create-employers': { type: 'boolean', default: false },
      year: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const [command, ...rest] = positionals;
  switch (command) {
    case 'migrate': {
      await loadConfigOrExit({ postgres: true });
      const applied = await migrate();
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
      return 0;
    }
    case 'seed-demo':
      await loadConfigOrExit({ postgres: true });
      await seedDemo();
      return 0;
    case 'create-admin': {
      if (rest.length !== 0 || !values.email) break;
      await loadConfigOrExit({ postgres: true });
      const password = await readPassword(`Password for ${values.email}: `);
      return createAdmin(values.email, values.name ?? 'National administrator', password);
    }
    case 'import-institutions':
      if (rest.length !== 1 || !values.hub) break;
      await loadConfigOrExit({ postgres: true });
      return importInstitutions(
        rest[0],
        values.hub,
        values['in-hub'] ?? false,
        values['dry-run'] ?? false,
      );
    case 'import-compass-evaluations':
    case 'import-fsq':
      if (rest.length !== 1 || !values.hub) break;
      await loadConfigOrExit({ postgres: true });
      return importReportingCsv(
        command === 'import-fsq' ? 'fsq' : 'compass',
        rest[0],
        values.hub,
        values['dry-run'] ?? false,
      );
    case 'import-advisers':
    case 'import-matches':
    case 'import-employers':
    case 'import-opportunities':
    case 'import-bookings':
      if (rest.length !== 1 || !values.hub) break;
      await loadConfigOrExit({ postgres: true });
      return importHubCsv(command.slice('import-'.length) as HubCsvKind, rest[0], values.hub, {
        dryRun: values['dry-run'] ?? false,
        createEmployers: values['create-employers'] ?? false,
      });
    case 'import-hub-data':
      if (rest.length !== 1 || !values.hub) break;
      await loadConfigOrExit({ postgres: true });
      return importHubData(rest[0], values.hub, { dryRun: values['dry-run'] ?? false });
    case 'export-dashboard':
    case 'export-matches':
      if (rest.length !== 0 || !values.hub || !values.year) break;
      await loadConfigOrExit({ postgres: true });
      return exportReport(
        command === 'export-dashboard' ? 'dashboard' : 'matches',
        values.hub,
        values.year,
        values.out,
      );
    case 'emit-schema':
      await loadConfigOrExit();
      console.log(`Wrote ${await emitSchema()}`);
      return 0;
  }
  console.error(USAGE);
  return values.help ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
