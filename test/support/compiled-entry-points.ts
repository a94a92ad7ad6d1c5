import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
const MARKER = join(ROOT, 'dist', 'tools', 'start-all.js');
/** Held while one test process compiles, so parallel test files never run a half-written dist. */
const LOCK = join(ROOT, 'dist', '.compiling.lock');
/** A lock older than this was left by a process that died while compiling. */
const STALE_LOCK_MS = 10 * 60_000;

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && path !== join(ROOT, 'apps', 'console')) {
        newest = Math.max(newest, newestSource(path));
      }
    } else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Compiles the API, worker, CLI and development tools into dist/ (as `npm run build:dev` does,
 * leaving the console's build alone) unless dist is newer than every source file, so tests can
 * run the entry points as `npm start` and Docker do.
 */
export function ensureCompiled(): void {
  withLock(() => {
    const built = existsSync(MARKER) ? statSync(MARKER).mtimeMs : 0;
    const sources = Math.max(
      ...['apps', 'libs', 'tools', 'bench'].map((dir) => newestSource(join(ROOT, dir))),
    );
    if (built > sources) return;
    for (const step of ['tsc', 'tsc-alias']) {
      execFileSync('npx', [step, '-p', 'tsconfig.dev.json'], { cwd: ROOT, stdio: 'pipe' });
    }
  });
}

/** Runs `work` while holding LOCK (a directory: creating one is atomic), waiting for it if taken. */
function withLock(work: () => void): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const since = existsSync(LOCK) ? Date.now() - statSync(LOCK).mtimeMs : 0;
      if (since > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 250);
    }
  }
  try {
    work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface Finished {
  code: number | null;
  output: string;
}

/** Runs a command to its end with the given environment added, and optional standard input. */
export function run(
  command: string,
  args: string[],
  env: Record<string, string>,
  stdin?: string,
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
    child.stdin.end(stdin);
  });
}
