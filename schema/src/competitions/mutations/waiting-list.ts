import { z } from 'zod';
import { builder } from '../../builder.ts';
import { InputValidationError } from '../../common/errors.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { reason } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import type { Context } from '../../context.ts';
import { CompetitionEntryRef } from '../entry-types.ts';
import { NotOnWaitingList } from '../errors.ts';
import { CompetitionEventRef } from '../types.ts';
import { changeCapacity, moveOnWaitingList } from '../waiting-list.service.ts';
import { ENTRY_ERRORS } from './registration.ts';

/** Staff over the event's competition; an unknown event is refused as for a stranger. */
export async function eventStaffScope(ctx: Context, eventId: string) {
  const event = await ctx.db.query.competitionEvents.findFirst({ where: { id: eventId }, columns: { competitionId: true } });
  return event ? { competitionStaff: event.competitionId } : { unionStaff: true };
}

const MoveInput = builder.inputType('MoveCompetitionWaitlistEntryInput', {
  description: '主办方调整一份候补报名在候补队列中的位置。',
  fields: (t) => ({
    entry: t.globalID({ description: '候补中（WAITING）的报名。', required: true, for: [CompetitionEntryRef] }),
    position: t.int({ required: true, validate: z.number().int().min(1), description: '新位置，从 1 开始。' }),
    reason: t.string({ required: true, validate: reason, description: '调整理由，写入审计记录。' }),
  }),
});

builder.mutationField('moveCompetitionWaitlistEntry', (t) =>
  t.drizzleField({
    type: 'competitionEntries',
    description: '调整候补顺序（须说明理由，写入审计记录）。',
    nullable: true,
    authScopes: (_root, { input }) => ({ competitionEntryStaff: input.entry.id }),
    args: { input: t.arg({ type: MoveInput, required: true }) },
    errors: { types: [...ENTRY_ERRORS, NotOnWaitingList], dataField: { name: 'entry' } },
    resolve: async (query, _root, { input }, ctx) => {
      await moveOnWaitingList(ctx.db, requireViewer(ctx).userId, {
        entryId: input.entry.id,
        position: input.position,
        reason: input.reason,
      });
      return found(ctx.db.query.competitionEntries.findFirst(query({ where: { id: input.entry.id } })), '报名');
    },
  }),
);

const CapacityInput = builder.inputType('ChangeCompetitionEventCapacityInput', {
  description: '主办方修改项目名额；扩容时候补按顺序递补。',
  fields: (t) => ({
    event: t.globalID({ description: '比赛项目；调用者须是主办工会的工作人员。', required: true, for: [CompetitionEventRef] }),
    capacity: t.int({ description: '新名额，1 到 100000，不低于已占名额。', required: true, validate: z.number().int().min(1).max(100_000) }),
    reason: t.string({ required: true, validate: reason, description: '调整理由，写入审计记录。' }),
  }),
});

builder.mutationField('changeCompetitionEventCapacity', (t) =>
  t.drizzleField({
    type: 'competitionEvents',
    description: '调整项目名额（须说明理由）。增加的名额按顺序递补给候补名单；不能低于已占名额。',
    nullable: true,
    authScopes: (_root, { input }, ctx) => eventStaffScope(ctx, input.event.id),
    args: { input: t.arg({ type: CapacityInput, required: true }) },
    errors: { types: [InputValidationError, NotFound], dataField: { name: 'event' } },
    resolve: async (query, _root, { input }, ctx) => {
      await changeCapacity(ctx.db, requireViewer(ctx).userId, {
        eventId: input.event.id,
        capacity: input.capacity,
        reason: input.reason,
      });
      return found(ctx.db.query.competitionEvents.findFirst(query({ where: { id: input.event.id } })), '比赛项目');
    },
  }),
);
