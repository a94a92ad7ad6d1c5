import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error';
import { graphqlCodeFor } from './graphql-error-code';

const logger = new Logger('GraphQLErrors');

/**
 * The single place where errors become what a client sees: domain errors keep their
 * code and message and are logged at info, as the expected answers they are; anything
 * unexpected is logged in full at error and masked.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    const code = graphqlCodeFor(original.kind);
    logger.log(
      { code, reason: original.reason, path: formatted.path },
      `Refused: ${original.message}`,
    );
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code,
        reason: original.reason,
        ...(original.fields ? { fields: original.fields } : {}),
      },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    // Apollo already classified it: parse, validation or variable coercion errors. Only the first
    // line: a GraphQLError printed whole carries the offending source after it.
    return {
      message: formatted.message.split('\n')[0],
      locations: formatted.locations,
      extensions: { code },
    };
  }
  if (!original && !formatted.path) {
    // Raised by a validation rule (depth, alias and cost limits) rather than by a resolver.
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
  }
  logger.error({ err: original ?? error, path: formatted.path }, 'Unexpected error in resolver');
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
