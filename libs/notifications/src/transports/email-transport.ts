/** One email as a transport sends it. */
export interface OutgoingEmail {
  /**
   * The notification id, the same for every try: Notify's `reference`; over SMTP the
   * `X-Notification-Id` header and the Message-ID's local part.
   */
  reference: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string | null;
  /** Files to attach; Notify's single template carries none, so it sends the email without. */
  attachments?: { filename: string; contentType: string; content: string }[];
}

/** A send that failed; `permanent` ones (a refused address, a bad request) are never retried. */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export abstract class EmailTransport {
  abstract readonly name: string;
  /** Sends the email, or throws a TransportError saying whether a retry may help. */
  abstract send(email: OutgoingEmail): Promise<void>;
  abstract close(): Promise<void>;
}
