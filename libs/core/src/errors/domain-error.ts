/** What went wrong, independent of transport. Each kind maps to one GraphQL `extensions.code`. */
export enum ErrorKind {
  NOT_FOUND = 'NOT_FOUND',
  VALIDATION = 'VALIDATION',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  RATE_LIMITED = 'RATE_LIMITED',
}

export interface FieldError {
  field: string;
  messages: string[];
}

/**
 * The one error type the domain throws. `reason` is a stable, context-specific code
 * (e.g. `INSTITUTION_URN_TAKEN`) that clients can branch on.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly reason: string,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string, id?: string): DomainError {
    const upper = what.toUpperCase().replace(/\s+/g, '_');
    return new DomainError(
      ErrorKind.NOT_FOUND,
      `${upper}_NOT_FOUND`,
      id ? `No ${what} with id ${id}` : `No such ${what}`,
    );
  }

  static validation(reason: string, message: string, fields?: FieldError[]): DomainError {
    return new DomainError(ErrorKind.VALIDATION, reason, message, fields);
  }

  static conflict(reason: string, message: string): DomainError {
    return new DomainError(ErrorKind.CONFLICT, reason, message);
  }

  static forbidden(message = 'You are not allowed to do this', reason = 'FORBIDDEN'): DomainError {
    return new DomainError(ErrorKind.FORBIDDEN, reason, message);
  }

  static unauthenticated(
    message = 'Sign in first: send a bearer token',
    reason = 'UNAUTHENTICATED',
  ): DomainError {
    return new DomainError(ErrorKind.UNAUTHENTICATED, reason, message);
  }
}
