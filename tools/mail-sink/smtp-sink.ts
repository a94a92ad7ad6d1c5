import { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** Attached files, their content as text (parsed messages only). */
  attachments: { filename: string; contentType: string; content: string }[];
  receivedAt: Date;
}

export interface SmtpSinkOptions {
  port?: number;
  host?: string;
  /** Parse each message (subject, bodies, headers). Off: only recipients and the id headers, fast. */
  parse?: boolean;
  /** Milliseconds each message waits for the server's answer: a slow provider. */
  answerDelayMs?: number;
}

/**
 * A real SMTP server that keeps every message it accepts, for tests and local development.
 * `refuseWith(451)` makes it answer every message with that code until `refuseWith(null)`.
 */
export class SmtpSink {
  readonly messages: CaughtMail[] = [];
  /** Every message's X-Notification-Id header, in arrival order (also when not parsing). */
  readonly notificationIds: string[] = [];
  /** Every message's Message-ID header, in arrival order (also when not parsing). */
  readonly messageIds: string[] = [];
  refusals = 0;
  private refuseCode: number | null = null;
  private readonly listeners = new Set<() => void>();

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
    readonly host: string,
  ) {}

  static async start(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
    const host = options.host ?? '127.0.0.1';
    const parse = options.parse ?? true;
    const answerDelayMs = options.answerDelayMs ?? 0;
    const ref: { sink?: SmtpSink } = {};
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      size: 10 * 1024 * 1024,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          if (answerDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, answerDelayMs));
          const self = ref.sink!;
          if (self.refuseCode !== null) {
            self.refusals += 1;
            const error = Object.assign(new Error(`Refused by the test sink`), {
              responseCode: self.refuseCode,
            });
            callback(error);
            return;
          }
          const raw = Buffer.concat(chunks);
          const head = raw.toString('latin1');
          const id = /^X-Notification-Id:\s*(\S+)/im.exec(head)?.[1];
          const messageId = /^Message-ID:\s*(\S+)/im.exec(head)?.[1];
          const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
          // Accepted only once recorded, as a provider stores before it answers: an email its
          // sender marked SENT is always in `messages`.
          const keep = (mail: CaughtMail) => {
            self.messages.push(mail);
            if (id) self.notificationIds.push(id);
            if (messageId) self.messageIds.push(messageId);
            self.listeners.forEach((listener) => listener());
            callback();
          };
          if (!parse) {
            keep({
              to,
              from,
              subject: '',
              text: '',
              html: '',
              headers: {},
              attachments: [],
              receivedAt: new Date(),
            });
            return;
          }
          simpleParser(raw).then(
            (parsed) => {
              const headers: Record<string, string> = {};
              for (const { key, line } of parsed.headerLines) {
                headers[key] = line.slice(line.indexOf(':') + 1).trim();
              }
              keep({
                to,
                from,
                subject: parsed.subject ?? '',
                text: parsed.text ?? '',
                html: typeof parsed.html === 'string' ? parsed.html : '',
                headers,
                attachments: parsed.attachments.map((file) => ({
                  filename: file.filename ?? '',
                  contentType: file.contentType,
                  content: file.content.toString('utf8'),
                })),
                receivedAt: new Date(),
              });
            },
            (error: Error) => callback(error),
          );
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    // A sender that dies mid-conversation (a killed worker) resets its connections: a sink, like
    // a real server, carries on.
    server.on('error', () => undefined);
    const port = (server.server.address() as AddressInfo).port;
    ref.sink = new SmtpSink(server, port, host);
    return ref.sink;
  }

  get url(): string {
    return `smtp://${this.host}:${this.port}`;
  }

  /** Answer every message with this SMTP code (e.g. 451 try later, 550 refused), or accept again. */
  refuseWith(code: number | null): void {
    this.refuseCode = code;
  }

  to(address: string): CaughtMail[] {
    return this.messages.filter((m) => m.to.includes(address.toLowerCase()));
  }

  clear(): void {
    this.messages.length = 0;
    this.notificationIds.length = 0;
    this.messageIds.length = 0;
    this.refusals = 0;
  }

  /** Resolves once at least `count` messages arrived; rejects after `timeoutMs`. */
  async waitFor(count: number, timeoutMs = 15_000): Promise<CaughtMail[]> {
    if (this.messages.length >= count) return this.messages;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`Expected ${count} emails, got ${this.messages.length}`));
      }, timeoutMs);
      const check = () => {
        if (this.messages.length >= count) {
          clearTimeout(timer);
          this.listeners.delete(check);
          resolve(this.messages);
        }
      };
      this.listeners.add(check);
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
