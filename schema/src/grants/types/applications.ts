import { builder } from '../../builder.ts';
import { fen, MoneyRef } from '../../common/money.ts';
import { StoredFileRef } from '../../files/types.ts';
import { callUnionId } from '../access.ts';
import { APPLICATION_STATUS_LABELS } from '../lifecycle.ts';
import { grantLoaders } from '../loaders.ts';
import { grantApplicationViewerCan, GrantApplicationViewerCanRef } from '../viewer-can.ts';
import { GrantApplicationStatus, GrantDistinction, GrantDocumentType } from './enums.ts';

const TeamMemberRef = builder.objectRef<{ name: string; role: string }>('GrantTeamMember').implement({
  description: '工作室团队成员。',
  authScopes: { authenticated: true },
  fields: (t) => ({ name: t.exposeString('name'), role: t.exposeString('role') }),
});


const DocumentRef = builder.drizzleObject('grantDocuments', {
  name: 'GrantDocument',
  description: '申报材料。只能经由所属申请访问，申请本身已检查权限。',
  authScopes: { authenticated: true },
  // Only what a field asks for: listing documents does not load their bytes.
  select: { columns: { id: true } },
  fields: (t) => ({
    kind: t.exposeString('kind', { description: '对应项目要求的哪一项材料。' }),
    fileName: t.exposeString('fileName'),
    contentType: t.field({
      type: GrantDocumentType,
      select: { columns: { contentType: true } },
      resolve: (d) => d.contentType as 'application/pdf' | 'image/jpeg' | 'image/png',
    }),
    size: t.exposeInt('sizeBytes', { description: '字节数。' }),
    sha256: t.exposeString('sha256'),
    file: t.relation('storedFile', {
      type: StoredFileRef,
      nullable: true,
      description: '材料文件：下载地址等见 StoredFile；尚未迁入文件存储的旧材料为 null。',
    }),
    contentBase64: t.string({
      description: '文件内容（Base64）。',
      deprecationReason: '改用 file.downloadUrl 下载。',
      select: { columns: { content: true }, with: { storedFile: { columns: { storageBackend: true, storageKey: true } } } },
      resolve: async (d, _args, ctx) => {
        if (d.content) return Buffer.from(d.content).toString('base64');
        const body = d.storedFile && (await ctx.files?.stores.backends[d.storedFile.storageBackend]?.get(d.storedFile.storageKey));
        if (!body) throw new Error(`grant document ${d.id} has no readable content`);
        const chunks: Buffer[] = [];
        for await (const chunk of body) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks).toString('base64');
      },
    }),
    uploadedAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const BudgetLineRef = builder.drizzleObject('grantBudgetLines', {
  name: 'GrantBudgetLine',
  description: '预算明细的一行。只能经由所属申请访问，申请本身已检查权限。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    item: t.exposeString('item'),
    amount: t.field({ type: MoneyRef, select: { columns: { amountFen: true } }, resolve: (l) => fen(l.amountFen) }),
  }),
});

export const GrantApplicationRef = builder.drizzleNode('grantApplications', {
  name: 'GrantApplication',
  description: '工匠创新工作室资助申请。申请人本人、项目组织单位的工作人员与财务、分配的评审专家可见。',
  id: { column: (a) => a.id },
  authScopes: (app) => ({ grantApplicationReader: app }),
  fields: (t) => ({
    call: t.relation('call'),
    tier: t.relation('tier'),
    applicantName: t.string({
      description: '领衔人姓名。',
      select: { with: { applicant: { columns: { realName: true } } } },
      resolve: (a) => a.applicant.realName,
    }),
    studioName: t.exposeString('studioName'),
    enterprise: t.exposeString('enterprise'),
    trade: t.exposeString('trade', { description: '所属行业/工种。' }),
    teamMembers: t.field({
      type: [TeamMemberRef],
      select: { columns: { teamMembers: true } },
      resolve: (a) => a.teamMembers,
    }),
    requestedAmount: t.field({ type: MoneyRef, select: { columns: { requestedFen: true } }, resolve: (a) => fen(a.requestedFen) }),
    approvedAmount: t.field({
      type: MoneyRef,
      nullable: true,
      select: { columns: { approvedFen: true } },
      resolve: (a) => (a.approvedFen === null ? null : fen(a.approvedFen)),
    }),
    plan: t.exposeString('plan', { description: '建设计划。' }),
    distinctions: t.field({
      type: [GrantDistinction],
      select: { columns: { distinctions: true } },
      resolve: (a) => a.distinctions,
    }),
    distinctionNote: t.exposeString('distinctionNote', { nullable: true }),
    eligibilityAttested: t.exposeBoolean('eligibilityAttested', { description: '申请人已确认符合全部基本条件。' }),
    stripeAccountId: t.exposeString('stripeAccountId', {
      nullable: true,
      description: '工作室的 Stripe 收款账户（申请人、工作人员与财务可见）。',
      authScopes: (app) => ({ grantApplicationParty: app }),
    }),
    budgetLines: t.relation('budgetLines', { type: BudgetLineRef, query: { orderBy: { position: 'asc' } } }),
    documents: t.relation('documents', { type: DocumentRef, query: { orderBy: { kind: 'asc' } } }),
    missingDocuments: t.stringList({
      description: '项目要求但尚未上传的材料。',
      select: {
        with: { documents: { columns: { kind: true } }, call: { columns: { requiredDocuments: true } } },
      },
      resolve: (a) => {
        const have = new Set(a.documents.map((d) => d.kind));
        return a.call.requiredDocuments.filter((kind) => !have.has(kind));
      },
    }),
    status: t.expose('status', { type: GrantApplicationStatus }),
    viewerCan: t.field({
      type: GrantApplicationViewerCanRef,
      select: { columns: { status: true, applicantUserId: true, callId: true } },
      resolve: (app, _args, ctx) => grantApplicationViewerCan(app, ctx),
    }),
    statusLabel: t.string({
      description: '给申请人看的状态说明。',
      select: { columns: { status: true } },
      resolve: (a) => APPLICATION_STATUS_LABELS[a.status] ?? a.status,
    }),
    infoRequest: t.exposeString('infoRequest', { nullable: true, description: '工作人员最近一次要求补充的内容。' }),
    decisionRationale: t.exposeString('decisionRationale', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    reviews: t.relatedConnection('reviews', {
      description: '评审任务（工作人员与本申请的评审专家可见；评分另有规则）。',
      nullable: true,
      authScopes: async (parent: unknown, _args, ctx) => {
        const app = parent as { id: string; callId: string };
        const unionId = (await callUnionId(ctx.db, app.callId)) ?? '';
        return { unionStaffOver: unionId, grantReviewerOf: app.id };
      },
      query: { orderBy: { createdAt: 'asc' } },
      totalCount: true,
    }),
    weightedAverageScore: t.float({
      description: '已提交评审的加权平均分（0–5，保留两位小数）；尚无评审时为空。仅工作人员可见。',
      nullable: true,
      authScopes: async (app, _args, ctx) => ({ unionStaffOver: (await callUnionId(ctx.db, app.callId)) ?? '' }),
      resolve: (app, _args, ctx) => grantLoaders(ctx).applicationScore.load(app.id),
    }),
    tranches: t.relation('tranches', { query: { orderBy: { position: 'asc' } } }),
    reports: t.relation('reports', {
      description: '中期报告、结题报告等：截止日期、提交与验收。',
      query: { orderBy: { position: 'asc' } },
    }),
    auditTrail: t.relatedConnection('auditEvents', {
      type: GrantAuditEventRef,
      description: '申请的审计记录，按发生顺序。',
      nullable: true,
      authScopes: async (parent: unknown, _args, ctx) => {
        const app = parent as { applicantUserId: string; callId: string };
        const unionId = (await callUnionId(ctx.db, app.callId)) ?? '';
        return { self: app.applicantUserId, unionStaffOver: unionId, financeOver: unionId };
      },
      query: { orderBy: { id: 'asc' } },
      totalCount: true,
    }),
  }),
});

const REVIEW_ACTIONS_PREFIX = 'grant_review.';

// A variant, not the primary type of audit_events: other domains may expose their own trails.
const GrantAuditEventRef = builder.drizzleObject('auditEvents', {
  variant: 'GrantAuditEvent',
  description: '资助申请审计记录中的一条：谁、何时、从哪个状态到哪个状态、为什么。',
  // Reachable only through GrantApplication.auditTrail, which checks who may read the trail.
  authScopes: { authenticated: true },
  fields: (t) => ({
    action: t.exposeString('action', { description: '如 grant_application.submitted、grant_tranche.paid。' }),
    fromState: t.exposeString('fromState', { nullable: true }),
    toState: t.exposeString('toState', { nullable: true }),
    reason: t.exposeString('reason', { nullable: true }),
    actorName: t.string({
      nullable: true,
      description: '操作人；评审相关的记录不显示专家姓名（评审匿名）。',
      select: { columns: { action: true }, with: { actor: { columns: { displayName: true } } } },
      resolve: (event) =>
        event.action.startsWith(REVIEW_ACTIONS_PREFIX) ? '评审专家' : (event.actor?.displayName ?? null),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

