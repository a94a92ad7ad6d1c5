import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@chn/core';
import { ApiModule } from './api.module';
import { serveConsole } from './console/serve-console';
import { serveExplorer } from './console/serve-explorer';
import { readRequestBodies } from './http/request-body';

/** Builds the API application; used by main.ts and by the end-to-end tests. */
export async function createApiApp(): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  const config = app.get(AppConfig);
  app.set('trust proxy', config.TRUST_PROXY);
  readRequestBodies(app, config.GRAPHQL_MAX_BODY_BYTES);
  app.enableShutdownHooks();
  serveConsole(app);
  serveExplorer(app);
  return app;
}
