import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor } from './actor';
import { Role } from './role';

export const ROLES_KEY = 'chn:roles';
export const PUBLIC_KEY = 'chn:public';

/** Who may call this resolver. The auth guard refuses any resolver that declares neither this nor @Public(). */
export const Roles = (...roles: readonly Role[]) => SetMetadata(ROLES_KEY, roles);

/** Open to anyone, signed in or not. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The signed-in Actor (resolvers with @Roles only). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const gql = GqlExecutionContext.create(context);
  const request = gql.getContext<{ req: { actor?: Actor } }>().req;
  return request.actor as Actor;
});
