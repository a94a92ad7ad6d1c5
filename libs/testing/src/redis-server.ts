import { TestProcess } from './child-process';
import { freePort } from './free-port';

/**
 * A Redis server of the test's own (`redis-server` on the PATH), keeping nothing on disk, so a
 * test can kill it and start it again empty on the same port, as a Redis that lost its data.
 */
export class RedisServer {
  private constructor(
    readonly port: number,
    private process: TestProcess,
  ) {}

  static async start(): Promise<RedisServer> {
    const port = await freePort();
    return new RedisServer(port, await RedisServer.spawn(port));
  }

  private static async spawn(port: number): Promise<TestProcess> {
    const server = new TestProcess(
      'redis-server',
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { readyWhen: /Ready to accept connections/, readyTimeoutMs: 15_000 },
    );
    await server.ready;
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Kills the server (SIGKILL) and starts a new, empty one on the same port. */
  async restartEmpty(): Promise<void> {
    await this.process.stop('SIGKILL');
    this.process = await RedisServer.spawn(this.port);
  }

  async stop(): Promise<void> {
    await this.process.stop('SIGKILL');
  }
}
