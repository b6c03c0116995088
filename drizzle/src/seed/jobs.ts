import { sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { withCreditCheckChar } from '../credit-code.ts';
import {
  employers,
  jobFairEmployers,
  jobFairPostings,
  jobFairs,
  jobPostings,
  roleGrants,
  unions,
  users,
} from '../tables.ts';

/**
 * Jobs demo data in Luoyang and Zhengzhou: employers with staff logins (phones 136000000xx, the
 * demo password), open postings (some public-benefit or suitable for hardship households), a
 * posting waiting for review, a pending employer, and an on-site and an online job fair.
 */
export interface SeedEmployer {
  key: string;
  name: string;
  creditBody: string;
  industry: string;
  union: string;
  address: string;
  contactName: string;
  contactPhone: string;
  status: 'verified' | 'pending';
  staff: { phone: string; name: string };
}

export const demoEmployers: SeedEmployer[] = [
  {
    key: 'yto',
    name: '中国一拖集团有限公司',
    creditBody: '91410300171070015',
    industry: '农机装备制造',
    union: '410305',
    address: '洛阳市涧西区建设路154号',
    contactName: '郭磊',
    contactPhone: '03796421001',
    status: 'verified',
    staff: { phone: '13600000001', name: '中国一拖人力资源部·郭磊' },
  },
  {
    key: 'lyc',
    name: '洛阳LYC轴承有限公司',
    creditBody: '91410300MA3X4B7C2',
    industry: '轴承制造',
    union: '410305',
    address: '洛阳市涧西区建设路96号',
    contactName: '韩梅',
    contactPhone: '03796426002',
    status: 'verified',
    staff: { phone: '13600000002', name: '洛阳LYC人力资源部·韩梅' },
  },
  {
    key: 'laocheng',
    name: '洛阳市老城区西大街社区服务中心',
    creditBody: '12410302MB1234567',
    industry: '社区服务',
    union: '410302',
    address: '洛阳市老城区西大街88号',
    contactName: '吕芳',
    contactPhone: '03793388003',
    status: 'verified',
    staff: { phone: '13600000003', name: '西大街社区服务中心·吕芳' },
  },
  {
    key: 'zmj',
    name: '郑州煤矿机械集团股份有限公司',
    creditBody: '91410100170034462',
    industry: '煤矿机械制造',
    union: '410102',
    address: '郑州市中原区淮河西路167号',
    contactName: '许强',
    contactPhone: '03767891004',
    status: 'verified',
    staff: { phone: '13600000004', name: '郑煤机人力资源部·许强' },
  },
  {
    key: 'hospital',
    name: '河南省人民医院',
    creditBody: '12410000415800117',
    industry: '医疗卫生',
    union: '410105',
    address: '郑州市金水区纬五路7号',
    contactName: '田园',
    contactPhone: '03716558005',
    status: 'verified',
    staff: { phone: '13600000005', name: '河南省人民医院人事处·田园' },
  },
  {
    key: 'logistics',
    name: '郑州东风路快运物流有限公司',
    creditBody: '91410105MA9K8L6P3',
    industry: '物流运输',
    union: '410105',
    address: '郑州市金水区东风路28号',
    contactName: '包凯',
    contactPhone: '13700371006',
    status: 'pending',
    staff: { phone: '13600000006', name: '东风路快运·包凯' },
  },
];

interface SeedPosting {
  employer: string;
  title: string;
  description: string;
  status: 'published' | 'pending_review' | 'draft';
  employmentType: 'FULL_TIME' | 'PART_TIME' | 'TEMPORARY' | 'INTERN';
  union: string;
  address: string;
  latitude?: number;
  longitude?: number;
  isRemote?: boolean;
  salary: [number, number];
  openings: number;
  category: string;
  education?: 'none' | 'junior_high' | 'high_school' | 'vocational' | 'associate' | 'bachelor';
  experienceYears?: number;
  skills: string[];
  benefits: string[];
  isPublicBenefit?: boolean;
  suitableForHardship?: boolean;
  postedDaysAgo: number;
  fair?: 'luoyang' | 'zhengzhou';
}

const yuan = (y: number) => y * 100;

export const demoPostings: SeedPosting[] = [
  {
    employer: 'yto',
    title: '电焊工（二氧化碳保护焊）',
    description: '负责拖拉机车架、覆盖件的二氧化碳气体保护焊作业；按工艺文件施焊并自检焊缝质量。持焊工证优先，可安排师傅带教。',
    status: 'published',
    employmentType: 'FULL_TIME',
    union: '410305',
    address: '洛阳市涧西区建设路154号 一拖第一装配厂',
    latitude: 34.6702,
    longitude: 112.3921,
    salary: [yuan(6000), yuan(9000)],
    openings: 20,
    category: '焊工',
    education: 'vocational',
    experienceYears: 1,
    skills: ['二氧化碳保护焊', '识图'],
    benefits: ['五险一金', '职工食堂', '倒班宿舍'],
    postedDaysAgo: 3,
    fair: 'luoyang',
  },
  {
    employer: 'yto',
    title: '数控车床操作工',
    description: '操作数控车床加工齿轮箱零件，完成首件自检与设备日常保养。熟悉 FANUC 系统者优先。',
    status: 'published',
    employmentType: 'FULL_TIME',
    union: '410305',
    address: '洛阳市涧西区建设路154号 齿轮箱厂',
    latitude: 34.6688,
    longitude: 112.3895,
    salary: [yuan(5500), yuan(8000)],
    openings: 10,
    category: '机械加工',
    education: 'vocational',
    experienceYears: 2,
    skills: ['数控车床', 'FANUC'],
    benefits: ['五险一金', '技能补贴'],
    postedDaysAgo: 5,
    fair: 'luoyang',
  },
  {
    employer: 'lyc',
    title: '轴承装配工',
    description: '在装配线完成精密轴承的清洗、装配与检测，工作环境整洁，接受零基础，岗前培训两周。',
    status: 'published',
    employmentType: 'FULL_TIME',
    union: '410305',
    address: '洛阳市涧西区建设路96号',
    latitude: 34.6651,
    longitude: 112.3977,
    salary: [yuan(4500), yuan(6500)],
    openings: 30,
    category: '装配工',
    education: 'junior_high',
    skills: [],
    benefits: ['五险一金', '班车接送'],
    suitableForHardship: true,
    postedDaysAgo: 1,
    fair: 'luoyang',
  },
  {
    employer: 'lyc',
    title: '质量检验员',
    description: '负责成品轴承尺寸、游隙与振动检测，填写检验记录，参与质量问题分析。',
    status: 'pending_review',
    employmentType: 'FULL_TIME',
    union: '410305',
    address: '洛阳市涧西区建设路96号',
    salary: [yuan(5000), yuan(7000)],
    openings: 4,
    category: '质检',
    education: 'high_school',
    experienceYears: 1,
    skills: ['量具使用'],
    benefits: ['五险一金'],
    postedDaysAgo: 0,
  },
  {
    employer: 'laocheng',
    title: '社区保洁员（公益性岗位）',
    description: '负责西大街社区公共区域的日常保洁与垃圾分类引导。公益性岗位，优先安置困难职工、零就业家庭成员。',
    status: 'published',
    employmentType: 'FULL_TIME',
    union: '410302',
    address: '洛阳市老城区西大街88号',
    latitude: 34.6847,
    longitude: 112.4694,
    salary: [yuan(2200), yuan(2500)],
    openings: 6,
    category: '保洁',
    education: 'none',
    skills: [],
    benefits: ['社会保险补贴', '岗位补贴'],
    isPublicBenefit: true,
    suitableForHardship: true,
    postedDaysAgo: 2,
    fair: 'luoyang',
  },
  {
    employer: 'laocheng',
    title: '社区养老助餐服务员（公益性岗位）',
    description: '为社区老年助餐点分餐、送餐，协助组织老年人活动。每天工作 4 小时。',
    status: 'published',
    employmentType: 'PART_TIME',
    union: '410302',
    address: '洛阳市老城区西大街社区老年助餐点',
    latitude: 34.6851,
    longitude: 112.4712,
    salary: [yuan(1500), yuan(1800)],
    openings: 4,
    category: '社区服务',
    education: 'none',
    skills: [],
    benefits: ['岗位补贴'],
    isPublicBenefit: true,
    suitableForHardship: true,
    postedDaysAgo: 6,
  },
  {
    employer: 'zmj',
    title: '液压支架装配钳工',
    description: '负责液压支架结构件装配与调试，按图纸完成部件装配、试压。有钳工证者优先，提供技能晋升通道。',
    status: 'published',
    employmentType: 'FULL_TIME',
    union: '410102',
    address: '郑州市中原区淮河西路167号',
    latitude: 34.7426,
    longitude: 113.5878,
    salary: [yuan(6500), yuan(10000)],
    openings: 15,
    category: '钳工',
    education: 'vocational',
    experienceYears: 2,
    skills: ['钳工', '液压'],
    benefits: ['五险一金', '年终奖', '职工公寓'],
    postedDaysAgo: 4,
    fair: 'zhengzhou',
  },
  {
    employer: 'zmj',
    title: '设备维修电工',
    description: '负责车间数控设备、起重设备的电气维修与保养，持低压电工证上岗。',
    status: 'published',
    employmentType: 'FULL_TIME',
    union: '410102',
    address: '郑州市中原区淮河西路167号',
    latitude: 34.7431,
    longitude: 113.5869,
    salary: [yuan(7000), yuan(11000)],
    openings: 5,
    category: '电工',
    education: 'vocational',
    experienceYears: 3,
    skills: ['低压电工证', 'PLC'],
    benefits: ['五险一金', '年终奖'],
    postedDaysAgo: 8,
    fair: 'zhengzhou',
  },
  {
    employer: 'hospital',
    title: '护理员（陪护）',
    description: '在病区协助护士完成患者生活照护、翻身、送检等工作，提供岗前培训，可安排倒班。',
    status: 'published',
    employmentType: 'FULL_TIME',
    union: '410105',
    address: '郑州市金水区纬五路7号',
    latitude: 34.7618,
    longitude: 113.6771,
    salary: [yuan(4000), yuan(5500)],
    openings: 12,
    category: '护理',
    education: 'junior_high',
    skills: [],
    benefits: ['五险', '工作餐'],
    suitableForHardship: true,
    postedDaysAgo: 2,
    fair: 'zhengzhou',
  },
  {
    employer: 'hospital',
    title: '医疗信息系统运维工程师',
    description: '负责医院信息系统的日常运维、故障处理与数据备份，可部分远程值守。',
    status: 'published',
    employmentType: 'FULL_TIME',
    union: '410105',
    address: '郑州市金水区纬五路7号',
    isRemote: true,
    salary: [yuan(9000), yuan(15000)],
    openings: 2,
    category: '计算机',
    education: 'bachelor',
    experienceYears: 3,
    skills: ['Linux', '数据库'],
    benefits: ['五险一金', '带薪年假'],
    postedDaysAgo: 10,
  },
  {
    employer: 'logistics',
    title: '快递分拣员',
    description: '在分拨中心完成包裹扫描、分拣与装车，夜班为主。',
    status: 'draft',
    employmentType: 'TEMPORARY',
    union: '410105',
    address: '郑州市金水区东风路28号',
    salary: [yuan(4500), yuan(6000)],
    openings: 20,
    category: '物流',
    skills: [],
    benefits: ['夜班补贴'],
    postedDaysAgo: 0,
  },
];

const DAY_MS = 24 * 60 * 60 * 1000;
const shanghaiDate = (at: Date) => new Date(at.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);

export async function seedJobs(tx: Database): Promise<void> {
  const unionRows = await tx.select({ id: unions.id, code: unions.code, path: unions.path }).from(unions);
  const union = (code: string) => {
    const found = unionRows.find((u) => u.code === code);
    if (!found) throw new Error(`jobs seed refers to unknown union ${code}`);
    return found;
  };
  // Every demo account shares the demo password; reuse the hash the accounts seed stored.
  const [admin] = await tx.select({ id: users.id, passwordHash: users.passwordHash }).from(users).where(sql`${users.phone} = '13800000000'`);
  if (!admin) throw new Error('jobs seed needs the demo platform admin');
  const staffOf = async (phone: string) => {
    const [row] = await tx.select({ id: users.id }).from(users).where(sql`${users.phone} = ${phone}`);
    if (!row) throw new Error(`jobs seed refers to unknown user ${phone}`);
    return row.id;
  };
  const luoyangStaff = await staffOf('13800000101');
  const zhengzhouStaff = await staffOf('13800000102');

  const now = new Date();
  const employerIds = new Map<string, string>();
  for (const e of demoEmployers) {
    const [user] = await tx
      .insert(users)
      .values({ phone: e.staff.phone, displayName: e.staff.name, passwordHash: admin.passwordHash })
      .returning({ id: users.id });
    const reviewer = e.union.startsWith('4103') ? luoyangStaff : zhengzhouStaff;
    const [employer] = await tx
      .insert(employers)
      .values({
        name: e.name,
        creditCode: withCreditCheckChar(e.creditBody),
        industry: e.industry,
        unionId: union(e.union).id,
        address: e.address,
        contactName: e.contactName,
        contactPhone: e.contactPhone,
        status: e.status,
        createdByUserId: user!.id,
        ...(e.status === 'verified' && { reviewedAt: now, reviewedByUserId: reviewer }),
      })
      .returning({ id: employers.id });
    employerIds.set(e.key, employer!.id);
    await tx.insert(roleGrants).values({ userId: user!.id, role: 'employer_staff', organizationId: employer!.id });
  }

  const fairs = {
    luoyang: {
      title: '洛阳市总工会“春风行动”职工专场招聘会',
      description: '面向全市职工和困难职工家庭成员，现场设公益性岗位专区和技能培训咨询台。',
      union: '410300',
      days: 14,
      isOnline: false,
      venue: '洛阳市工人文化宫（西工区中州中路）',
      capacity: 800,
      createdBy: luoyangStaff,
    },
    zhengzhou: {
      title: '郑州市总工会“就业服务月”线上招聘会',
      description: '线上直播带岗，企业人事在线答疑，会员可在线投递。',
      union: '410100',
      days: 7,
      isOnline: true,
      venue: null,
      capacity: null,
      createdBy: zhengzhouStaff,
    },
  } as const;
  const fairIds = new Map<string, string>();
  for (const [key, f] of Object.entries(fairs)) {
    const [fair] = await tx
      .insert(jobFairs)
      .values({
        title: f.title,
        description: f.description,
        organizerUnionId: union(f.union).id,
        organizerPath: union(f.union).path,
        fairDate: shanghaiDate(new Date(now.getTime() + f.days * DAY_MS)),
        isOnline: f.isOnline,
        venue: f.venue,
        capacity: f.capacity,
        createdByUserId: f.createdBy,
      })
      .returning({ id: jobFairs.id });
    fairIds.set(key, fair!.id);
  }

  for (const p of demoPostings) {
    const employerId = employerIds.get(p.employer)!;
    const creator = demoEmployers.find((e) => e.key === p.employer)!;
    const posted = new Date(now.getTime() - p.postedDaysAgo * DAY_MS);
    const [posting] = await tx
      .insert(jobPostings)
      .values({
        employerId,
        title: p.title,
        description: p.description,
        status: p.status,
        datePosted: p.status === 'published' ? posted : null,
        validThrough: new Date(posted.getTime() + 30 * DAY_MS),
        employmentType: p.employmentType,
        locationUnionId: union(p.union).id,
        locationPath: union(p.union).path,
        address: p.address,
        latitude: p.latitude ?? null,
        longitude: p.longitude ?? null,
        isRemote: p.isRemote ?? false,
        salaryMinFen: p.salary[0],
        salaryMaxFen: p.salary[1],
        openings: p.openings,
        category: p.category,
        education: p.education ?? null,
        experienceYears: p.experienceYears ?? null,
        skills: p.skills,
        benefits: p.benefits,
        isPublicBenefit: p.isPublicBenefit ?? false,
        suitableForHardship: p.suitableForHardship ?? false,
        createdByUserId: await staffOf(creator.staff.phone),
      })
      .returning({ id: jobPostings.id });
    if (p.fair) {
      const fairId = fairIds.get(p.fair)!;
      await tx.insert(jobFairEmployers).values({ fairId, employerId }).onConflictDoNothing();
      await tx.insert(jobFairPostings).values({ fairId, postingId: posting!.id });
    }
  }
}
