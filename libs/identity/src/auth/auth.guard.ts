import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { Actor, DomainError, PUBLIC_KEY, Role, ROLES_KEY } from '@chn/core';
import { AuthService } from './auth.service';

interface RequestWithActor {
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
  /** Top-level fields resolve in parallel: they share one authentication per request. */
  authentication?: Promise<Actor | undefined>;
}

/**
 * The one guard every GraphQL operation and HTTP route passes: it authenticates the bearer
 * token and applies the roles the handler declares. A handler that declares neither
 * @Roles() nor @Public() is refused, so no resolver can forget its access rule.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets);
    const request = this.request(context);

    if (request) {
      request.authentication ??= this.authenticate(request);
      request.actor = await request.authentication;
    }
    if (isPublic) return true;
    if (!roles) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no access rule`,
      );
      throw DomainError.forbidden('This operation is not open to anyone');
    }
    if (!request?.actor) throw DomainError.unauthenticated();
    if (!roles.includes(request.actor.role)) {
      throw DomainError.forbidden(
        `This needs one of the roles ${roles.join(', ')}`,
        'ROLE_NOT_ALLOWED',
      );
    }
    return true;
  }

  /** A bearer token for people, an `X-Api-Key` header for employers' systems. */
  private async authenticate(request: RequestWithActor): Promise<Actor | undefined> {
    const header = request.headers.authorization;
    if (typeof header === 'string' && header.startsWith('Bearer ')) {
      return this.auth.actorFor(header.slice(7).trim());
    }
    const key = request.headers['x-api-key'];
    if (typeof key === 'string' && key.length > 0) {
      return this.auth.actorForApiKey(key.trim());
    }
    return undefined;
  }

  private request(context: ExecutionContext): RequestWithActor | undefined {
    if (context.getType<GqlContextType>() === 'graphql') {
      return GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req;
    }
    if (context.getType() === 'http') {
      return context.switchToHttp().getRequest<RequestWithActor>();
    }
    return undefined;
  }
}
