import { ErrorKind } from './domain-error';

/** The `extensions.code` a client sees for each kind. Exhaustive: a new kind fails to compile until mapped. */
export function graphqlCodeFor(kind: ErrorKind): string {
  switch (kind) {
    case ErrorKind.NOT_FOUND:
      return 'NOT_FOUND';
    case ErrorKind.VALIDATION:
      return 'BAD_USER_INPUT';
    case ErrorKind.CONFLICT:
      return 'CONFLICT';
    case ErrorKind.FORBIDDEN:
      return 'FORBIDDEN';
    case ErrorKind.UNAUTHENTICATED:
      return 'UNAUTHENTICATED';
    case ErrorKind.RATE_LIMITED:
      return 'TOO_MANY_REQUESTS';
    default: {
      const unmapped: never = kind;
      throw new Error(`Unmapped error kind ${String(unmapped)}`);
    }
  }
}
