import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { InputValidationError } from '../../common/errors.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { personName, phone, shortText } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { acceptOffer, cancelEnrolment, enrol } from '../enrolment.service.ts';
import {
  ClassAgreementRequired,
  ClassAlreadyEnrolled,
  ClassEnrolmentClosed,
  ClassEnrolmentNotOpen,
  ClassNotEligible,
  ClassOfferExpired,
} from '../errors.ts';
import { ClassCourseRef, ClassEnrolmentRef, ClassPriorityGroup } from '../types.ts';

const GuardianInput = builder.inputType('ClassGuardianInput', {
  description: '一名监护人（接送人）。',
  fields: (t) => ({
    relation: t.string({ required: true, validate: shortText(10, '关系'), description: '与孩子的关系，如 父亲、母亲（最多 10 字）。' }),
    name: t.string({ required: true, validate: personName, description: '姓名。' }),
    phone: t.string({ required: true, validate: phone, description: '手机号。' }),
  }),
});

const ChildInput = builder.inputType('ClassChildInput', {
  description: '报名暑托班的孩子。',
  fields: (t) => ({
    name: t.string({ required: true, validate: personName, description: '孩子的姓名。' }),
    birthDate: t.field({ type: 'Date', required: true, description: '出生日期；按开班日计算的年龄须在本班的年龄段内。' }),
    school: t.string({ required: true, validate: shortText(60, '学校'), description: '就读的小学（最多 60 字）。' }),
    guardians: t.field({
      type: [GuardianInput],
      required: true,
      validate: z.array(z.any()).min(1, { message: '至少登记一名监护人' }).max(4, { message: '最多 4 名监护人' }),
      description: '监护人（接送人，1–4 名）：点名时只有这些人可登记为接走孩子的人。',
    }),
    priorityGroup: t.field({ type: ClassPriorityGroup, required: false, description: '优先群体（农民工子女、单亲家庭子女、留守儿童）；不属于则不填。' }),
  }),
});

const EnrolInput = builder.inputType('EnrolInClassInput', {
  description: '报名一个班：培训班为会员本人，暑托班为会员的孩子。',
  fields: (t) => ({
    course: t.globalID({ required: true, for: [ClassCourseRef], description: '班级的 ID。' }),
    child: t.field({ type: ChildInput, required: false, description: '暑托班必填：孩子的信息；培训班不填。' }),
    acceptAgreement: t.boolean({ required: false, description: '暑托班必填 true：已阅读并同意三方协议（家长、工会、托管班）。' }),
  }),
});

const EnrolmentActionInput = builder.inputType('ClassEnrolmentActionInput', {
  description: '对一份报名的操作。',
  fields: (t) => ({ enrolment: t.globalID({ required: true, for: [ClassEnrolmentRef], description: '报名的 ID。' }) }),
});

const reload = (query: any, ctx: Context, id: string) => found(ctx.db.query.classEnrolments.findFirst(query({ where: { id } })), '报名');

/** Descriptions of the generated result types: the success object and the union with the typed errors. */
const OUTCOME = {
  result: { description: '操作成功：含操作后的对象。' },
  union: { description: '操作的结果：成功（…Success），或一种预期内的失败（实现 Error 接口的类型，code 稳定）。' },
} as unknown as Record<string, never>;

builder.mutationFields((t) => ({
  enrolInClass: t.drizzleField({
    type: 'classEnrolments',
    description:
      '报名（会员）：名额按到达先后在班级锁内分配，有名额即录取，否则进入候补；每人每班一份有效报名。暑托班的优先报名时段内只录取优先群体，其他人按先后候补、时段结束后依次录取。错误：ClassEnrolmentNotOpen、ClassEnrolmentClosed、ClassAlreadyEnrolled、ClassNotEligible、ClassAgreementRequired、InputValidationError、NotFound。',
    nullable: true,
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: EnrolInput, required: true, description: '报名信息。' }) },
    errors: {
      ...OUTCOME,
      types: [InputValidationError, NotFound, ClassEnrolmentNotOpen, ClassEnrolmentClosed, ClassAlreadyEnrolled, ClassNotEligible, ClassAgreementRequired],
      dataField: { name: 'enrolment', description: '报名结果（已录取或候补）。' } as never,
    },
    resolve: async (query, _root, { input }, ctx) => {
      const row = await enrol(ctx.db, requireViewer(ctx), {
        courseId: input.course.id,
        child: input.child ? { ...input.child, priorityGroup: input.child.priorityGroup ?? null } : null,
        acceptAgreement: input.acceptAgreement ?? null,
      });
      return reload(query, ctx, row.id);
    },
  }),
  cancelClassEnrolment: t.drizzleField({
    type: 'classEnrolments',
    description: '取消报名（放弃名额、候补位置或递补名额）；空出的名额递补给候补名单的第一位，限时确认。错误：InvalidTransition、NotFound。',
    nullable: true,
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: EnrolmentActionInput, required: true, description: '要取消的报名。' }) },
    errors: { ...OUTCOME, types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'enrolment', description: '取消后的报名。' } as never },
    resolve: async (query, _root, { input }, ctx) => reload(query, ctx, (await cancelEnrolment(ctx.db, requireViewer(ctx), input.enrolment.id)).id),
  }),
  acceptClassOffer: t.drizzleField({
    type: 'classEnrolments',
    description: '确认递补的名额（在 offerExpiresAt 之前）；逾期则名额已顺延给下一位。错误：ClassOfferExpired、InvalidTransition、NotFound。',
    nullable: true,
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: EnrolmentActionInput, required: true, description: '递补的报名。' }) },
    errors: { ...OUTCOME, types: [InputValidationError, NotFound, InvalidTransition, ClassOfferExpired], dataField: { name: 'enrolment', description: '确认后的报名。' } as never },
    resolve: async (query, _root, { input }, ctx) => reload(query, ctx, (await acceptOffer(ctx.db, requireViewer(ctx), input.enrolment.id)).id),
  }),
}));
