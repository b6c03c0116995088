import { z } from 'zod';
import { UnionRef } from '../../accounts/types.ts';
import { builder } from '../../builder.ts';
import { InputValidationError } from '../../common/errors.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { optionalText, shortText } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { requireMember } from '../access.ts';
import { AlreadyRegisteredForFair, EmployerNotVerified, FairClosed, FairFull } from '../errors.ts';
import { cancelFairRegistration, createFair, joinFair, registerForFair } from '../fairs.service.ts';
import { EmployerRef } from '../types/employer.ts';
import { JobFairRef } from '../types/fair.ts';
import { JobPostingRef } from '../types/posting.ts';

const CreateJobFairInput = builder.inputType('CreateJobFairInput', {
  description: '工会工作人员举办一场招聘会（job fair）。',
  fields: (t) => ({
    title: t.string({ required: true, validate: shortText(80, '招聘会名称'), description: '名称，最多 80 个字。' }),
    description: t.string({ required: false, validate: optionalText(2000), description: '介绍，最多 2000 个字。' }),
    organizer: t.globalID({ required: true, for: [UnionRef], description: '主办工会（须在本人管辖范围内）。' }),
    date: t.field({ type: 'Date', required: true, description: '举办日期（Asia/Shanghai）。' }),
    isOnline: t.boolean({ required: true, description: '线上招聘会。' }),
    venue: t.string({ required: false, validate: optionalText(200), description: '现场地址，最多 200 个字；线上可不填。' }),
    capacity: t.int({ required: false, validate: z.number().int().min(1).max(1_000_000), description: '现场容量；不填为不限。' }),
  }),
});

builder.mutationField('createJobFair', (t) =>
  t.drizzleField({
    type: JobFairRef,
    description: '工会工作人员创建招聘会（现场或线上）。',
    nullable: true,
    args: { input: t.arg({ type: CreateJobFairInput, required: true }) },
    authScopes: (_root, { input }) => ({ unionStaffOver: input.organizer.id }),
    errors: { types: [InputValidationError], dataField: { name: 'fair' } },
    resolve: async (query, _root, { input }, ctx) => {
      const fair = await createFair(ctx.db, requireViewer(ctx).userId, {
        title: input.title,
        description: input.description ?? null,
        organizerUnionId: input.organizer.id,
        fairDate: input.date,
        isOnline: input.isOnline,
        venue: input.venue ?? null,
        capacity: input.capacity ?? null,
      });
      return found(ctx.db.query.jobFairs.findFirst(query({ where: { id: fair.id } })), '招聘会');
    },
  }),
);

const JoinJobFairInput = builder.inputType('JoinJobFairInput', {
  description: '用人单位报名参加招聘会，并带去本单位的岗位。',
  fields: (t) => ({
    fair: t.globalID({ required: true, for: [JobFairRef], description: '未结束的招聘会。' }),
    employer: t.globalID({ required: true, for: [EmployerRef], description: '已通过审核的本单位；调用者须是其员工。' }),
    postings: t.globalIDList({ required: true, for: [JobPostingRef], validate: z.array(z.any()).max(100), description: '本单位带去的岗位，最多 100 个。' }),
  }),
});

builder.mutationField('joinJobFair', (t) =>
  t.drizzleField({
    type: JobFairRef,
    description: '用人单位带着岗位报名参加招聘会（可多次调用追加岗位）。',
    nullable: true,
    args: { input: t.arg({ type: JoinJobFairInput, required: true }) },
    authScopes: (_root, { input }) => ({ employerStaffOf: input.employer.id }),
    errors: { types: [InputValidationError, NotFound, EmployerNotVerified, FairClosed], dataField: { name: 'fair' } },
    resolve: async (query, _root, { input }, ctx) => {
      const fairId = await joinFair(ctx.db, requireViewer(ctx).userId, {
        fairId: input.fair.id,
        employerId: input.employer.id,
        postingIds: input.postings.map((p) => p.id),
      });
      return found(ctx.db.query.jobFairs.findFirst(query({ where: { id: fairId } })), '招聘会');
    },
  }),
);

const FairRefInput = builder.inputType('JobFairRefInput', {
  description: '指定一场招聘会。',
  fields: (t) => ({ id: t.globalID({ required: true, for: [JobFairRef], description: '招聘会的全局 ID。' }) }),
});

builder.mutationField('registerForJobFair', (t) =>
  t.drizzleField({
    type: JobFairRef,
    description: '会员报名入场（现场招聘会受容量限制）。',
    nullable: true,
    args: { input: t.arg({ type: FairRefInput, required: true }) },
    authScopes: { member: true },
    errors: { types: [NotFound, FairFull, AlreadyRegisteredForFair, FairClosed], dataField: { name: 'fair' } },
    resolve: async (query, _root, { input }, ctx) => {
      const registration = await registerForFair(ctx.db, requireMember(ctx).id, input.id.id);
      return found(ctx.db.query.jobFairs.findFirst(query({ where: { id: registration.fairId } })), '招聘会');
    },
  }),
);

builder.mutationField('cancelJobFairRegistration', (t) =>
  t.drizzleField({
    type: JobFairRef,
    description: '取消本人的招聘会报名，名额退回。',
    nullable: true,
    args: { input: t.arg({ type: FairRefInput, required: true }) },
    authScopes: { member: true },
    errors: { types: [NotFound], dataField: { name: 'fair' } },
    resolve: async (query, _root, { input }, ctx) => {
      const fairId = await cancelFairRegistration(ctx.db, requireMember(ctx).id, input.id.id);
      return found(ctx.db.query.jobFairs.findFirst(query({ where: { id: fairId } })), '招聘会');
    },
  }),
);
