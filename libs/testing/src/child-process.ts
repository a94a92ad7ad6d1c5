import { ChildProcess, spawn, SpawnOptions } from 'node:child_process';

/**
 * A process a test starts and may kill: its output is kept (the last lines, for failure
 * messages) and `ready` resolves when a line matches `readyWhen` (at once without one).
 */
export class TestProcess {
  private readonly child: ChildProcess;
  private readonly lines: string[] = [];
  private readonly exited: Promise<number | null>;
  readonly ready: Promise<void>;

  constructor(
    readonly name: string,
    command: string,
    args: string[],
    options: SpawnOptions & { readyWhen?: RegExp; readyTimeoutMs?: number },
  ) {
    const child = spawn(command, args, { ...options, stdio: 'pipe' });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    this.ready = new Promise((resolve, reject) => {
      if (!options.readyWhen) resolve();
      const timer = setTimeout(
        () =>
          reject(
            new Error(`${name} not ready after ${options.readyTimeoutMs} ms:\n${this.output}`),
          ),
        options.readyWhen ? options.readyTimeoutMs : 0,
      );
      const onLine = (line: string) => {
        this.lines.push(line);
        if (this.lines.length > 50) this.lines.shift();
        if (options.readyWhen?.test(line)) {
          clearTimeout(timer);
          resolve();
        }
      };
      for (const stream of [child.stdout, child.stderr]) {
        let rest = '';
        stream?.on('data', (chunk: Buffer) => {
          const parts = (rest + chunk.toString('utf8')).split('\n');
          rest = parts.pop() ?? '';
          parts.forEach(onLine);
        });
      }
      void this.exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`${name} exited (${code}) before it was ready:\n${this.output}`));
      });
    });
    this.ready.catch(() => undefined);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get output(): string {
    return this.lines.join('\n');
  }

  /** Sends `signal` (SIGTERM: a graceful stop; SIGKILL: a crash) and waits for the exit. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}
