import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { BaseClient, errors, generators, TokenSet, UserinfoResponse } from 'openid-client';
import {
  AppConfig,
  DomainError,
  ErrorKind,
  escapeHtml,
  OidcProviderConfig,
  Public,
} from '@chn/core';
import { AuthService } from '../auth/auth.service';
import { OidcClients } from './oidc-clients.service';
import { OIDC_STATE_SECONDS, OidcStateSealer } from './oidc-state';

/** The little of Express's request and response this controller uses. */
type Request = IncomingMessage & { ip?: string };
interface Response {
  status(code: number): Response;
  setHeader(name: string, value: string): unknown;
  redirect(status: number, url: string): void;
  send(body: string): void;
}

const COOKIE = 'chn_oidc';
const COOKIE_PATH = '/auth/oidc/';

const STATUS_BY_REASON: Record<string, number> = {
  SIGN_IN_PROVIDER_UNKNOWN: 404,
  SIGN_IN_STATE_INVALID: 400,
  SIGN_IN_PROVIDER_FAILED: 502,
  SIGN_IN_LOCKED: 429,
  SIGN_IN_LOCKED_FROM_ADDRESS: 429,
};

const refuse = (reason: 'SIGN_IN_STATE_INVALID' | 'SIGN_IN_PROVIDER_FAILED', message: string) =>
  new DomainError(ErrorKind.UNAUTHENTICATED, reason, message);

/**
 * Sign-in through an OpenID Connect provider (Google, Microsoft Entra ID): `start` sends the
 * browser to the provider with state, nonce and a PKCE challenge; `callback` checks its answer,
 * finds the account with the verified email and sends the browser to the console with a
 * one-time code (in the fragment, which is never sent to a server) for the console to exchange.
 */
@Public()
@Controller('auth/oidc')
export class OidcController {
  private readonly sealer: OidcStateSealer;

  constructor(
    private readonly clients: OidcClients,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {
    this.sealer = new OidcStateSealer(config.JWT_SECRET);
  }

  @Get(':provider/start')
  async start(@Param('provider') id: string, @Res() res: Response): Promise<void> {
    try {
      const provider = this.clients.provider(id);
      const client = await this.clients.client(provider);
      const state = {
        provider: id,
        state: generators.state(),
        nonce: generators.nonce(),
        codeVerifier: generators.codeVerifier(),
      };
      this.setCookie(res, this.sealer.seal(state), OIDC_STATE_SECONDS);
      res.redirect(
        303,
        client.authorizationUrl({
          scope: 'openid email profile',
          state: state.state,
          nonce: state.nonce,
          code_challenge: generators.codeChallenge(state.codeVerifier),
          code_challenge_method: 'S256',
        }),
      );
    } catch (error) {
      this.refusal(res, error);
    }
  }

  @Get(':provider/callback')
  async callback(
    @Param('provider') id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    this.setCookie(res, '', 0);
    try {
      const provider = this.clients.provider(id);
      const cookie = readCookie(req.headers.cookie, COOKIE);
      const started = this.sealer.open(cookie, id);
      if (!started) {
        throw refuse(
          'SIGN_IN_STATE_INVALID',
          'This sign-in was not started here or took too long. Please start again from the sign-in page.',
        );
      }
      const client = await this.clients.client(provider);
      const claims = await this.verifiedClaims(client, provider, req, started);
      const email = claims.email;
      if (typeof email !== 'string' || claims[provider.emailVerifiedClaim] !== true) {
        throw new DomainError(
          ErrorKind.FORBIDDEN,
          'SIGN_IN_EMAIL_NOT_VERIFIED',
          `${provider.name} does not confirm that ${typeof email === 'string' ? email : 'your email address'} is verified, so it cannot sign you in here. Verify the address with ${provider.name}, or sign in with your password.`,
        );
      }
      const code = await this.auth.signInWithVerifiedEmail(email, req.ip);
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(303, `${this.config.publicUrl}/console/#sign-in-code=${code}`);
    } catch (error) {
      this.refusal(res, error);
    }
  }

  /** The ID token's claims, with the userinfo's when the ID token leaves the email out. */
  private async verifiedClaims(
    client: BaseClient,
    provider: OidcProviderConfig,
    req: Request,
    started: { state: string; nonce: string; codeVerifier: string },
  ): Promise<Record<string, unknown>> {
    let tokens: TokenSet;
    try {
      tokens = await client.callback(
        this.clients.redirectUri(provider),
        client.callbackParams(req),
        {
          response_type: 'code',
          state: started.state,
          nonce: started.nonce,
          code_verifier: started.codeVerifier,
        },
      );
    } catch (error) {
      if (error instanceof errors.RPError && /^state mismatch/.test(error.message)) {
        throw refuse(
          'SIGN_IN_STATE_INVALID',
          'The answer from the sign-in provider does not belong to this sign-in. Please start again from the sign-in page.',
        );
      }
      throw refuse(
        'SIGN_IN_PROVIDER_FAILED',
        `${provider.name} did not sign you in (${(error as Error).message}). Please try again.`,
      );
    }
    const claims: Record<string, unknown> = { ...tokens.claims() };
    if (claims.email === undefined && tokens.access_token) {
      const userinfo: UserinfoResponse = await client.userinfo(tokens);
      return { ...userinfo, ...claims };
    }
    return claims;
  }

  private setCookie(res: Response, value: string, maxAge: number): void {
    const secure = this.config.publicUrl.startsWith('https:') ? '; Secure' : '';
    // Lax: the provider sends the browser back with a top-level GET, which Lax allows.
    res.setHeader(
      'Set-Cookie',
      `${COOKIE}=${value}; Path=${COOKIE_PATH}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure}`,
    );
  }

  private refusal(res: Response, error: unknown): void {
    if (!(error instanceof DomainError)) throw error;
    const status =
      STATUS_BY_REASON[error.reason] ?? (error.kind === ErrorKind.FORBIDDEN ? 403 : 401);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.status(status).send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign-in refused</title></head>
<body style="font-family: Arial, sans-serif; max-width: 640px; margin: 2rem auto">
<main><h1>You are not signed in</h1>
<p>${escapeHtml(error.message)}</p>
<p>Reason: <code>${escapeHtml(error.reason)}</code></p>
<p><a href="${escapeHtml(this.config.publicUrl)}/console/">Back to the sign-in page</a></p></main>
</body></html>`);
  }
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
