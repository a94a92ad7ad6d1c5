import { createHmac, timingSafeEqual } from 'node:crypto';

/** What the browser carries from the start of a provider sign-in to its callback. */
export interface OidcState {
  provider: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** How long a started sign-in may take at the provider. */
export const OIDC_STATE_SECONDS = 600;

/**
 * The state, nonce and PKCE verifier of a sign-in in progress, kept in a cookie signed with a key
 * derived from the JWT secret, so no table holds abandoned attempts. It expires on its own.
 */
export class OidcStateSealer {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('chn:oidc-state').digest();
  }

  seal(value: OidcState, now = Date.now()): string {
    const expires = Math.floor(now / 1000) + OIDC_STATE_SECONDS;
    const body = Buffer.from(
      JSON.stringify([value.provider, value.state, value.nonce, value.codeVerifier, expires]),
    ).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The state sealed here for this provider and not expired, or null. */
  open(sealed: string | undefined, provider: string, now = Date.now()): OidcState | null {
    const [body, mac] = (sealed ?? '').split('.');
    if (!body || !mac) return null;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const parts = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown[];
    const [sealedFor, state, nonce, codeVerifier, expires] = parts;
    if (sealedFor !== provider || typeof expires !== 'number' || expires * 1000 < now) return null;
    return {
      provider,
      state: String(state),
      nonce: String(nonce),
      codeVerifier: String(codeVerifier),
    };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
