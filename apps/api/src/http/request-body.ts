import { NestExpressApplication } from '@nestjs/platform-express';

/** The little of Express's response the handler uses. */
interface Response {
  status(code: number): Response;
  json(body: unknown): void;
}

/**
 * JSON bodies up to `maxBytes`, so a GIAS file can be imported as a variable; a larger body is
 * answered 413 in GraphQL's error shape, with `extensions.code`, rather than Nest's bare one.
 */
export function readRequestBodies(app: NestExpressApplication, maxBytes: number): void {
  app.useBodyParser('json', { limit: maxBytes });
  app.use((error: unknown, _req: unknown, res: Response, next: (error: unknown) => void) => {
    if ((error as { type?: string } | null)?.type !== 'entity.too.large') return next(error);
    const megabytes = Math.floor((maxBytes / (1024 * 1024)) * 10) / 10;
    res.status(413).json({
      errors: [
        {
          message: `The request body is larger than the ${megabytes} MB this API accepts`,
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
  });
}
