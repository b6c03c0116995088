import { getNamedType, getNullableType, isLeafType, isListType, type GraphQLField } from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../builder-constants.ts';

/**
 * Query cost, as GitHub and Shopify count it: an object costs 1, a scalar nothing, and a
 * connection multiplies what is selected under it by the page it asks for (`first`/`last`, or the
 * default page size). Plain lists multiply by 10; an object's `viewerCan` flags cost nothing. The server computes this before execution to
 * refuse what is too expensive and to charge the caller's budget (api/src/cost).
 */
export function fieldCost<Context>(
  args: Record<string, unknown>,
  _ctx: Context,
  field: GraphQLField<unknown, Context, Record<string, unknown>>,
): { field: number; multiplier: number } {
  const page =
    typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : undefined;
  const named = getNamedType(field.type);
  // `viewerCan` flags are computed from the object already loaded (common/transitions.ts): free, like a scalar.
  if (named.name.endsWith('ViewerCan')) return { field: 0, multiplier: 1 };
  if (page !== undefined || named.name.endsWith('Connection')) {
    return { field: 1, multiplier: Math.max(1, page ?? DEFAULT_PAGE_SIZE) };
  }
  // Each node costs 1; the connection field above has already multiplied by the page size.
  if (field.name === 'nodes' || field.name === 'edges') return { field: 1, multiplier: 1 };
  if (isListType(getNullableType(field.type))) return { field: isLeafType(named) ? 0 : 1, multiplier: 10 };
  return { field: isLeafType(named) ? 0 : 1, multiplier: 1 };
}
