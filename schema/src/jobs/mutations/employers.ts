import { UnionRef } from '../../accounts/types.ts';
import { builder } from '../../builder.ts';
import { InputValidationError } from '../../common/errors.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { creditCode, optionalText, personName, phone, shortText } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { addEmployerStaff, registerEmployer, reviewEmployer } from '../employers.service.ts';
import { AlreadyEmployerStaff, CreditCodeTaken } from '../errors.ts';
import { EmployerRef } from '../types/employer.ts';

const RegisterEmployerInput = builder.inputType('RegisterEmployerInput', {
  description: '登记用人单位（employer），由所在地区工会审核。',
  fields: (t) => ({
    name: t.string({ required: true, validate: shortText(100, '单位名称'), description: '单位名称，最多 100 个字。' }),
    creditCode: t.string({ required: true, validate: creditCode, description: '18 位统一社会信用代码（GB 32100）。' }),
    industry: t.string({ required: true, validate: shortText(40, '所属行业'), description: '所属行业，最多 40 个字。' }),
    region: t.globalID({ required: true, for: [UnionRef], description: '所在市或区/县（其总工会负责审核）。' }),
    address: t.string({ required: false, validate: optionalText(200), description: '单位地址，最多 200 个字。' }),
    contactName: t.string({ required: true, validate: personName, description: '联系人姓名，1 到 40 个字符；仅本单位员工与地区工会工作人员可见。' }),
    contactPhone: t.string({ required: true, validate: phone, description: '联系电话（11 位手机号）；可见范围同 contactName。' }),
  }),
});

builder.mutationField('registerEmployer', (t) =>
  t.drizzleField({
    type: EmployerRef,
    description: '登记用人单位（待所在地区工会审核）；登记人成为该单位的第一个员工账号。',
    nullable: true,
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: RegisterEmployerInput, required: true }) },
    errors: { types: [InputValidationError, CreditCodeTaken], dataField: { name: 'employer' } },
    resolve: async (query, _root, { input }, ctx) => {
      const viewer = requireViewer(ctx);
      const employer = await registerEmployer(ctx.db, viewer.userId, {
        name: input.name,
        creditCode: input.creditCode,
        industry: input.industry,
        unionId: input.region.id,
        address: input.address ?? null,
        contactName: input.contactName,
        contactPhone: input.contactPhone,
      });
      // The viewer was loaded before this grant existed; let the rest of this request see it.
      viewer.grants.push({ role: 'employer_staff', unionId: null, unionPath: null, organizationId: employer.id });
      return found(ctx.db.query.employers.findFirst(query({ where: { id: employer.id } })), '用人单位');
    },
  }),
);

const ReviewEmployerInput = builder.inputType('ReviewEmployerInput', {
  description: '地区工会工作人员审核用人单位。',
  fields: (t) => ({
    employer: t.globalID({ required: true, for: [EmployerRef], description: '待审核的用人单位；须在调用者辖区内。' }),
    approve: t.boolean({ required: true, description: 'true 为通过（VERIFIED），false 为驳回（REJECTED）。' }),
    note: t.string({ required: false, validate: optionalText(500), description: '审核意见，最多 500 个字，单位可见。' }),
  }),
});

builder.mutationField('reviewEmployer', (t) =>
  t.drizzleField({
    type: EmployerRef,
    description: '工会工作人员审核本地区的用人单位。',
    nullable: true,
    args: { input: t.arg({ type: ReviewEmployerInput, required: true }) },
    // An unknown id answers like a foreign one (no probing of ids).
    authScopes: async (_root, { input }, ctx) => {
      const employer = await ctx.db.query.employers.findFirst({ where: { id: input.employer.id }, columns: { unionId: true } });
      return employer ? { unionStaffOver: employer.unionId } : { platformAdmin: true };
    },
    errors: { types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'employer' } },
    resolve: async (query, _root, { input }, ctx) => {
      const employer = await reviewEmployer(ctx.db, requireViewer(ctx).userId, {
        employerId: input.employer.id,
        approve: input.approve,
        note: input.note ?? null,
      });
      return found(ctx.db.query.employers.findFirst(query({ where: { id: employer.id } })), '用人单位');
    },
  }),
);

const AddEmployerStaffInput = builder.inputType('AddEmployerStaffInput', {
  description: '为用人单位添加一名员工（按手机号指定已注册账号）。',
  fields: (t) => ({
    employer: t.globalID({ required: true, for: [EmployerRef], description: '用人单位；调用者须是其员工。' }),
    phone: t.string({ required: true, validate: phone, description: '已注册账号的手机号。' }),
  }),
});

builder.mutationField('addEmployerStaff', (t) =>
  t.drizzleField({
    type: EmployerRef,
    description: '为本单位添加员工账号（对方须已注册）。',
    nullable: true,
    args: { input: t.arg({ type: AddEmployerStaffInput, required: true }) },
    authScopes: (_root, { input }) => ({ employerStaffOf: input.employer.id }),
    errors: { types: [InputValidationError, AlreadyEmployerStaff], dataField: { name: 'employer' } },
    resolve: async (query, _root, { input }, ctx) => {
      await addEmployerStaff(ctx.db, requireViewer(ctx).userId, { employerId: input.employer.id, phone: input.phone });
      return found(ctx.db.query.employers.findFirst(query({ where: { id: input.employer.id } })), '用人单位');
    },
  }),
);
