/** One OpenID Connect provider a deployment lets users sign in with. */
export interface OidcProviderConfig {
  /** Lower-case name in the redirect address: `/auth/oidc/<id>/callback`. */
  id: string;
  /** Shown on the sign-in button: "Sign in with <name>". */
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The claim that must be `true` for the email to be trusted (Entra ID: `xms_edov`). */
  emailVerifiedClaim: string;
}

const DEFAULT_NAMES: Record<string, string> = { google: 'Google', microsoft: 'Microsoft' };

/**
 * Reads `OIDC_PROVIDERS` (e.g. `google,microsoft`) and, for each, `OIDC_<ID>_ISSUER`,
 * `OIDC_<ID>_CLIENT_ID`, `OIDC_<ID>_CLIENT_SECRET`, and optionally `OIDC_<ID>_NAME` and
 * `OIDC_<ID>_EMAIL_VERIFIED_CLAIM`. Returns the providers and a message per bad setting.
 */
export function readOidcProviders(env: NodeJS.ProcessEnv): {
  providers: OidcProviderConfig[];
  problems: string[];
} {
  const ids = (env.OIDC_PROVIDERS ?? '')
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);
  const providers: OidcProviderConfig[] = [];
  const problems: string[] = [];
  for (const id of new Set(ids)) {
    if (!/^[a-z][a-z0-9-]{0,30}$/.test(id)) {
      problems.push(`OIDC_PROVIDERS: "${id}" must be letters, digits or dashes`);
      continue;
    }
    const prefix = `OIDC_${id.toUpperCase().replace(/-/g, '_')}_`;
    const setting = (name: string) => env[prefix + name]?.trim() || undefined;
    const issuer = setting('ISSUER');
    const clientId = setting('CLIENT_ID');
    const clientSecret = setting('CLIENT_SECRET');
    const missing = [
      ['ISSUER', issuer],
      ['CLIENT_ID', clientId],
      ['CLIENT_SECRET', clientSecret],
    ].filter(([, value]) => !value);
    for (const [name] of missing) problems.push(`${prefix}${name}: must be set`);
    if (issuer && !isHttpUrl(issuer)) problems.push(`${prefix}ISSUER: must be an http(s) URL`);
    if (!issuer || !clientId || !clientSecret || !isHttpUrl(issuer)) continue;
    providers.push({
      id,
      name: setting('NAME') ?? DEFAULT_NAMES[id] ?? id,
      issuer,
      clientId,
      clientSecret,
      emailVerifiedClaim: setting('EMAIL_VERIFIED_CLAIM') ?? 'email_verified',
    });
  }
  return { providers, problems };
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
