import { createHmac, timingSafeEqual } from 'node:crypto';

export interface UnsubscribeClaim {
  email: string;
  kind: string;
}

/**
 * A signed, unexpiring token naming an address and a kind of notification: whoever holds it may
 * turn that email off, without signing in. The key is derived from the JWT secret.
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('chn:unsubscribe').digest();
  }

  sign(claim: UnsubscribeClaim): string {
    const body = Buffer.from(JSON.stringify([claim.email, claim.kind])).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  verify(token: string): UnsubscribeClaim | null {
    const [body, mac] = token.split('.');
    if (!body || !mac) return null;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const [email, kind] = JSON.parse(
        Buffer.from(body, 'base64url').toString('utf8'),
      ) as unknown[];
      return typeof email === 'string' && typeof kind === 'string' ? { email, kind } : null;
    } catch {
      return null;
    }
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
