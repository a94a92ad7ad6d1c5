/**
 * The API's side of the three shapes the side-by-side bench compares (peer.bench.ts); the
 * statement-count test (test/read-statements.e2e-spec.ts) sends the very same documents.
 */
export const API_SHAPES = {
  /** 50 institutions with their careers leader, totalCount. */
  a: '{ institutions(first: 50) { totalCount edges { node { id name careersLeader { id name } } } } }',
  /** 50 opportunities with employer and bookings, totalCount. */
  b: `{ opportunities(first: 50) { totalCount edges { node { id title employer { id name }
     bookings { id places status } } } } }`,
  /** One institution (variable `id`) with its matches and each match's adviser. */
  c: `query ($id: ID!) { institution(id: $id) { id name }
     matches(filter: { institutionId: $id }) { edges { node { id status adviser { id name } } } } }`,
} as const;
