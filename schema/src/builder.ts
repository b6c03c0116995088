import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { relations, type Relations } from '@huigong/db';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { GraphQLError } from 'graphql';
import type { Context } from './context.ts';
import { scopesFor, type AuthScopes } from './scopes.ts';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './builder-constants.ts';
import { fieldCost } from './common/cost.ts';
import { decodeGlobalId, encodeGlobalId } from './common/global-id.ts';
import { nodeQueryResolver, nodesQueryResolver, type NodeLookupBuilder } from './common/node-lookup.ts';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The builder, for the node resolvers that need its type configs (set once it exists). */
let nodeBuilder: NodeLookupBuilder | undefined;
const builderForNodes = () => nodeBuilder!;

/** The one refusal of the schema: who may read or call something is a GraphQL error. */
const refusal = (ctx: Context) =>
  ctx.viewer || ctx.apiCaller
    ? new GraphQLError('无权访问此数据', { extensions: { code: 'FORBIDDEN' } })
    : new GraphQLError('请先登录', { extensions: { code: 'UNAUTHENTICATED' } });

export const builder = new SchemaBuilder<{
  Context: Context;
  DrizzleRelations: Relations;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string | number };
    DateTime: { Input: Date; Output: Date };
    Date: { Input: string; Output: string };
    SafeInt: { Input: number; Output: number };
  };
}>({
  defaultFieldNullability: false,
  // Order matters: errors before validation and drizzle so typed errors wrap their fields.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, RelayPlugin, DrizzlePlugin, ComplexityPlugin],
  // Cost is computed and charged by the HTTP layer before execution (api/src/cost), not here.
  complexity: { fieldComplexity: fieldCost },
  drizzle: {
    client: (ctx) => ctx.db,
    relations,
    getTableConfig,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // One decoder for every ID argument, input field and node/nodes: see common/global-id.ts.
    decodeGlobalID: (globalID) => decodeGlobalId(globalID),
    encodeGlobalID: (typename, id) => encodeGlobalId(typename, id),
    nodesOnConnection: true,
    // An unknown id and one the caller may not see get the same answer (common/node-lookup.ts).
    nodeQueryOptions: {
      description: '按全局 ID 取任一对象；与各自类型的字段一样检查权限。',
      resolve: nodeQueryResolver(builderForNodes, refusal) as never,
    },
    nodesQueryOptions: {
      description: '按全局 ID 批量取对象（最多 100 个）。',
      resolve: nodesQueryResolver(builderForNodes, refusal) as never,
    },
  },
  scopeAuth: {
    authScopes: (ctx) => scopesFor(ctx),
    // Who may call a field is a GraphQL error, as GitHub and Saleor do; expected business
    // failures are typed results instead (see common/errors.ts).
    unauthorizedError: (_parent, ctx) => refusal(ctx),
  },
  errors: {
    defaultTypes: [],
    // Validation failures come back as InputValidationError results; the rules they reveal
    // (formats, lengths) are public, so answering before authorization leaks nothing.
    unsafelyHandleInputErrors: true,
    defaultResultOptions: {
      name: ({ fieldName }) => `${upperFirst(fieldName)}Success`,
    },
    defaultUnionOptions: {
      name: ({ fieldName }) => `${upperFirst(fieldName)}Result`,
    },
  },
});

nodeBuilder = builder as unknown as NodeLookupBuilder;

builder.queryType({ description: '惠工公开 API 的查询入口。' });
builder.mutationType({ description: '惠工公开 API 的变更入口。' });
