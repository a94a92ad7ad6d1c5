import { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '@chn/core';
import { consoleDir } from './serve-console';

type ExplorerRequest = IncomingMessage & { path: string; accepts(type: string): string | false };
type ExplorerResponse = ServerResponse & { sendFile(path: string): void };

/**
 * Outside production, a browser's GET /graphql gets GraphiQL, built with the console from npm
 * (apps/console/graphiql.html) so it needs no internet; its assets are the console's. Production
 * serves no explorer. Returns whether the explorer is served.
 */
export function serveExplorer(app: NestExpressApplication): boolean {
  const page = join(consoleDir(), 'graphiql.html');
  if (app.get(AppConfig).isProduction || !existsSync(page)) return false;
  app.use('/graphql', (req: ExplorerRequest, res: ExplorerResponse, next: () => void) => {
    if (req.method !== 'GET' || req.path !== '/' || !req.headers.accept?.includes('text/html')) {
      return next();
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(page);
  });
  return true;
}
