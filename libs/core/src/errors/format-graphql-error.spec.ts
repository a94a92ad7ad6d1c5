import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DomainError } from './domain-error';
import { formatGraphqlError } from './format-graphql-error';

const wrap = (original: Error, path = ['field']) =>
  new GraphQLError(original.message, { originalError: original, path });

describe('formatGraphqlError', () => {
  it('keeps a domain error’s message, code, reason and fields', () => {
    const error = DomainError.validation('INVALID_INPUT', 'Invalid input: urn', [
      { field: 'urn', messages: ['bad'] },
    ]);
    const formatted = formatGraphqlError({ message: error.message, path: ['x'] }, wrap(error));
    expect(formatted).toMatchObject({
      message: 'Invalid input: urn',
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        fields: [{ field: 'urn', messages: ['bad'] }],
      },
    });
  });

  it('logs a domain error at info, without its stack', () => {
    const info = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const refusal = DomainError.forbidden(
      'This needs one of the roles HUB_ADMIN',
      'ROLE_NOT_ALLOWED',
    );
    formatGraphqlError({ message: refusal.message, path: ['users'] }, wrap(refusal, ['users']));
    expect(info).toHaveBeenCalledWith(
      { code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED', path: ['users'] },
      'Refused: This needs one of the roles HUB_ADMIN',
    );
    expect(error).not.toHaveBeenCalled();
    info.mockRestore();
    error.mockRestore();
  });

  it('masks anything unexpected, and logs it', () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const formatted = formatGraphqlError(
      {
        message: 'relation "x" does not exist',
        path: ['field'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
      wrap(new Error('relation "x" does not exist')),
    );
    expect(log).toHaveBeenCalled();
    log.mockRestore();
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['field'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps the codes Apollo gave to parse and validation errors', () => {
    const formatted = formatGraphqlError(
      { message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
      new GraphQLError('Syntax Error'),
    );
    expect(formatted.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('never echoes the request source a printed syntax error carries', () => {
    const printed =
      'Syntax Error: Expected Name, found <EOF>.\n\nGraphQL request:1:5\n1 | { me\n  |     ^';
    const formatted = formatGraphqlError(
      { message: printed, extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
      new GraphQLError(printed),
    );
    expect(formatted.message).toBe('Syntax Error: Expected Name, found <EOF>.');
  });
});
