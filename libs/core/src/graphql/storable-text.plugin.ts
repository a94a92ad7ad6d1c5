import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, Kind, ValueNode, visit } from 'graphql';
import { DomainError, FieldError } from '../errors';
import { unstorableFields } from '../text';

type Variables = Readonly<Record<string, unknown>>;

function valueFields(value: ValueNode, path: string, variables: Variables): FieldError[] {
  switch (value.kind) {
    case Kind.VARIABLE:
      return unstorableFields(variables[value.name.value], path);
    case Kind.STRING:
      return unstorableFields(value.value, path);
    case Kind.LIST:
      return value.values.flatMap((item, index) =>
        valueFields(item, `${path}.${index}`, variables),
      );
    case Kind.OBJECT:
      return value.fields.flatMap((field) =>
        valueFields(field.value, `${path}.${field.name.value}`, variables),
      );
    default:
      return [];
  }
}

/**
 * Every string an operation passes to a resolver, written in the document or given as a variable,
 * that cannot be stored, by its argument path (`input.title`, `filter.search`).
 */
export function unstorableArguments(
  document: DocumentNode,
  variables: Variables = {},
): FieldError[] {
  const fields: FieldError[] = [];
  visit(document, {
    Argument(node) {
      fields.push(...valueFields(node.value, node.name.value, variables));
    },
    VariableDefinition(node) {
      const name = node.variable.name.value;
      if (node.defaultValue) fields.push(...valueFields(node.defaultValue, name, variables));
    },
  });
  return fields;
}

/**
 * Checks every argument of an operation before any resolver runs: a string holding a NUL
 * character or a lone surrogate, which PostgreSQL refuses, is BAD_USER_INPUT naming its field
 * (HTTP 400, nothing executed) rather than an internal error after part of the work is done.
 */
export function storableTextPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const fields = unstorableArguments(document, request.variables ?? {});
          if (fields.length === 0) return;
          const summary = fields.map((f) => `${f.field}: ${f.messages.join(', ')}`).join('; ');
          const refusal = DomainError.validation(
            'INVALID_CHARACTER',
            `Invalid input: ${summary}`,
            fields,
          );
          throw new GraphQLError(refusal.message, {
            originalError: refusal,
            extensions: { http: { status: 400 } },
          });
        },
      };
    },
  };
}
