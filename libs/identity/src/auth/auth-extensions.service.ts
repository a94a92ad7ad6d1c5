import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@chn/core';

export type ActorEnricher = (actor: Actor) => Promise<Actor>;
export type ApiKeyAuthenticator = (key: string) => Promise<Actor | null>;

/**
 * Lets other contexts take part in authentication without identity depending on them:
 * employers add the employer an EMPLOYER user acts for and authenticate API keys; advisers
 * add an ADVISER user's record. They register here when their module starts.
 */
@Injectable()
export class AuthExtensions {
  private readonly enrichers: ActorEnricher[] = [];
  private apiKeyAuthenticator?: ApiKeyAuthenticator;

  addEnricher(enricher: ActorEnricher): void {
    this.enrichers.push(enricher);
  }

  setApiKeyAuthenticator(authenticator: ApiKeyAuthenticator): void {
    this.apiKeyAuthenticator = authenticator;
  }

  async enrich(actor: Actor): Promise<Actor> {
    let result = actor;
    for (const enricher of this.enrichers) result = await enricher(result);
    return result;
  }

  async authenticateApiKey(key: string): Promise<Actor> {
    const actor = this.apiKeyAuthenticator ? await this.apiKeyAuthenticator(key) : null;
    if (!actor) {
      throw DomainError.unauthenticated(
        'The API key is not valid or has been revoked',
        'INVALID_API_KEY',
      );
    }
    return this.enrich(actor);
  }
}
