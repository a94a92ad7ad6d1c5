import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@chn/core';

export const CONSOLE_PATH = '/console';

/** The parts of Express's request and response the fallback uses. */
type ConsoleRequest = IncomingMessage & { path: string };
type ConsoleResponse = ServerResponse & { sendFile(path: string): void };

/** Where `npm run build:console` writes the console. */
export function consoleDir(): string {
  return join(projectRoot(), 'dist', 'console');
}

/**
 * Serves the built console at /console, and its index.html for any other path under it so the
 * browser's own routes survive a reload. Without a build, the API runs alone and says so.
 */
export function serveConsole(app: NestExpressApplication): boolean {
  const dir = consoleDir();
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    new Logger('Console').warn(
      `Console not built (${index} missing): the API runs without it. Build it with "npm run build:console".`,
    );
    return false;
  }
  app.useStaticAssets(dir, {
    prefix: CONSOLE_PATH,
    index: false,
    // File names under assets/ carry a content hash, so they may be cached for good.
    setHeaders: (res, path) => {
      if (path.includes(`${join(dir, 'assets')}`)) {
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      }
    },
  });
  app.use(CONSOLE_PATH, (req: ConsoleRequest, res: ConsoleResponse, next: () => void) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.startsWith('/assets/')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
