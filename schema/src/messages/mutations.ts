import { z } from 'zod';
import { builder } from '../builder.ts';
import { fieldError, InputValidationError } from '../common/errors.ts';
import { markRead, updateSettings } from './inbox.service.ts';
import { MessageSettingsRef } from './types.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Message global ids to row ids; anything else is a field error, not a server error. */
function messageIds(ids: readonly (string | number)[]): string[] {
  return ids.map((id, index) => {
    const decoded = Buffer.from(String(id), 'base64').toString('utf8');
    const [type, rowId] = [decoded.slice(0, decoded.indexOf(':')), decoded.slice(decoded.indexOf(':') + 1)];
    if (type !== 'Message' || !UUID.test(rowId)) throw fieldError(['input', 'messages', String(index)], 'INVALID_ID', '不是有效的消息 ID');
    return rowId;
  });
}

const MarkMessagesReadInput = builder.inputType('MarkMessagesReadInput', {
  description: '把本人的消息标记为已读。',
  fields: (t) => ({
    messages: t.idList({
      required: false,
      description: '要标记已读的消息；不给则全部标记已读。',
      validate: z.array(z.any()).max(100, { message: '一次最多 100 条' }),
    }),
  }),
});

const hour = z.number().int().min(0, { message: '0–23 点' }).max(23, { message: '0–23 点' });

const UpdateMessageSettingsInput = builder.inputType('UpdateMessageSettingsInput', {
  description: '修改本人的消息设置；不给的项保持不变。',
  fields: (t) => ({
    smsEnabled: t.boolean({ required: false, description: '紧急消息是否发短信。' }),
    quietStartHour: t.int({ required: false, validate: hour, description: '免打扰开始的整点，0 到 23（北京时间）。' }),
    quietEndHour: t.int({ required: false, validate: hour, description: '免打扰结束的整点，0 到 23（北京时间）。' }),
  }),
});

builder.mutationFields((t) => ({
  markMessagesRead: t.int({
    description: '标记消息已读；返回本次标记的条数。',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: MarkMessagesReadInput, required: true }) },
    errors: { types: [InputValidationError], dataField: { name: 'marked' } },
    resolve: (_root, { input }, ctx) =>
      markRead(ctx.db, ctx.viewer!.userId, input.messages ? messageIds(input.messages) : null),
  }),
  updateMessageSettings: t.field({
    type: MessageSettingsRef,
    description: '修改本人的消息设置（短信与免打扰时段），返回修改后的设置。类型化错误：InputValidationError（整点不在 0–23）。',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateMessageSettingsInput, required: true }) },
    errors: { types: [InputValidationError], dataField: { name: 'settings' } },
    resolve: (_root, { input }, ctx) => updateSettings(ctx.db, ctx.viewer!.userId, input),
  }),
}));
