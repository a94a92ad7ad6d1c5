import { ErrorReason } from './error-reasons';

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

/** `sector group` → `SECTOR_GROUP`: the reason `DomainError.notFound` gives starts with it. */
type ScreamingSnake<S extends string> = S extends `${infer Head} ${infer Tail}`
  ? `${Uppercase<Head>}_${ScreamingSnake<Tail>}`
  : Uppercase<S>;

/**
 * The one error type the domain throws. `reason` is a stable, context-specific code
 * (e.g. `INSTITUTION_URN_TAKEN`) that clients can branch on; every one is in `ERROR_REASONS`.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly reason: ErrorReason,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** `what` is a thing whose `<WHAT>_NOT_FOUND` is a listed reason. */
  static notFound<What extends string>(
    what: What & (`${ScreamingSnake<What>}_NOT_FOUND` extends ErrorReason ? unknown : never),
    id?: string,
  ): DomainError {
    const upper = what.toUpperCase().replace(/\s+/g, '_');
    return new DomainError(
      ErrorKind.NOT_FOUND,
      `${upper}_NOT_FOUND` as ErrorReason,
      id ? `No ${what} with id ${id}` : `No such ${what}`,
    );
  }

  static validation(reason: ErrorReason, message: string, fields?: FieldError[]): DomainError {
    return new DomainError(ErrorKind.VALIDATION, reason, message, fields);
  }

  static conflict(reason: ErrorReason, message: string): DomainError {
    return new DomainError(ErrorKind.CONFLICT, reason, message);
  }

  static forbidden(
    message = 'You are not allowed to do this',
    reason: ErrorReason = 'FORBIDDEN',
  ): DomainError {
    return new DomainError(ErrorKind.FORBIDDEN, reason, message);
  }

  static unauthenticated(
    message = 'Sign in first: send a bearer token',
    reason: ErrorReason = 'UNAUTHENTICATED',
  ): DomainError {
    return new DomainError(ErrorKind.UNAUTHENTICATED, reason, message);
  }
}
