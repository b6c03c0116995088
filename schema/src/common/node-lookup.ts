import { RequestCache } from '@pothos/plugin-scope-auth';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';

/**
 * `node(id:)` and `nodes(ids:)` answer an id that names no row exactly as they answer one the
 * caller may not see, so ids cannot be probed (GitHub's `node` does the same):
 *
 * - a type whose read rule does not depend on the row (a static scope map: public reference data,
 *   a key scope) is checked as such, and a row that does not exist is then simply `null`;
 * - a type whose rule depends on the row (who owns it, whose region it is in) is checked here on
 *   the row, before any of its fields resolve, and both "no such row" and "not yours" are the
 *   one refusal error of the schema (FORBIDDEN, or UNAUTHENTICATED when not signed in) at the
 *   path of the node.
 *
 * The drizzle plugin rejects a missing row with "Model … not found": `nullWhenMissing` turns that
 * into `null` once, for every node type, so a batch of `nodes` is not lost for one missing id.
 */

/** What these helpers use of the schema builder (its type configs), without its generic type. */
export interface NodeLookupBuilder {
  configStore: { getTypeConfig(name: string, kind?: 'Object'): { pothosOptions: object } };
}
type AnyBuilder = NodeLookupBuilder;
type Refusal = (ctx: any) => GraphQLError;
type Decoded = { id: string; typename: string } | null | undefined;

function typeScopes(builder: AnyBuilder, typename: string): unknown {
  return (builder.configStore.getTypeConfig(typename, 'Object').pothosOptions as { authScopes?: unknown }).authScopes;
}

/** null when the caller may read `record` of `typename` (or the type, if no record), else the refusal. */
async function refusalFor(
  builder: AnyBuilder,
  typename: string,
  record: object | null,
  ctx: object,
  info: GraphQLResolveInfo,
  refusal: Refusal,
): Promise<GraphQLError | null> {
  const scopes = typeScopes(builder, typename);
  if (!scopes) return record ? null : refusal(ctx);
  const cache = RequestCache.fromContext(ctx as never, builder as never);
  if (typeof scopes !== 'function') {
    const failure = await cache.evaluateScopeMap(scopes as never, info);
    return failure ? refusal(ctx) : null;
  }
  if (!record) return refusal(ctx);
  // The same cache the type's own field checks use: they find this answer and do not ask again.
  const failure = await cache.evaluateTypeScopeFunction(scopes as never, typename, record, info);
  return failure ? refusal(ctx) : null;
}

async function checked(
  builder: AnyBuilder,
  decoded: Decoded,
  record: unknown,
  ctx: object,
  info: GraphQLResolveInfo,
  refusal: Refusal,
): Promise<unknown> {
  if (!decoded) return null;
  const found = record && typeof record === 'object' ? record : null;
  const error = await refusalFor(builder, decoded.typename, found, ctx, info, refusal);
  if (error) return error;
  return found;
}

export function nodeQueryResolver(builder: () => AnyBuilder, refusal: Refusal) {
  return async (
    _root: unknown,
    args: { id: Decoded },
    ctx: object,
    info: GraphQLResolveInfo,
    resolveNode: (id: unknown) => unknown,
  ) => {
    const result = await checked(builder(), args.id, await resolveNode(args.id), ctx, info, refusal);
    if (result instanceof GraphQLError) throw result;
    return result;
  };
}

export function nodesQueryResolver(builder: () => AnyBuilder, refusal: Refusal) {
  return async (
    _root: unknown,
    args: { ids: Decoded[] },
    ctx: object,
    info: GraphQLResolveInfo,
    resolveNodes: (ids: unknown) => unknown,
  ) => {
    const records = (await resolveNodes(args.ids)) as unknown[];
    // An Error in a list is answered by graphql-js as that item's error, the item null.
    return Promise.all(args.ids.map((decoded, index) => checked(builder(), decoded, records[index], ctx, info, refusal)));
  };
}

const MISSING = /^Model \w+\(.*\) not found$/;

/** Every node type's loader answers a missing row with null instead of rejecting. */
export function nullWhenMissing(builder: AnyBuilder, typenames: Iterable<string>): void {
  for (const typename of typenames) {
    const options = builder.configStore.getTypeConfig(typename, 'Object').pothosOptions as {
      loadWithoutCache?: (...args: unknown[]) => Promise<unknown>;
      nullWhenMissing?: boolean;
    };
    const load = options.loadWithoutCache;
    if (!load || options.nullWhenMissing) continue;
    options.nullWhenMissing = true;
    options.loadWithoutCache = async (...args: unknown[]) => {
      try {
        return await load(...args);
      } catch (error) {
        if (error instanceof Error && MISSING.test(error.message)) return null;
        throw error;
      }
    };
  }
}
