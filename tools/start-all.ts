import 'reflect-metadata';
import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfigOrExit } from '@chn/core';
import { migrate, printDemoAccounts, seedDemo } from '../apps/cli/src/commands';
import { startDevMailSink } from './mail-sink';

/** Starts the whole service: migrate, seed demo data into an empty database, then API and worker. */
async function main() {
  const config = await loadConfigOrExit({ postgres: true, redis: true, createDatabase: true });
  const applied = await migrate();
  console.log(
    applied.length ? `Migrations applied: ${applied.join(', ')}` : 'Database is up to date.',
  );
  if (config.DEMO_DATA) await seedDemo();
  const caughtMail = config.isProduction ? null : await startDevMailSink(config);

  const dist = join(__dirname, '..');
  const children: ChildProcess[] = [
    fork(join(dist, 'apps', 'api', 'src', 'main.js'), {
      env: { ...process.env, CHN_PROCESS: 'api' },
    }),
    fork(join(dist, 'apps', 'worker', 'src', 'main.js'), {
      env: { ...process.env, CHN_PROCESS: 'worker' },
    }),
  ];
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    children.forEach((child) => child.kill(signal));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  let exited = 0;
  let failed = false;
  for (const child of children) {
    child.on('exit', (code, signal) => {
      // Stopping, a child ends by the signal it was sent (Nest raises it again once closed).
      failed ||= !(code === 0 || (stopping && signal !== null));
      exited += 1;
      stop('SIGTERM');
      if (exited === children.length) process.exit(failed ? 1 : 0);
    });
  }

  for (let attempt = 0; attempt < 120 && !stopping; attempt += 1) {
    const ready = await fetch(`http://127.0.0.1:${config.PORT}/health/ready`)
      .then((res) => res.ok)
      .catch(() => false);
    if (ready) {
      console.log(`\nCareers Hub Network is running.`);
      console.log(`  Console (web app):        ${config.publicUrl}/console`);
      console.log(`  GraphQL API and explorer: ${config.publicUrl}/graphql`);
      console.log(`  Health:                   ${config.publicUrl}/health/ready`);
      console.log(`  Queues (national admins): ${config.publicUrl}/admin/queues`);
      if (caughtMail) console.log(`  Caught mail:              ${caughtMail}`);
      if (config.DEMO_DATA) printDemoAccounts();
      console.log(
        'Sign in with the `login` mutation; send the token as "Authorization: Bearer <token>". Ctrl-C stops.\n',
      );
      return;
    }
    await sleep(500);
  }
}

void main();
