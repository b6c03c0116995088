import { builder } from '../../builder.ts';
import { viewerCanType } from '../../common/transitions.ts';
import { isUnionStaffOver } from '../../accounts/staff-reach.ts';
import { isEmployerStaff } from '../access.ts';
import { employerLifecycle } from '../lifecycle.ts';
import { EmployerStatus, JobApplicationStatus, JobPostingStatus } from './shared.ts';

export const EmployerViewerCanRef = viewerCanType('EmployerViewerCan', {
  verify: '可通过审核（本地区工会工作人员，待审核或未通过的单位）。',
  reject: '可不予通过（本地区工会工作人员，待审核的单位）。',
  submitPostings: '可提交岗位审核（本单位员工，单位已通过审核）。',
  joinFair: '可报名参加招聘会（本单位员工，单位已通过审核）。',
});

/** Its own staff and the union staff of its region: who sees an employer's private fields. */
const employerScopes = (e: { id: string; unionId: string }) => ({ employerStaffOf: e.id, unionStaffOver: e.unionId });

export const EmployerRef = builder.drizzleNode('employers', {
  name: 'Employer',
  description: '用人单位。通过审核的单位公开可见；未通过审核的仅本单位员工和所在地区工会工作人员可见。',
  id: { column: (employer) => employer.id },
  authScopes: (employer) =>
    employer.status === 'verified' ? { publicRead: 'read_jobs' } : employerScopes(employer),
  fields: (t) => ({
    name: t.exposeString('name', { description: '单位名称。' }),
    creditCode: t.exposeString('creditCode', { description: '统一社会信用代码（公示信息）。' }),
    industry: t.exposeString('industry', { description: '所属行业（中文，单位自填）。' }),
    region: t.relation('union', { description: '所在地区（市或区/县总工会），由其工作人员审核。' }),
    address: t.exposeString('address', { nullable: true, description: '单位地址；未填为 null。' }),
    status: t.expose('status', { type: EmployerStatus, description: '审核状态。' }),
    contactName: t.exposeString('contactName', {
      nullable: true,
      description: '联系人（仅本单位员工与地区工会工作人员可见）。',
      authScopes: employerScopes,
    }),
    contactPhone: t.exposeString('contactPhone', {
      description: '联系电话（仅本单位员工与地区工会工作人员可见，其他人读取返回 FORBIDDEN）。',
      nullable: true,
      authScopes: employerScopes,
    }),
    reviewNote: t.exposeString('reviewNote', {
      description: '工会审核意见（可见范围同 contactPhone）。',
      nullable: true,
      authScopes: employerScopes,
    }),
    openPostings: t.relatedConnection('postings', {
      description: '正在招聘的岗位。',
      query: () => ({ where: { status: 'published', validThrough: { gt: new Date() } }, orderBy: { datePosted: 'desc' } }),
      totalCount: true,
    }),
    postings: t.relatedConnection('postings', {
      description: '本单位全部岗位（含草稿与已关闭），仅本单位员工与地区工会工作人员可见。',
      nullable: true,
      // Pothos types a related connection's parent as the node; at run time it is the employer.
      authScopes: (e) => employerScopes(e as never),
      args: { status: t.arg({ type: JobPostingStatus, required: false, description: '只看此状态的岗位；不给为全部。' }) },
      query: (args) => ({ where: args.status ? { status: args.status } : {}, orderBy: { createdAt: 'desc' } }),
      totalCount: true,
    }),
    applications: t.relatedConnection('applications', {
      description: '投递到本单位岗位的申请，仅本单位员工可见。',
      nullable: true,
      authScopes: (e) => ({ employerStaffOf: (e as never as { id: string }).id }),
      args: { status: t.arg({ type: JobApplicationStatus, required: false, description: '只看此状态的申请；不给为全部。' }) },
      query: (args) => ({ where: args.status ? { status: args.status } : {}, orderBy: { createdAt: 'desc' } }),
      totalCount: true,
    }),
    viewerCan: t.field({
      type: EmployerViewerCanRef,
      description: '当前查看者可对该单位进行的操作。',
      select: { columns: { id: true, status: true }, with: { union: { columns: { path: true } } } },
      resolve: (e, _args, ctx) => {
        const staff = isUnionStaffOver(ctx.viewer, e.union.path);
        const own = isEmployerStaff(ctx.viewer, e.id);
        return employerLifecycle.viewerCan(e.status, { verify: staff, reject: staff, submitPostings: own, joinFair: own });
      },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '登记时间。' }),
  }),
});
