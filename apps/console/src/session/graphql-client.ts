import { cacheExchange, Client, fetchExchange, mapExchange } from 'urql';

/** The API's GraphQL endpoint, on the same origin as the console. */
const GRAPHQL_URL = '/graphql';

export function createGraphqlClient(token: string | null, onSessionExpired: () => void): Client {
  return new Client({
    url: GRAPHQL_URL,
    requestPolicy: 'cache-and-network',
    preferGetMethod: false,
    fetchOptions: (): RequestInit => ({
      headers: token ? { authorization: `Bearer ${token}` } : undefined,
    }),
    exchanges: [
      mapExchange({
        onError(error) {
          const expired = error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
          if (token && expired) onSessionExpired();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
