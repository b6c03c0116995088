import { builder } from '../../builder.ts';
import { viewerCanType } from '../../common/transitions.ts';
import { isEmployerStaff } from '../access.ts';
import { applicationLifecycle } from '../lifecycle.ts';
import { JobApplicationStatus } from './shared.ts';

export const JobApplicationViewerCanRef = viewerCanType('JobApplicationViewerCan', {
  view: '可标记已查看（被投递单位的员工）。',
  interview: '可安排面试（被投递单位的员工）。',
  offer: '可发录用意向（被投递单位的员工）。',
  hire: '可确认录用（被投递单位的员工）。',
  reject: '可标记不合适（被投递单位的员工）。',
  withdraw: '可撤回（申请人本人，尚未录用或未录用前）。',
});

interface ApplicantContact {
  realName: string;
  phone: string;
}

const ApplicantContactRef = builder.objectRef<ApplicantContact>('ApplicantContact').implement({
  description: '申请人联系方式：只通过申请本身可见（即只有被投递的单位能看到）。',
  authScopes: { public: true },
  fields: (t) => ({
    realName: t.exposeString('realName', { description: '申请人会员卡上的真实姓名。' }),
    phone: t.exposeString('phone', { description: '申请人的手机号。' }),
  }),
});

export const JobApplicationRef = builder.drizzleNode('jobApplications', {
  name: 'JobApplication',
  description: '一次求职申请。申请人本人与被投递单位的员工可见。',
  id: { column: (application) => application.id },
  authScopes: (application) => ({ self: application.applicantUserId, employerStaffOf: application.employerId }),
  fields: (t) => ({
    posting: t.relation('posting', { description: '投递的岗位。' }),
    status: t.expose('status', { type: JobApplicationStatus, description: '申请状态。' }),
    note: t.exposeString('note', { nullable: true, description: '求职留言。' }),
    skills: t.exposeStringList('skills', { description: '投递时简历中的技能（副本，之后改简历不影响）。' }),
    certificates: t.exposeStringList('certificates', { description: '投递时简历中的证书（副本）。' }),
    experience: t.exposeString('experience', { nullable: true, description: '工作经历。' }),
    fair: t.relation('fair', { nullable: true, description: '在哪场招聘会上投递。' }),
    applicant: t.field({
      type: ApplicantContactRef,
      description: '申请人的姓名与手机号。',
      select: { with: { member: { columns: { realName: true } }, applicant: { columns: { phone: true } } } },
      resolve: (a) => ({ realName: a.member.realName, phone: a.applicant.phone }),
    }),
    statusChangedAt: t.expose('statusChangedAt', { type: 'DateTime', description: '状态最近一次变化的时间。' }),
    viewerCan: t.field({
      type: JobApplicationViewerCanRef,
      description: '当前查看者可对该申请进行的操作。',
      select: { columns: { status: true, employerId: true, applicantUserId: true } },
      resolve: (a, _args, ctx) => {
        const employer = isEmployerStaff(ctx.viewer, a.employerId);
        return applicationLifecycle.viewerCan(a.status, {
          view: employer,
          interview: employer,
          offer: employer,
          hire: employer,
          reject: employer,
          withdraw: ctx.viewer !== null && ctx.viewer.userId === a.applicantUserId,
        });
      },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '投递时间。' }),
  }),
});

export const JobSeekerProfileRef = builder.drizzleObject('jobSeekerProfiles', {
  name: 'JobSeekerProfile',
  description: '会员的求职简历要点，仅本人可见（用人单位看到的是每次投递时的副本）。',
  select: { columns: { id: true }, with: { member: { columns: { userId: true } } } },
  authScopes: (profile) => ({ self: profile.member.userId }),
  fields: (t) => ({
    skills: t.exposeStringList('skills', { description: '技能（中文短语）。' }),
    certificates: t.exposeStringList('certificates', { description: '职业资格或技能等级证书。' }),
    experience: t.exposeString('experience', { nullable: true, description: '工作经历（纯文本）；未填为 null。' }),
    desiredCategories: t.exposeStringList('desiredCategories', { description: '期望的职业类别。' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: '最近一次保存的时间。' }),
  }),
});
