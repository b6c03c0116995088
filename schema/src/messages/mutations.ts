import { z } from 'zod';
import { builder } from '../builder.ts';
import { InputValidationError } from '../common/errors.ts';
import { markRead, updateSettings } from './inbox.service.ts';
import { MessageRef, MessageSettingsRef } from './types.ts';

const MarkMessagesReadInput = builder.inputType('MarkMessagesReadInput', {
  fields: (t) => ({
    messages: t.globalIDList({
      for: [MessageRef],
      required: false,
      description: '要标记已读的消息；不给则全部标记已读。',
      validate: z.array(z.any()).max(100, { message: '一次最多 100 条' }),
    }),
  }),
});

const hour = z.number().int().min(0, { message: '0–23 点' }).max(23, { message: '0–23 点' });

const UpdateMessageSettingsInput = builder.inputType('UpdateMessageSettingsInput', {
  fields: (t) => ({
    smsEnabled: t.boolean({ required: false }),
    quietStartHour: t.int({ required: false, validate: hour }),
    quietEndHour: t.int({ required: false, validate: hour }),
  }),
});

builder.mutationFields((t) => ({
  markMessagesRead: t.int({
    description: '标记消息已读；返回本次标记的条数。',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: MarkMessagesReadInput, required: true }) },
    errors: { types: [InputValidationError], dataField: { name: 'marked' } },
    resolve: (_root, { input }, ctx) =>
      markRead(ctx.db, ctx.viewer!.userId, input.messages ? input.messages.map((m) => m.id) : null),
  }),
  updateMessageSettings: t.field({
    type: MessageSettingsRef,
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateMessageSettingsInput, required: true }) },
    errors: { types: [InputValidationError], dataField: { name: 'settings' } },
    resolve: (_root, { input }, ctx) => updateSettings(ctx.db, ctx.viewer!.userId, input),
  }),
}));
