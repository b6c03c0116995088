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
    nodesOnConnection: {
      description: '本页的对象（nodes），与 edges[].node 相同、顺序相同；省去 edges 时用它。',
    },
    // The types and fields the plugin generates around every connection carry these descriptions;
    // each Connection and Edge type gets its own in common/generated-descriptions.ts.
    nodeTypeOptions: { description: '有全局 ID 的对象（Node）：可以用 Query.node / Query.nodes 按 ID 重新取到。' },
    idFieldOptions: { description: '全局 ID（global ID）：不透明字符串，跨类型唯一；用于 Query.node 和各变更的 ID 参数。' },
    pageInfoTypeOptions: { description: '分页信息（page info），Relay 游标分页规范：用 endCursor 作下一页的 after，startCursor 作上一页的 before。' },
    hasNextPageFieldOptions: { description: '按当前方向（first/after）之后是否还有对象。' },
    hasPreviousPageFieldOptions: { description: '按当前方向（last/before）之前是否还有对象。' },
    startCursorFieldOptions: { description: '本页第一个对象的游标（cursor）；本页为空时为 null。' },
    endCursorFieldOptions: { description: '本页最后一个对象的游标（cursor）；本页为空时为 null。' },
    pageInfoFieldOptions: { description: '分页信息：是否还有下一页/上一页，以及首尾游标。' },
    edgesFieldOptions: { description: '本页的边（edges）：每条是一个对象及其游标。' },
    cursorFieldOptions: { description: '此对象在列表中的游标（cursor），不透明字符串；传给 after 或 before 取它之后或之前的页。' },
    nodeFieldOptions: { description: '这条边上的对象。' },
    firstArgOptions: {
      description: `从前往后取的条数（first），1 到 ${MAX_PAGE_SIZE}；不传且不传 last 时为 ${DEFAULT_PAGE_SIZE}。超出范围返回 BAD_USER_INPUT。`,
    },
    lastArgOptions: { description: `从后往前取的条数（last），1 到 ${MAX_PAGE_SIZE}；与 before 一起用。超出范围返回 BAD_USER_INPUT。` },
    afterArgOptions: { description: '从此游标之后开始（after）：上一页 pageInfo.endCursor 的值。伪造或过期的游标返回 BAD_USER_INPUT。' },
    beforeArgOptions: { description: '到此游标之前为止（before）：pageInfo.startCursor 的值。伪造或过期的游标返回 BAD_USER_INPUT。' },
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
