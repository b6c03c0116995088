import { builder } from '../builder.ts';

export const UnionLevel = builder.enumType('UnionLevel', {
  description: '工会层级：全国总工会 → 省 → 市 → 区/县 → 基层工会。',
  values: {
    NATIONAL: { value: 'national', description: '全国总工会' },
    PROVINCE: { value: 'province', description: '省总工会' },
    CITY: { value: 'city', description: '市总工会' },
    DISTRICT: { value: 'district', description: '区/县总工会' },
    GRASSROOTS: { value: 'grassroots', description: '基层工会' },
  } as const,
});

export const CraftsmanTitle = builder.enumType('CraftsmanTitle', {
  description: '工匠称号（craftsman title），由工会工作人员登记。',
  values: {
    CRAFTSMAN: { value: 'craftsman', description: '工匠（如齐鲁工匠）' },
    MASTER_CRAFTSMAN: { value: 'master_craftsman', description: '大工匠（如齐鲁大工匠）' },
  } as const,
});

export const RoleName = builder.enumType('RoleName', {
  description: '账号可持有的角色（role）；每个角色有其作用范围（工会或组织）。',
  values: {
    PLATFORM_ADMIN: { value: 'platform_admin', description: '平台管理员' },
    UNION_STAFF: { value: 'union_staff', description: '工会工作人员（在所属工会及下级工会范围内）' },
    GRANT_REVIEWER: { value: 'grant_reviewer', description: '评审专家' },
    FINANCE: { value: 'finance', description: '财务复核' },
    MERCHANT_STAFF: { value: 'merchant_staff', description: '普惠商家员工' },
    EMPLOYER_STAFF: { value: 'employer_staff', description: '用人单位员工' },
    LEGAL_AID_LAWYER: { value: 'legal_aid_lawyer', description: '工会聘请的法律援助律师（在所属工会及下级工会的维权案件中可被指派）' },
  } as const,
});

export const UnionRef = builder.drizzleNode('unions', {
  name: 'Union',
  description: '一个工会组织。层级结构是公开信息（注册时需选择基层工会）。',
  id: { column: (union) => union.id },
  authScopes: { public: true },
  fields: (t) => ({
    code: t.exposeString('code', { description: '行政区划代码或基层工会编码。' }),
    name: t.exposeString('name', { description: '工会全称，如「济南市总工会」。' }),
    level: t.expose('level', { type: UnionLevel, description: '层级。' }),
    parent: t.relation('parent', { nullable: true, description: '上级工会；全国总工会为 null。' }),
    children: t.relatedConnection('children', { query: { orderBy: { code: 'asc' } }, totalCount: true, description: '直属下级工会，按编码排序。' }),
    members: t.relatedConnection('members', {
      description: '本工会的会员（仅本工会及上级工会的工作人员可见）。',
      nullable: true,
      authScopes: (union) => ({ unionStaffOver: union.id }),
      query: { orderBy: { createdAt: 'desc' } },
      totalCount: true,
    }),
  }),
});

export const MemberRef = builder.drizzleNode('members', {
  name: 'Member',
  description: '工会会员（一人一卡）。本人与其所在工会上级的工作人员可见。',
  id: { column: (member) => member.id },
  authScopes: (member) => ({ self: member.userId, unionStaffOver: member.unionId }),
  fields: (t) => ({
    cardNumber: t.exposeString('cardNumber', { description: '工会会员卡号。' }),
    realName: t.exposeString('realName', { description: '会员卡上的真实姓名。' }),
    birthDate: t.expose('birthDate', { type: 'Date', nullable: true, description: '出生日期（YYYY-MM-DD）；未登记为 null。' }),
    union: t.relation('union', { description: '所属基层工会。' }),
    isHardship: t.exposeBoolean('isHardship', { description: '困难职工（建档立卡）。' }),
    isModelWorker: t.exposeBoolean('isModelWorker', { description: '劳动模范。' }),
    craftsmanTitle: t.expose('craftsmanTitle', { type: CraftsmanTitle, nullable: true, description: '工匠称号；没有为 null。' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '绑定会员卡的时间。' }),
  }),
});

export const RoleGrantRef = builder.drizzleObject('roleGrants', {
  name: 'RoleGrant',
  description: '用户在某个范围内的角色。本人、平台管理员与授予者可见。',
  // Reached only through User.roles (the user themself, a platform admin) and the result of
  // grantUnionRole, whose caller may grant it: staff over the grant's union, or any union staff
  // for a reviewer appointment, which has no union.
  authScopes: (grant) => ({
    self: grant.userId,
    platformAdmin: true,
    ...(grant.unionId ? { unionStaffOver: grant.unionId } : { unionStaff: true }),
  }),
  fields: (t) => ({
    role: t.expose('role', { type: RoleName, description: '角色。' }),
    union: t.relation('union', { nullable: true, description: '角色作用的工会（含其下级）。' }),
    organizationId: t.exposeID('organizationId', { nullable: true, description: 'MERCHANT_STAFF、EMPLOYER_STAFF 角色所属商家或用人单位的 ID（数据库 UUID，不是全局 ID）；其他角色为 null。' }),
  }),
});

export const UserRef = builder.drizzleNode('users', {
  name: 'User',
  description: '一个登录账号。仅本人与平台管理员可见。',
  id: { column: (user) => user.id },
  authScopes: (user) => ({ self: user.id, platformAdmin: true }),
  fields: (t) => ({
    phone: t.exposeString('phone', { description: '登录手机号（11 位中国大陆号码）。' }),
    displayName: t.exposeString('displayName', { description: '显示名，商家或用人单位员工名单中也显示它。' }),
    member: t.relation('member', { nullable: true, description: '绑定的会员身份；非会员账号为空。' }),
    roles: t.relation('roleGrants', { description: '持有的角色及其作用范围。' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '注册时间。' }),
  }),
});

export interface AuthSessionShape {
  token: string;
  expiresAt: Date;
  userId: string;
}

export const AuthSessionRef = builder.objectRef<AuthSessionShape>('AuthSession').implement({
  description: '登录会话。token 只在此处返回一次；之后的请求放在 Authorization: Bearer 头中，再用 me 取账号信息。',
  authScopes: { public: true },
  fields: (t) => ({
    token: t.exposeString('token', { description: '会话令牌 hgs_…，只此一次；库中只存其 SHA-256。logout 立即作废。' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: '会话失效时间。' }),
  }),
});
