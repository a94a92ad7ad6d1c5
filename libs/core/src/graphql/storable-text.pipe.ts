import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { GqlParamtype } from '@nestjs/graphql/dist/enums/gql-paramtype.enum';
import { DomainError } from '../errors';
import { unstorableFields } from '../text';

/** GraphQL arguments and HTTP input; not the context, parent or custom parameters. */
const CHECKED = new Set<unknown>([GqlParamtype.ARGS, 'body', 'query', 'param']);

/**
 * Applied to every resolver argument and route input before the handler runs: a string holding a
 * NUL character or a lone surrogate, which PostgreSQL refuses, is bad input naming its field
 * rather than an internal error after part of the work is done.
 */
@Injectable()
export class StorableTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!CHECKED.has(metadata.type)) return value;
    const fields = unstorableFields(value, metadata.data ?? '');
    if (fields.length > 0) {
      const summary = fields.map((f) => `${f.field}: ${f.messages.join(', ')}`).join('; ');
      throw DomainError.validation('INVALID_CHARACTER', `Invalid input: ${summary}`, fields);
    }
    return value;
  }
}
