import { GraphQLError } from 'graphql';

/**
 * The one decoder for every global ID the API accepts (ID arguments, input fields, `node`,
 * `nodes`): base64 of `<Type>:<uuid>`, where `<Type>` is a type implementing `Node`. Anything
 * else is the client's mistake and is answered as BAD_USER_INPUT before a resolver or the
 * database sees it. UUIDs are compared in lower case, as PostgreSQL prints them.
 */

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TYPENAME = /^[A-Z][A-Za-z0-9]*$/;

/** The types that implement Node, filled once the schema is built (index.ts). */
const nodeTypes = new Set<string>();

export function registerNodeTypes(names: Iterable<string>): void {
  for (const name of names) nodeTypes.add(name);
}

export class InvalidGlobalId extends GraphQLError {
  constructor(value: unknown) {
    const shown = typeof value === 'string' ? (value.length > 40 ? `${value.slice(0, 40)}…` : value) : String(value);
    super(`无效的 ID：${JSON.stringify(shown)}`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 200 } } });
  }
}

export function decodeGlobalId(globalID: unknown): { typename: string; id: string } {
  if (typeof globalID !== 'string' || globalID.length === 0 || globalID.length > 200) throw new InvalidGlobalId(globalID);
  if (!BASE64.test(globalID) && !BASE64URL.test(globalID)) throw new InvalidGlobalId(globalID);
  const decoded = Buffer.from(globalID, BASE64.test(globalID) ? 'base64' : 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) throw new InvalidGlobalId(globalID);
  const typename = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (!TYPENAME.test(typename) || (nodeTypes.size > 0 && !nodeTypes.has(typename)) || !UUID.test(id)) {
    throw new InvalidGlobalId(globalID);
  }
  return { typename, id: id.toLowerCase() };
}

export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64');
}
