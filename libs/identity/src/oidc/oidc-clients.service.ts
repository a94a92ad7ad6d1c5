import { Injectable } from '@nestjs/common';
import { BaseClient, custom, Issuer } from 'openid-client';
import { AppConfig, DomainError, ErrorKind, OidcProviderConfig } from '@chn/core';

custom.setHttpOptionsDefaults({ timeout: 10_000 });

/** The configured OpenID Connect providers, each with a client made from its discovery document. */
@Injectable()
export class OidcClients {
  private readonly clients = new Map<string, Promise<BaseClient>>();

  constructor(private readonly config: AppConfig) {}

  get providers(): readonly OidcProviderConfig[] {
    return this.config.oidcProviders;
  }

  provider(id: string): OidcProviderConfig {
    const provider = this.providers.find((p) => p.id === id);
    if (!provider) {
      throw new DomainError(
        ErrorKind.NOT_FOUND,
        'SIGN_IN_PROVIDER_UNKNOWN',
        'This way of signing in is not offered here.',
      );
    }
    return provider;
  }

  redirectUri(provider: OidcProviderConfig): string {
    return `${this.config.publicUrl}/auth/oidc/${provider.id}/callback`;
  }

  /** The provider's client; its discovery is fetched once, and again after a failure. */
  client(provider: OidcProviderConfig): Promise<BaseClient> {
    let client = this.clients.get(provider.id);
    if (!client) {
      client = Issuer.discover(provider.issuer).then(
        (issuer) =>
          new issuer.Client({
            client_id: provider.clientId,
            client_secret: provider.clientSecret,
            redirect_uris: [this.redirectUri(provider)],
            response_types: ['code'],
          }),
      );
      client.catch(() => this.clients.delete(provider.id));
      this.clients.set(provider.id, client);
    }
    return client.catch((error: unknown) => {
      throw new DomainError(
        ErrorKind.UNAUTHENTICATED,
        'SIGN_IN_PROVIDER_FAILED',
        `${provider.name} cannot be reached just now (${(error as Error).message}). Please try again later.`,
      );
    });
  }
}
