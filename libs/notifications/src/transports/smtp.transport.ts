import { createTransport, Transporter } from 'nodemailer';
import { EmailTransport, OutgoingEmail, TransportError } from './email-transport';

interface SmtpFailure {
  responseCode?: number;
  code?: string;
  message?: string;
}

/**
 * The Message-ID of the email with this reference, in the sender's domain: the same for every
 * try of one notification, so a receiving system sees a re-send as the message it already has.
 */
export function messageIdOf(reference: string, from: string): string {
  const domain = /@([^\s<>@]+)>?\s*$/.exec(from)?.[1] ?? 'careershub.localhost';
  return `<${reference}@${domain}>`;
}

/** Email over SMTP (SMTP_URL) through a small pool of reused connections. */
export class SmtpTransport extends EmailTransport {
  readonly name = 'smtp';
  private readonly transporter: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    maxConnections: number,
  ) {
    super();
    this.transporter = createTransport({
      url: smtpUrl,
      pool: true,
      maxConnections,
      maxMessages: Infinity,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as Parameters<typeof createTransport>[0]);
  }

  async send(email: OutgoingEmail): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: this.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: messageIdOf(email.reference, this.from),
        attachments: email.attachments?.map((file) => ({
          filename: file.filename,
          contentType: file.contentType,
          content: file.content,
        })),
        headers: {
          'X-Notification-Id': email.reference,
          ...(email.unsubscribeUrl
            ? {
                'List-Unsubscribe': `<${email.unsubscribeUrl}>`,
                'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
              }
            : {}),
        },
      });
    } catch (error) {
      const failure = error as SmtpFailure;
      // 5xx is the server's final word (unknown mailbox, policy); anything else may pass later.
      const permanent = typeof failure.responseCode === 'number' && failure.responseCode >= 500;
      const detail = failure.responseCode
        ? `SMTP ${failure.responseCode}`
        : (failure.code ?? 'SMTP');
      throw new TransportError(`${detail}: ${failure.message ?? String(error)}`, permanent);
    }
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}
