import { builder } from '../builder.ts';
import { ApiScopeEnum } from './types.ts';

const ApiCallerRef = builder
  .objectRef<{ clientId: string; scopes: string[] }>('ApiCaller')
  .implement({
    description: '当前以 API 密钥调用的接入方。',
    authScopes: { integrator: true },
    fields: (t) => ({
      scopes: t.field({ type: [ApiScopeEnum], description: '本次调用所用密钥的权限范围。', resolve: (caller) => caller.scopes as never }),
      client: t.drizzleField({
        type: 'apiClients',
        description: '密钥所属的接入方。',
        resolve: async (query, caller, _args, ctx) => {
          const client = await ctx.db.query.apiClients.findFirst(query({ where: { id: caller.clientId } }));
          if (!client) throw new Error('API client of an authenticated key is missing');
          return client;
        },
      }),
    }),
  });

builder.queryFields((t) => ({
  apiCaller: t.field({
    type: ApiCallerRef,
    nullable: true,
    description: '以 API 密钥调用时，返回接入方及其权限；否则为 null。',
    authScopes: { public: true },
    resolve: (_root, _args, ctx) => ctx.apiCaller,
  }),
}));
