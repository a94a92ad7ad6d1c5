/*
 * `npm start`: build, then become the service (dist/tools/start-all.js) in this process.
 * npm runs it as `sh -c "exec node …"`, so a SIGINT or SIGTERM that npm passes on reaches this
 * process rather than a shell that would die and leave the service running. The build runs in
 * its own process group, stopped as a whole on a signal. `npm start -- --no-build` skips it.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

function build() {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build:dev'], {
      cwd: root,
      stdio: 'inherit',
      detached: true,
    });
    let stoppedBy = null;
    const stop = (signal) => {
      stoppedBy ??= signal;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // the build has just finished
      }
    };
    SIGNALS.forEach((signal) => process.on(signal, stop));
    child.on('exit', (code, signal) => {
      SIGNALS.forEach((s) => process.off(s, stop));
      resolve(stoppedBy ? EXIT_CODES[stoppedBy] : (code ?? EXIT_CODES[signal] ?? 1));
    });
  });
}

const code = process.argv.includes('--no-build') ? 0 : await build();
if (code !== 0) process.exit(code);
const service = join(root, 'dist', 'tools', 'start-all.js');
if (!existsSync(service)) {
  console.error(
    `${service} is missing: run npm start without --no-build, or npm run build:dev first.`,
  );
  process.exit(1);
}
await import(pathToFileURL(service).href);
