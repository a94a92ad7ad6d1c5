import { NotifyClient } from 'notifications-node-client';
import { EmailTransport, OutgoingEmail, TransportError } from './email-transport';

interface NotifyFailure {
  response?: { status?: number; data?: { errors?: { error?: string; message?: string }[] } };
  code?: string;
  message?: string;
}

/**
 * Email through GOV.UK Notify: one generic template whose ((subject)) and ((body)) are filled
 * from our own templates, the notification id as Notify's reference.
 */
export class NotifyTransport extends EmailTransport {
  readonly name = 'notify';
  private readonly client: NotifyClient;

  constructor(
    baseUrl: string,
    apiKey: string,
    private readonly templateId: string,
  ) {
    super();
    this.client = new NotifyClient(baseUrl, apiKey);
  }

  async send(email: OutgoingEmail): Promise<void> {
    try {
      await this.client.sendEmail(this.templateId, email.to, {
        personalisation: { subject: email.subject, body: email.text },
        reference: email.reference,
        ...(email.unsubscribeUrl ? { oneClickUnsubscribeURL: email.unsubscribeUrl } : {}),
      });
    } catch (error) {
      const failure = error as NotifyFailure;
      const status = failure.response?.status;
      const detail = failure.response?.data?.errors
        ?.map((e) => `${e.error ?? ''} ${e.message ?? ''}`.trim())
        .join('; ');
      // Notify documents 400 and 403 as errors to fix, 429 and 5xx as worth retrying.
      const permanent = status === 400 || status === 403;
      throw new TransportError(
        `Notify ${status ?? failure.code ?? 'error'}: ${detail || failure.message || String(error)}`,
        permanent,
      );
    }
  }

  async close(): Promise<void> {}
}
