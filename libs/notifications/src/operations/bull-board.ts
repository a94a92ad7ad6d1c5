import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Actor, isNationalAdmin } from '@chn/core';
import { AuthService } from '@chn/identity';
import { JobQueue } from '@chn/queue';

/** The little of Express's request and response the guard uses. */
interface Request {
  headers: { authorization?: string; cookie?: string };
}
interface Response {
  status(code: number): Response;
  type(type: string): Response;
  send(body: string): void;
}
type NextFunction = () => void;

export const BULL_BOARD_PATH = '/admin/queues';
/** Cookie a browser can carry the sign-in token in, for the Bull Board page. */
export const TOKEN_COOKIE = 'chn_token';

function tokenOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7).trim();
  const cookies = req.headers.cookie?.split(';') ?? [];
  for (const cookie of cookies) {
    const [name, ...value] = cookie.trim().split('=');
    if (name === TOKEN_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * Bull Board on the API at /admin/queues, for national administrators only: the queues are shared
 * by every hub, so pausing or emptying one acts for all of them, and a hub's own administrator has
 * `queueStats` and `failedNotifications` instead. The sign-in token comes from the Authorization
 * header or the `chn_token` cookie; without one the answer is 401, with anyone else's 403.
 */
@Injectable()
export class BullBoardMount implements OnModuleInit {
  private readonly logger = new Logger(BullBoardMount.name);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly auth: AuthService,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    const app = this.adapterHost.httpAdapter?.getInstance<{
      use: (path: string, ...handlers: unknown[]) => void;
    }>();
    if (!app) return;
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(BULL_BOARD_PATH);
    createBullBoard({
      queues: this.jobs
        .allQueues()
        .map((queue) => new BullMQAdapter(queue, { readOnlyMode: false })),
      serverAdapter,
    });
    app.use(BULL_BOARD_PATH, this.guard(), serverAdapter.getRouter());
  }

  private guard() {
    return (req: Request, res: Response, next: NextFunction) => {
      const token = tokenOf(req);
      if (!token) {
        res
          .status(401)
          .type('text/plain')
          .send('Sign in: send your token as a Bearer header or chn_token cookie');
        return;
      }
      this.auth
        .actorFor(token)
        .then((actor: Actor) => {
          if (!isNationalAdmin(actor)) {
            res.status(403).type('text/plain').send('National administrators only');
            return;
          }
          next();
        })
        .catch((error: unknown) => {
          this.logger.debug({ err: error }, 'Bull Board refused a token');
          res.status(401).type('text/plain').send('Your sign-in is not valid');
        });
    };
  }
}
