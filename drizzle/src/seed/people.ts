/**
 * Demo accounts. Every one signs in with DEMO_PASSWORD; the README lists them.
 * Member card numbers are 16 digits ending in a valid Luhn check digit.
 */
export const DEMO_PASSWORD = 'Huigong@2026';

export interface SeedMember {
  phone: string;
  name: string;
  union: string;
  cardNumber: string;
  birthDate: string;
  /** Has a confirmed hardship file in the demo register (members.is_hardship follows it). */
  isHardship?: boolean;
  isModelWorker?: boolean;
  craftsmanTitle?: 'craftsman' | 'master_craftsman';
}

export const demoMembers: SeedMember[] = [
  { phone: '13900000001', name: '王秀英', union: 'G410305001', cardNumber: '6231004103050001', birthDate: '1986-03-12' },
  { phone: '13900000002', name: '李建国', union: 'G410305001', cardNumber: '6231004103050019', birthDate: '1972-08-01', isModelWorker: true, craftsmanTitle: 'craftsman' },
  { phone: '13900000003', name: '张桂兰', union: 'G410302001', cardNumber: '6231004103020020', birthDate: '1979-11-23', isHardship: true },
  { phone: '13900000004', name: '刘洋', union: 'G410305002', cardNumber: '6231004103050035', birthDate: '1995-05-30' },
  { phone: '13900000005', name: '陈静', union: 'G410311001', cardNumber: '6231004103110045', birthDate: '1990-01-17' },
  { phone: '13900000006', name: '杨帆', union: 'G410105001', cardNumber: '6231004101050052', birthDate: '1993-09-09' },
  { phone: '13900000007', name: '赵志强', union: 'G410102001', cardNumber: '6231004101020063', birthDate: '1982-04-04', isHardship: true },
  { phone: '13900000008', name: '孙丽', union: 'G410105002', cardNumber: '6231004101050078', birthDate: '1988-12-25' },
  { phone: '13900000009', name: '周大伟', union: 'G370104001', cardNumber: '6231003701040083', birthDate: '1975-06-18', isModelWorker: true, craftsmanTitle: 'master_craftsman' },
  { phone: '13900000010', name: '吴海燕', union: 'G370212001', cardNumber: '6231003702120090', birthDate: '1984-02-28', craftsmanTitle: 'craftsman' },
  { phone: '13900000011', name: '马晓军', union: 'G640402001', cardNumber: '6231006404020104', birthDate: '1977-07-07', isHardship: true },
  { phone: '13900000012', name: '郑红梅', union: 'G410302001', cardNumber: '6231004103020111', birthDate: '1998-10-10' },
];

export interface SeedStaff {
  phone: string;
  name: string;
  role: 'platform_admin' | 'union_staff' | 'grant_reviewer' | 'finance';
  union?: string;
}

export const demoStaff: SeedStaff[] = [
  { phone: '13800000000', name: '平台管理员', role: 'platform_admin' },
  { phone: '13800000101', name: '洛阳市总工会·周敏', role: 'union_staff', union: '410300' },
  { phone: '13800000102', name: '郑州市总工会·何涛', role: 'union_staff', union: '410100' },
  { phone: '13800000103', name: '山东省总工会·高峰', role: 'union_staff', union: '370000' },
  { phone: '13800000104', name: '涧西区总工会·林娜', role: 'union_staff', union: '410305' },
  // The hardship register's chain: grassroots verifies, then city, province and national confirm.
  { phone: '13800000105', name: '西大街社区联合工会·曹丽', role: 'union_staff', union: 'G410302001' },
  { phone: '13800000106', name: '河南省总工会·田野', role: 'union_staff', union: '410000' },
  { phone: '13800000107', name: '中华全国总工会·葛军', role: 'union_staff', union: '100000' },
  { phone: '13800000201', name: '评审专家·钱文博', role: 'grant_reviewer' },
  { phone: '13800000202', name: '评审专家·宋雅琴', role: 'grant_reviewer' },
  { phone: '13800000301', name: '山东省总工会财务·韩冰', role: 'finance', union: '370000' },
];
