import { z } from 'zod';
import { builder } from '../../builder.ts';
import { UserRef } from '../../accounts/types.ts';
import { InputValidationError } from '../../common/errors.ts';
import { MoneyInput } from '../../common/money.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { optionalText, reason, text } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { HardshipAlreadyPaired } from '../errors.ts';
import { HardshipPairingRef, HardshipVisitRound } from '../support-types.ts';
import { HardshipFileRef } from '../types.ts';
import { endPairing, logVisit, pairHousehold } from '../visits.service.ts';

const LogHardshipVisitInput = builder.inputType('LogHardshipVisitInput', {
  fields: (t) => ({
    file: t.globalID({ required: true, for: [HardshipFileRef] }),
    round: t.field({ type: HardshipVisitRound, required: true }),
    visitedOn: t.field({ type: 'Date', required: true }),
    visitors: t.string({ required: true, validate: text(2, 200, '走访人员') }),
    brought: t.string({ required: true, validate: text(2, 500, '慰问内容') }),
    value: t.field({
      type: MoneyInput,
      required: false,
      validate: z.object({ amount: z.number().int().min(0), currency: z.literal('CNY') }),
      description: '慰问金及物品折合金额。',
    }),
    note: t.string({ required: false, validate: optionalText(500) }),
  }),
});

const PairHardshipHouseholdInput = builder.inputType('PairHardshipHouseholdInput', {
  fields: (t) => ({
    file: t.globalID({ required: true, for: [HardshipFileRef] }),
    cadre: t.globalID({ required: true, for: [UserRef], description: '结对的工会干部（须为该家庭所在工会或上级工会的工作人员）。' }),
  }),
});

const EndHardshipPairingInput = builder.inputType('EndHardshipPairingInput', {
  fields: (t) => ({
    pairing: t.globalID({ required: true, for: [HardshipPairingRef] }),
    reason: t.string({ required: true, validate: reason }),
  }),
});

builder.mutationFields((t) => ({
  logHardshipVisit: t.drizzleField({
    type: 'hardshipVisits',
    description: '登记一次走访慰问（四季送）。',
    nullable: true,
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: LogHardshipVisitInput, required: true }) },
    errors: { types: [InputValidationError, NotFound], dataField: { name: 'visit' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await logVisit(ctx.db, requireViewer(ctx), {
        fileId: input.file.id,
        round: input.round,
        visitedOn: input.visitedOn,
        visitors: input.visitors,
        brought: input.brought,
        valueFen: input.value?.amount ?? 0,
        note: input.note ?? null,
      });
      return found(ctx.db.query.hardshipVisits.findFirst(query({ where: { id } })), '走访记录');
    },
  }),
  pairHardshipHousehold: t.drizzleField({
    type: 'hardshipPairings',
    description: '一帮一：为困难职工家庭结对一名工会干部（同时只能一名）。',
    nullable: true,
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: PairHardshipHouseholdInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, HardshipAlreadyPaired], dataField: { name: 'pairing' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await pairHousehold(ctx.db, requireViewer(ctx), input.file.id, input.cadre.id);
      return found(ctx.db.query.hardshipPairings.findFirst(query({ where: { id } })), '结对帮扶');
    },
  }),
  endHardshipPairing: t.drizzleField({
    type: 'hardshipPairings',
    description: '结束一帮一结对（须说明理由）。',
    nullable: true,
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: EndHardshipPairingInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'pairing' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await endPairing(ctx.db, requireViewer(ctx), input.pairing.id, input.reason);
      return found(ctx.db.query.hardshipPairings.findFirst(query({ where: { id } })), '结对帮扶');
    },
  }),
}));
