export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  data: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
  /** SQL statements the request ran (x-sql-statements), when the server reports it. */
  sqlStatements: number | undefined;
}

/** A minimal GraphQL-over-HTTP client, as an integrator would write one. */
export class GraphQLClient {
  constructor(
    readonly url: string,
    readonly token: string | null = null,
  ) {}

  withToken(token: string | null): GraphQLClient {
    return new GraphQLClient(this.url, token);
  }

  async request<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token && { authorization: `Bearer ${this.token}` }),
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: { data?: T; errors?: GraphQLResponse['errors'] };
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`non-JSON response (${response.status}): ${text.slice(0, 200)}`);
    }
    const count = response.headers.get('x-sql-statements');
    return {
      status: response.status,
      headers: response.headers,
      data: body.data as T,
      ...(body.errors && { errors: body.errors }),
      sqlStatements: count === null ? undefined : Number(count),
    };
  }

  /** Like `request`, but fails the test on any top-level error. */
  async query<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || result.status !== 200) {
      throw new Error(`GraphQL errors (${result.status}): ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  async login(phone: string, password: string): Promise<GraphQLClient> {
    const data = await this.query(
      `mutation Login($input: LoginInput!) {
        login(input: $input) { __typename ... on LoginSuccess { session { token } } ... on Error { code message } }
      }`,
      { input: { phone, password } },
    );
    if (data.login.__typename !== 'LoginSuccess') throw new Error(`login failed for ${phone}: ${JSON.stringify(data.login)}`);
    return this.withToken(data.login.session.token);
  }
}

/** Decodes a Relay global id ("Type:uuid", base64) to its database id, for direct database checks. */
export function decodeGlobalId(globalId: string): { type: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  const index = decoded.indexOf(':');
  return { type: decoded.slice(0, index), id: decoded.slice(index + 1) };
}

export function encodeGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64');
}
