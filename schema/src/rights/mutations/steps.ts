import { z } from 'zod';
import { builder } from '../../builder.ts';
import { UnionRef, UserRef } from '../../accounts/types.ts';
import { InputValidationError } from '../../common/errors.ts';
import { MoneyInput } from '../../common/money.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { optionalText, text } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { StoredFileRef } from '../../files/types.ts';
import { attachErrors } from '../../files/errors.ts';
import { triageCase } from '../cases.service.ts';
import { LegalAidNotEligible, RightsCaseTaken, RightsNotCaseOfficer, RightsRoleNotHeld } from '../errors.ts';
import { recordOutreach } from '../figures.service.ts';
import { addDocument, addNote, assignLawyer, closeCase, startLitigation, startMediation, withdrawCase } from '../steps.service.ts';
import { RightsCaseOutcome, RightsCaseRef, RightsCaseRoute } from '../types.ts';

const money = z.object({ amount: z.number().int().min(0).max(100_000_000_000), currency: z.literal('CNY') });
const STEP = [InputValidationError, NotFound, InvalidTransition, RightsNotCaseOfficer, RightsCaseTaken];

const TriageRightsCaseInput = builder.inputType('TriageRightsCaseInput', {
  fields: (t) => ({
    case: t.globalID({ required: true, for: [RightsCaseRef] }),
    route: t.field({ type: RightsCaseRoute, required: true }),
    caseOfficer: t.globalID({ required: false, for: [UserRef], description: '承办人（本工会或上级工会的工作人员）；不填则为本人。' }),
    monthlyIncome: t.field({ type: MoneyInput, required: false, validate: money, description: '核实后的月收入（不填则用职工申报的）。' }),
    note: t.string({ required: false, validate: optionalText(500) }),
  }),
});

const RightsCaseStepInput = builder.inputType('RightsCaseStepInput', {
  fields: (t) => ({
    case: t.globalID({ required: true, for: [RightsCaseRef] }),
    note: t.string({ required: false, validate: optionalText(500) }),
  }),
});

const AssignRightsLawyerInput = builder.inputType('AssignRightsLawyerInput', {
  fields: (t) => ({
    case: t.globalID({ required: true, for: [RightsCaseRef] }),
    lawyer: t.globalID({ required: true, for: [UserRef], description: '法律援助律师（见 rightsLawyers）。' }),
    note: t.string({ required: false, validate: optionalText(500) }),
  }),
});

const CloseRightsCaseInput = builder.inputType('CloseRightsCaseInput', {
  fields: (t) => ({
    case: t.globalID({ required: true, for: [RightsCaseRef] }),
    outcome: t.field({ type: RightsCaseOutcome, required: true }),
    recovered: t.field({ type: MoneyInput, required: true, validate: money, description: '追回或协议约定的金额（没有则为 0）。' }),
    note: t.string({ required: false, validate: optionalText(500), description: '如调解协议的要点。' }),
  }),
});

const AddRightsCaseNoteInput = builder.inputType('AddRightsCaseNoteInput', {
  fields: (t) => ({
    case: t.globalID({ required: true, for: [RightsCaseRef] }),
    note: t.string({ required: true, validate: text(2, 1000, '办理记录') }),
  }),
});

const AddRightsCaseDocumentInput = builder.inputType('AddRightsCaseDocumentInput', {
  fields: (t) => ({
    case: t.globalID({ required: true, for: [RightsCaseRef] }),
    upload: t.globalID({ required: true, for: [StoredFileRef], description: 'POST /files?purpose=rights_case_document 返回的文件 ID。' }),
    title: t.string({ required: true, validate: text(2, 100, '材料名称') }),
  }),
});

const RecordRightsOutreachInput = builder.inputType('RecordRightsOutreachInput', {
  fields: (t) => ({
    union: t.globalID({ required: true, for: [UnionRef] }),
    firmName: t.string({ required: true, validate: text(2, 100, '企业名称') }),
    topic: t.string({ required: true, validate: text(2, 200, '宣讲主题') }),
    heldOn: t.field({ type: 'Date', required: true }),
    attendance: t.int({ required: true, validate: z.number().int().min(1).max(100_000), description: '听众人数。' }),
  }),
});

const OutreachRef = builder.drizzleNode('rightsOutreachEvents', {
  name: 'RightsOutreachEvent',
  description: '一次普法宣讲进企业。所在工会及上级工会的工作人员可见。',
  id: { column: (o) => o.id },
  authScopes: (o) => ({ unionStaffOver: o.unionId }),
  fields: (t) => ({
    firmName: t.exposeString('firmName'),
    topic: t.exposeString('topic'),
    heldOn: t.expose('heldOn', { type: 'Date' }),
    attendance: t.exposeInt('attendance'),
    union: t.relation('union'),
  }),
});

builder.mutationFields((t) => {
  const caseField = <I>(
    description: string,
    input: I,
    types: readonly (abstract new (...args: never[]) => unknown)[],
    run: (ctx: never, input: never) => Promise<string>,
  ) =>
    t.drizzleField({
      type: RightsCaseRef,
      description,
      authScopes: { authenticated: true },
      args: { input: t.arg({ type: input as never, required: true }) },
      errors: { types: types as never, dataField: { name: 'case' } },
      resolve: async (query, _root, { input: value }, ctx) => {
        const id = await run(ctx as never, value as never);
        return found(ctx.db.query.rightsCases.findFirst(query({ where: { id } })), '维权案件');
      },
    });
  return {
    triageRightsCase: caseField('分流：审查法律援助资格（会员、收入、案件类型）并确定办理方式与承办人。', TriageRightsCaseInput, [...STEP, LegalAidNotEligible, RightsRoleNotHeld], (ctx: any, i: any) =>
      triageCase(ctx.db, requireViewer(ctx), {
        caseId: i.case.id,
        route: i.route,
        caseOfficerUserId: i.caseOfficer?.id ?? null,
        monthlyIncomeFen: i.monthlyIncome?.amount ?? null,
        note: i.note,
      })),
    startRightsMediation: caseField('转入调解（区总工会调解）。', RightsCaseStepInput, STEP, (ctx: any, i: any) => startMediation(ctx.db, requireViewer(ctx), i.case.id, i.note)),
    assignRightsLawyer: caseField('指派工会聘请的法律援助律师（须符合法律援助条件）。', AssignRightsLawyerInput, [...STEP, LegalAidNotEligible, RightsRoleNotHeld], (ctx: any, i: any) =>
      assignLawyer(ctx.db, requireViewer(ctx), i.case.id, i.lawyer.id, i.note)),
    startRightsLitigation: caseField('转入诉讼（仲裁）支持。', RightsCaseStepInput, STEP, (ctx: any, i: any) => startLitigation(ctx.db, requireViewer(ctx), i.case.id, i.note)),
    closeRightsCase: caseField('结案：记录结果与追回金额。', CloseRightsCaseInput, STEP, (ctx: any, i: any) =>
      closeCase(ctx.db, requireViewer(ctx), { caseId: i.case.id, outcome: i.outcome, recoveredFen: i.recovered.amount, note: i.note })),
    withdrawRightsCase: caseField('职工本人撤回案件。', RightsCaseStepInput, STEP, (ctx: any, i: any) => withdrawCase(ctx.db, requireViewer(ctx), i.case.id, i.note)),
    addRightsCaseNote: caseField('添加一条办理记录（职工本人可见）。', AddRightsCaseNoteInput, STEP, (ctx: any, i: any) => addNote(ctx.db, requireViewer(ctx), i.case.id, i.note)),
    addRightsCaseDocument: caseField('附上经 /files 上传的材料。', AddRightsCaseDocumentInput, [...STEP, ...attachErrors], (ctx: any, i: any) =>
      addDocument(ctx.db, requireViewer(ctx), { caseId: i.case.id, fileId: i.upload.id, title: i.title })),
    recordRightsOutreach: t.drizzleField({
      type: OutreachRef,
      description: '登记一次普法宣讲进企业（场次与听众人数计入统计）。',
      authScopes: { unionStaff: true },
      args: { input: t.arg({ type: RecordRightsOutreachInput, required: true }) },
      errors: { types: [InputValidationError, NotFound], dataField: { name: 'outreach' } },
      resolve: async (query, _root, { input }, ctx) => {
        const id = await recordOutreach(ctx.db, requireViewer(ctx), {
          unionId: input.union.id,
          firmName: input.firmName,
          topic: input.topic,
          heldOn: input.heldOn,
          attendance: input.attendance,
        });
        return found(ctx.db.query.rightsOutreachEvents.findFirst(query({ where: { id } })), '宣讲记录');
      },
    }),
  };
});
