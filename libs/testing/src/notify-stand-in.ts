import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface NotifyEmailRequest {
  email_address: string;
  template_id: string;
  personalisation?: Record<string, string>;
  reference?: string;
  one_click_unsubscribe_url?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ALLOWED_KEYS = [
  'email_address',
  'template_id',
  'personalisation',
  'reference',
  'email_reply_to_id',
  'one_click_unsubscribe_url',
];

/**
 * A local stand-in for GOV.UK Notify's `POST /v2/notifications/email`, checking each request
 * as Notify documents it: a Bearer JWT (HS256, signed with the API key's secret, `iss` the
 * service id, `iat` within 30 seconds), a JSON body with email_address and template_id,
 * personalisation an object, reference a string. Answers 201 with Notify's response shape,
 * or Notify's error shape (400 BadRequestError, 403 AuthError) naming what was wrong.
 */
export class NotifyStandIn {
  readonly accepted: NotifyEmailRequest[] = [];
  readonly rejected: { status: number; message: string }[] = [];

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
    readonly apiKey: string,
    readonly serviceId: string,
    readonly templateId: string,
  ) {}

  static async start(): Promise<NotifyStandIn> {
    const serviceId = randomUUID();
    const secret = randomUUID();
    const apiKey = `chn_test-${serviceId}-${secret}`;
    const ref: { standIn?: NotifyStandIn } = {};
    const server = createServer(
      (req, res) => void ref.standIn!.handle(req, res, serviceId, secret),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as AddressInfo;
    ref.standIn = new NotifyStandIn(
      server,
      `http://127.0.0.1:${port}`,
      apiKey,
      serviceId,
      randomUUID(),
    );
    return ref.standIn;
  }

  private async handle(
    req: IncomingMessage,
    res: ServerResponse,
    serviceId: string,
    secret: string,
  ): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const fail = (status: number, error: string, message: string) => {
      this.rejected.push({ status, message });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status_code: status, errors: [{ error, message }] }));
    };
    if (req.method !== 'POST' || req.url !== '/v2/notifications/email') {
      return fail(404, 'NotFound', `No route ${req.method} ${req.url}`);
    }
    const authError = checkToken(req.headers.authorization, serviceId, secret);
    if (authError) return fail(403, 'AuthError', authError);
    if (!String(req.headers['content-type']).startsWith('application/json')) {
      return fail(400, 'BadRequestError', 'Content-Type must be application/json');
    }
    let body: NotifyEmailRequest;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as NotifyEmailRequest;
    } catch {
      return fail(400, 'BadRequestError', 'Body is not JSON');
    }
    const unknown = Object.keys(body).filter((key) => !ALLOWED_KEYS.includes(key));
    if (unknown.length)
      return fail(400, 'ValidationError', `Additional properties: ${unknown.join(', ')}`);
    if (
      typeof body.email_address !== 'string' ||
      !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(body.email_address)
    ) {
      return fail(400, 'ValidationError', 'email_address Not a valid email address');
    }
    if (typeof body.template_id !== 'string' || !UUID.test(body.template_id)) {
      return fail(400, 'ValidationError', 'template_id is not a valid UUID');
    }
    if (body.template_id !== this.templateId) {
      return fail(400, 'BadRequestError', 'Template not found');
    }
    if (
      body.personalisation !== undefined &&
      (typeof body.personalisation !== 'object' || Array.isArray(body.personalisation))
    ) {
      return fail(400, 'ValidationError', 'personalisation must be an object');
    }
    if (body.reference !== undefined && typeof body.reference !== 'string') {
      return fail(400, 'ValidationError', 'reference must be a string');
    }
    this.accepted.push(body);
    const id = randomUUID();
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id,
        reference: body.reference ?? null,
        content: {
          subject: body.personalisation?.subject ?? '',
          body: body.personalisation?.body ?? '',
          from_email: 'careers.hub@notifications.service.gov.uk',
        },
        uri: `${this.baseUrl}/v2/notifications/${id}`,
        template: {
          id: body.template_id,
          version: 1,
          uri: `${this.baseUrl}/services/${serviceId}/templates/${body.template_id}`,
        },
      }),
    );
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Checks a Notify API token; returns what is wrong with it, or null. */
function checkToken(header: string | undefined, serviceId: string, secret: string): string | null {
  if (!header?.startsWith('Bearer ')) return 'Unauthorized: authentication token must be provided';
  const [head, claims, signature] = header.slice(7).split('.');
  if (!head || !claims || !signature) return 'Invalid token: not a JWT';
  const expected = createHmac('sha256', secret).update(`${head}.${claims}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return 'Invalid token: signature, api token not found';
  }
  const header_ = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg?: string };
  if (header_.alg !== 'HS256') return 'Invalid token: algorithm used is not HS256';
  const payload = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as {
    iss?: string;
    iat?: number;
  };
  if (payload.iss !== serviceId) return 'Invalid token: service not found';
  if (typeof payload.iat !== 'number' || Math.abs(Date.now() / 1000 - payload.iat) > 30) {
    return 'Error: Your system clock must be accurate to within 30 seconds';
  }
  return null;
}
