import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { queryCost } from './query-cost';

/**
 * Refuses, before any resolver runs, an operation whose answer could hold more than `maxCost`
 * objects (see `queryCost`). It runs once the operation is known, so `first` given as a variable
 * counts at its value.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = queryCost(schema, document, operation, request.variables ?? {});
          if (cost <= maxCost) return;
          throw new GraphQLError(`Query Cost limit of ${maxCost} exceeded, found ${cost}.`, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
          });
        },
      };
    },
  };
}
