import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { hostname } from 'node:os';
import { stdSerializers } from 'pino';
import { AppConfig } from '../config/app-config';

const REQUEST_ID_HEADER = 'x-request-id';

/**
 * What a log line says of a request: its id, method and path, never its headers (so no token
 * or cookie can reach a log). pino-http binds it to every request's logger, logged or not, so it
 * is kept small.
 */
const requestFields = (req: IncomingMessage & { id?: unknown }) => ({
  id: req.id,
  method: req.method,
  url: req.url,
});

/** Structured JSON logs (pino) with the process's role on every line and a request id on every line of a request. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          base: {
            pid: process.pid,
            hostname: hostname(),
            service: process.env.CHN_PROCESS ?? 'api',
          },
          genReqId: (req: IncomingMessage, res: ServerResponse) => {
            const given = req.headers[REQUEST_ID_HEADER];
            const id =
              typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
            res.setHeader(REQUEST_ID_HEADER, id);
            return id;
          },
          wrapSerializers: false,
          serializers: {
            req: requestFields,
            res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
            err: stdSerializers.err,
          },
          autoLogging: {
            ignore: (req: IncomingMessage) => req.url?.startsWith('/health') ?? false,
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
