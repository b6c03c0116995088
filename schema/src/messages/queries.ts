import { builder } from '../builder.ts';
import { UserRef } from '../accounts/types.ts';
import { MessageSettingsRef } from './types.ts';
import { settingsOf, unreadCount } from './inbox.service.ts';

builder.queryFields((t) => ({
  myMessages: t.drizzleConnection({
    type: 'messages',
    description: '我的站内消息，新的在前。',
    authScopes: { authenticated: true },
    args: { unreadOnly: t.arg.boolean({ required: false, description: 'true 时只返回未读消息。totalCount 总是未读条数。' }) },
    totalCount: (_root, args, ctx) => unreadCount(ctx.db, ctx.viewer!.userId),
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.messages.findMany(
        query({
          where: { userId: ctx.viewer!.userId, ...(args.unreadOnly ? { readAt: { isNull: true } } : {}) },
          orderBy: { createdAt: 'desc', id: 'desc' },
        }),
      ),
  }),
}));

builder.objectFields(UserRef, (t) => ({
  unreadMessageCount: t.int({
    description: '未读站内消息数（店面标签栏的角标）。',
    resolve: (user, _args, ctx) => unreadCount(ctx.db, user.id),
  }),
  messageSettings: t.field({ type: MessageSettingsRef, resolve: (user, _args, ctx) => settingsOf(ctx.db, user.id) }),
}));
