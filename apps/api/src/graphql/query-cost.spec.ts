import { buildSchema, OperationDefinitionNode, parse } from 'graphql';
import { queryCost } from './query-cost';

const schema = buildSchema(`
  type Query { items(first: Int, after: String): ItemConnection!, item(id: ID!): Item, me: Item }
  type ItemConnection { totalCount: Int!, pageInfo: PageInfo!, edges: [ItemEdge!]! }
  type PageInfo { hasNextPage: Boolean! }
  type ItemEdge { cursor: String!, node: Item! }
  type Item {
    id: ID!, name: String!, tags: [String!]!, owner: Item,
    children: [Item!]!, pages(first: Int): ItemConnection!
  }
`);

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return queryCost(schema, document, operation, variables);
}

describe('queryCost', () => {
  const scalars = 'id name tags';

  it('counts a page by its objects, whatever scalars and scalar lists it selects', () => {
    const page = (fields: string) =>
      `{ items(first: 100) { totalCount edges { cursor node { ${fields} } } } }`;
    // The connection, 100 edges and 100 nodes.
    expect(cost(page('id'))).toBe(201);
    expect(cost(page(scalars))).toBe(201);
  });

  it('reads `first` from its variable, and takes the default page size when it is left out', () => {
    const query = 'query ($n: Int) { items(first: $n) { edges { node { id } } } }';
    expect(cost(query, { n: 100 })).toBe(201);
    expect(cost(query, { n: 5 })).toBe(11);
    expect(cost(query)).toBe(41);
  });

  it('counts each object a page holds once per item', () => {
    expect(cost('{ items(first: 10) { edges { node { owner { id } } } } }')).toBe(31);
  });

  it('multiplies nested lists: a list without `first` counts as the documented page size', () => {
    const nested = '{ items(first: 100) { edges { node { children { children { id } } } } } }';
    expect(cost(nested)).toBe(1 + 100 + 100 + 100 * 100 + 100 * 100 * 100);
    const paged =
      '{ items(first: 10) { edges { node { pages(first: 3) { edges { node { id } } } } } } }';
    expect(cost(paged)).toBe(1 + 10 + 10 + 10 + 10 * 3 + 10 * 3);
  });

  it('counts what fragments select where they are spread', () => {
    const query = `
      query { items(first: 10) { edges { node { ...Parts ... on Item { owner { id } } } } } }
      fragment Parts on Item { children { id } }
    `;
    expect(cost(query)).toBe(1 + 10 + 10 + 10 * 100 + 10);
  });

  it('counts single objects at the top as one each, and introspection as free', () => {
    expect(cost('{ me { id owner { id } } item(id: "1") { name } }')).toBe(3);
    expect(cost('{ __schema { types { name } } }')).toBe(0);
  });
});
