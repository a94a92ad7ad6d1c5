export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; reason?: string; fields?: { field: string; messages: string[] }[] };
}

export interface GraphqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphqlError[];
}

/** Speaks GraphQL over real HTTP to a running API. */
export class GraphqlClient {
  constructor(
    readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  as(token: string): GraphqlClient {
    return new GraphqlClient(this.baseUrl, token);
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphqlResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: GraphqlError[] };
    return { status: res.status, ...body };
  }

  /** The data of a request that must succeed; throws with the errors otherwise. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length || !res.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(res.errors ?? res)}`);
    }
    return res.data;
  }

  /** The first error's `extensions.code` of a request that must fail. */
  async errorCode(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<string | undefined> {
    const res = await this.request(query, variables);
    if (!res.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(res.data)}`);
    return res.errors[0].extensions?.code;
  }

  async login(email: string, password: string): Promise<GraphqlClient> {
    const data = await this.ok<{ login: { accessToken: string } }>(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      { email, password },
    );
    return this.as(data.login.accessToken);
  }
}
