import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import type { Context } from '@huigong/schema';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { CostBucket } from './bucket.ts';

export interface CostLimits {
  /** The most one operation may cost; above it the operation is refused whatever the budget. */
  maxQueryCost: number;
}

interface Charge {
  key: string;
  requested: number;
  available: number;
}

/** Who pays: the API key, else the signed-in user, else the client's address. */
export function callerKey(ctx: Context): string {
  if (ctx.apiCaller) return `key:${ctx.apiCaller.keyId}`;
  if (ctx.viewer) return `user:${ctx.viewer.userId}`;
  return `ip:${ctx.clientIp ?? 'unknown'}`;
}

/** Objects actually returned, the "actual cost" that Shopify reports beside the requested one. */
function actualCost(data: unknown): number {
  if (Array.isArray(data)) return data.reduce((sum: number, item) => sum + actualCost(item), 0);
  if (data && typeof data === 'object') {
    return 1 + Object.values(data).reduce((sum: number, value) => sum + actualCost(value), 0);
  }
  return 0;
}

/**
 * Computes each operation's cost before it executes, refuses operations that cost more than
 * `maxQueryCost` or than the caller has left, charges the caller's leaky bucket, refunds what the
 * response did not use, and reports it all in `extensions.cost`.
 */
export function costPlugin(schema: GraphQLSchema, bucket: CostBucket, limits: CostLimits): ApolloServerPlugin<Context> {
  const throttleStatus = (available: number) => ({
    maximumAvailable: bucket.settings.capacity,
    currentlyAvailable: available,
    restoreRate: bucket.settings.restoreRate,
  });

  return {
    async requestDidStart() {
      let charge: Charge | undefined;
      return {
        async didResolveOperation({ document, request, contextValue, operation }) {
          if (operation?.operation === 'subscription') return;
          let requested: number;
          try {
            const { complexity } = complexityFromQuery(document, {
              schema,
              ctx: contextValue,
              variables: request.variables ?? {},
            });
            requested = Math.ceil(complexity);
          } catch {
            // Variables that do not coerce: execution reports them as a bad request and runs
            // nothing, so the attempt costs one point.
            requested = 1;
          }
          if (requested > limits.maxQueryCost) {
            throw new GraphQLError(`查询成本 ${requested} 超过单次上限 ${limits.maxQueryCost}，请减少每页条数或嵌套`, {
              extensions: {
                code: 'MAX_COST_EXCEEDED',
                cost: { requestedQueryCost: requested, maximumQueryCost: limits.maxQueryCost },
                http: { status: 400 },
              },
            });
          }
          const key = callerKey(contextValue);
          const state = await bucket.take(key, requested);
          if (!state.allowed) {
            const waitSeconds = Math.ceil((requested - state.available) / bucket.settings.restoreRate);
            throw new GraphQLError('请求过于频繁，请稍后再试', {
              extensions: {
                code: 'THROTTLED',
                cost: { requestedQueryCost: requested, actualQueryCost: null, throttleStatus: throttleStatus(state.available) },
                http: { status: 429, headers: new Map([['retry-after', String(waitSeconds)]]) },
              },
            });
          }
          charge = { key, requested, available: state.available };
        },
        async willSendResponse({ response }: GraphQLRequestContextWillSendResponse<Context>) {
          if (!charge || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const actual = Math.min(charge.requested, actualCost(result.data));
          const available =
            actual < charge.requested ? await bucket.refund(charge.key, charge.requested - actual) : charge.available;
          result.extensions = {
            ...result.extensions,
            cost: { requestedQueryCost: charge.requested, actualQueryCost: actual, throttleStatus: throttleStatus(available) },
          };
        },
      };
    },
  };
}
