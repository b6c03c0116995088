import { z } from 'zod';
import { builder } from '../../builder.ts';
import { UnionRef } from '../../accounts/types.ts';
import { InputValidationError } from '../../common/errors.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { optionalText, shortText, text, title } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { attachErrors } from '../../files/errors.ts';
import { StoredFileRef } from '../../files/types.ts';
import { CongressAlreadyDelegate, CongressNotUnionMember, CongressOutsideWindow, CongressRollClosed, CongressVoteStillOpen } from '../errors.ts';
import { addDelegates, addDocument, advanceStage, createSession, setAgendaItem, setDelegateRoles, signIn } from '../sessions.service.ts';
import { CongressDelegateRef, CongressSessionRef, CongressStage } from '../types.ts';

const CreateCongressSessionInput = builder.inputType('CreateCongressSessionInput', {
  fields: (t) => ({
    union: t.globalID({ required: true, for: [UnionRef], description: '召开大会的基层工会。' }),
    title: t.string({ required: true, validate: title(100, '大会名称') }),
    description: t.string({ required: false, validate: optionalText(2000) }),
    ballotsChangeable: t.boolean({ required: false, description: '表决结束前可否修改选票（默认否）。' }),
    quorumNumerator: t.int({ required: false, validate: z.number().int().min(1).max(100), description: '法定人数比例的分子（默认 2）。' }),
    quorumDenominator: t.int({ required: false, validate: z.number().int().min(1).max(100), description: '法定人数比例的分母（默认 3）。' }),
    minCosigners: t.int({ required: false, validate: z.number().int().min(0).max(50), description: '提案立案所需附议人数（默认 2）。' }),
  }),
});

const AddCongressDelegatesInput = builder.inputType('AddCongressDelegatesInput', {
  fields: (t) => ({
    session: t.globalID({ required: true, for: [CongressSessionRef] }),
    groupName: t.string({ required: true, validate: shortText(40, '代表组名称') }),
    cardNumbers: t.stringList({
      required: true,
      validate: z.array(z.string().max(2000)).min(1).max(500),
      description: '会员卡号；可直接粘贴名单（每行一个，或以逗号、空格分隔）。',
    }),
    isGroupLeader: t.boolean({ required: false }),
    isPresidium: t.boolean({ required: false }),
  }),
});

const SetCongressDelegateRolesInput = builder.inputType('SetCongressDelegateRolesInput', {
  fields: (t) => ({
    delegate: t.globalID({ required: true, for: [CongressDelegateRef] }),
    isGroupLeader: t.boolean({ required: true }),
    isPresidium: t.boolean({ required: true }),
    groupName: t.string({ required: false, validate: z.string().trim().max(40) }),
  }),
});

const SetCongressAgendaItemInput = builder.inputType('SetCongressAgendaItemInput', {
  fields: (t) => ({
    session: t.globalID({ required: true, for: [CongressSessionRef] }),
    stage: t.field({ type: CongressStage, required: true }),
    startsAt: t.field({ type: 'DateTime', required: true }),
    endsAt: t.field({ type: 'DateTime', required: true }),
    note: t.string({ required: false, validate: optionalText(500) }),
  }),
});

const AddCongressDocumentInput = builder.inputType('AddCongressDocumentInput', {
  fields: (t) => ({
    session: t.globalID({ required: true, for: [CongressSessionRef] }),
    title: t.string({ required: true, validate: title(100, '文件名称') }),
    body: t.string({ required: true, validate: text(2, 50_000, '文件内容') }),
    upload: t.globalID({
      required: false,
      for: [StoredFileRef],
      description: '可选：文件原件（PDF，最大 20 MB），先经 POST /files 以 purpose=congress_document 上传，再在此引用；只能附一次。',
    }),
  }),
});

const AdvanceCongressSessionInput = builder.inputType('AdvanceCongressSessionInput', {
  fields: (t) => ({
    session: t.globalID({ required: true, for: [CongressSessionRef] }),
    to: t.field({ type: CongressStage, required: true, description: '要进入的阶段（须为下一阶段；重复提交不会跳过阶段）。' }),
  }),
});

const CongressSessionActionInput = builder.inputType('CongressSessionActionInput', {
  fields: (t) => ({ session: t.globalID({ required: true, for: [CongressSessionRef] }) }),
});

const reload = (ctx: any, query: any, id: string) => found(ctx.db.query.congressSessions.findFirst(query({ where: { id } })), '职工代表大会');

builder.mutationFields((t) => ({
  createCongressSession: t.drizzleField({
    type: 'congressSessions',
    description: '创建一次职工代表大会（基层工会工作人员）。',
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: CreateCongressSessionInput, required: true }) },
    errors: { types: [InputValidationError, NotFound], dataField: { name: 'session' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createSession(ctx.db, requireViewer(ctx), { ...input, unionId: input.union.id });
      return reload(ctx, query, id);
    },
  }),
  addCongressDelegates: t.drizzleField({
    type: 'congressSessions',
    description: '按会员卡号录入一个代表组的代表（须为本工会会员）；任何一人不符则整份名单不写入。',
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: AddCongressDelegatesInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFound, CongressRollClosed, CongressNotUnionMember, CongressAlreadyDelegate],
      dataField: { name: 'session' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      await addDelegates(ctx.db, requireViewer(ctx), { ...input, sessionId: input.session.id });
      return reload(ctx, query, input.session.id);
    },
  }),
  setCongressDelegateRoles: t.drizzleField({
    type: 'congressDelegates',
    description: '设置代表的组长、主席团成员身份。',
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: SetCongressDelegateRolesInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, CongressRollClosed], dataField: { name: 'delegate' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await setDelegateRoles(ctx.db, requireViewer(ctx), { ...input, delegateId: input.delegate.id });
      return found(ctx.db.query.congressDelegates.findFirst(query({ where: { id } })), '代表');
    },
  }),
  setCongressAgendaItem: t.drizzleField({
    type: 'congressSessions',
    description: '设置议程中某一阶段的时段。',
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: SetCongressAgendaItemInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'session' } },
    resolve: async (query, _root, { input }, ctx) => {
      await setAgendaItem(ctx.db, requireViewer(ctx), { ...input, sessionId: input.session.id });
      return reload(ctx, query, input.session.id);
    },
  }),
  addCongressDocument: t.drizzleField({
    type: 'congressSessions',
    description: '添加一份会议文件（报告、草案）：正文按行分段供逐段提意见，可附上传的原件（upload）。错误：FileAlreadyAttached、FilePurposeMismatch（原件已被使用或上传用途不符）、NotFound（会议或原件不存在）。',
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: AddCongressDocumentInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidTransition, ...attachErrors], dataField: { name: 'session' } },
    resolve: async (query, _root, { input }, ctx) => {
      await addDocument(ctx.db, requireViewer(ctx), { ...input, sessionId: input.session.id, fileId: input.upload?.id ?? null });
      return reload(ctx, query, input.session.id);
    },
  }),
  advanceCongressSession: t.drizzleField({
    type: 'congressSessions',
    description: '大会进入下一阶段；闭幕时须所有表决已计票，决议与提案办理情况随即自动进入厂务公开栏。',
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: AdvanceCongressSessionInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidTransition, CongressVoteStillOpen], dataField: { name: 'session' } },
    resolve: async (query, _root, { input }, ctx) => {
      await advanceStage(ctx.db, requireViewer(ctx), input.session.id, input.to);
      return reload(ctx, query, input.session.id);
    },
  }),
  signInCongressStage: t.drizzleField({
    type: 'congressSessions',
    description: '代表签到当前阶段的会议（重复签到无副作用）。',
    authScopes: { member: true },
    args: { input: t.arg({ type: CongressSessionActionInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidTransition, CongressOutsideWindow], dataField: { name: 'session' } },
    resolve: async (query, _root, { input }, ctx) => {
      await signIn(ctx.db, requireViewer(ctx), input.session.id);
      return reload(ctx, query, input.session.id);
    },
  }),
}));
