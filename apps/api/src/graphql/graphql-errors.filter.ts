import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';

/**
 * Hands an error thrown in a resolver or guard to Apollo untouched, so formatGraphqlError is the
 * one place that logs it: a refusal at info, anything unexpected at error with its stack. Nest's
 * default handler would log every one, refusals included, at error. HTTP routes keep it.
 */
@Catch()
export class GraphqlErrorsFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
