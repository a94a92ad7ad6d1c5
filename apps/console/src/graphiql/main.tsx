import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The development explorer, served by the API at GET /graphql: GraphiQL bundled from npm, so it
 * works with no internet. Sign in with the `login` mutation and put the token in the Headers tab
 * as `{"Authorization": "Bearer …"}`.
 */
async function fetcher(params: unknown, options?: { headers?: Record<string, unknown> }) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      ...(options?.headers as Record<string, string>),
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(params),
  });
  return response.json();
}

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} />
  </StrictMode>,
);
