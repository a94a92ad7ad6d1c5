import { OIDC_STATE_SECONDS, OidcStateSealer } from './oidc-state';

describe('OidcStateSealer', () => {
  const sealer = new OidcStateSealer('a-secret-of-sixteen-chars');
  const state = { provider: 'google', state: 's', nonce: 'n', codeVerifier: 'v' };

  it('opens what it sealed, for the same provider, until it expires', () => {
    const now = Date.now();
    const sealed = sealer.seal(state, now);
    expect(sealer.open(sealed, 'google', now)).toEqual(state);
    expect(sealer.open(sealed, 'microsoft', now)).toBeNull();
    expect(sealer.open(sealed, 'google', now + (OIDC_STATE_SECONDS + 1) * 1000)).toBeNull();
  });

  it('refuses a changed state, another key, and nothing at all', () => {
    const sealed = sealer.seal(state);
    const [body, mac] = sealed.split('.');
    const changed = Buffer.from(
      Buffer.from(body, 'base64url').toString().replace('"s"', '"x"'),
    ).toString('base64url');
    expect(sealer.open(`${changed}.${mac}`, 'google')).toBeNull();
    expect(new OidcStateSealer('another-secret-of-16').open(sealed, 'google')).toBeNull();
    expect(sealer.open(undefined, 'google')).toBeNull();
  });
});
