import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, ParseIdPipe, Role, Roles } from '@chn/core';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { CreateApiKeyArgs } from './employer.inputs';
import { ApiKey, CreatedApiKey } from './employer.type';

@Resolver(() => ApiKey)
export class ApiKeysResolver {
  constructor(private readonly apiKeyService: ApiKeysService) {}

  @Roles(Role.EMPLOYER)
  @Mutation(() => CreatedApiKey, {
    description:
      'Create an API key for your organisation’s own systems. The secret is shown only in this answer.',
  })
  createApiKey(@CurrentActor() actor: Actor, @Args() args: CreateApiKeyArgs) {
    return this.apiKeyService.create(actor, args.name);
  }

  @Roles(Role.EMPLOYER)
  @Query(() => [ApiKey], {
    description: 'Your organisation’s API keys, oldest first (never their secrets).',
  })
  apiKeys(@CurrentActor() actor: Actor) {
    return this.apiKeyService.list(actor);
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => ApiKey, {
    description: 'Revoke one of your organisation’s API keys; it stops working at once.',
  })
  revokeApiKey(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'API key id.' }, ParseIdPipe) id: string,
  ) {
    return this.apiKeyService.revoke(actor, id);
  }
}
