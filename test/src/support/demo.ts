import { luhnCheckDigit } from '@huigong/schema/common/validators';

// Demo logins from the seed (drizzle/src/seed/people.ts), named for what the tests need them for.
export const demo = {
  admin: '13800000000',
  luoyangStaff: '13800000101',
  zhengzhouStaff: '13800000102',
  shandongStaff: '13800000103',
  jianxiStaff: '13800000104',
  /** 西大街社区联合工会 (grassroots, 老城区, Luoyang): verifies hardship files. */
  laochengGrassrootsStaff: '13800000105',
  /** 河南省总工会: the province's confirmation of hardship files. */
  henanStaff: '13800000106',
  /** 中华全国总工会: the national confirmation of hardship files. */
  nationalStaff: '13800000107',
  reviewerQian: '13800000201',
  reviewerSong: '13800000202',
  shandongFinance: '13800000301',
  /** 孟庆华, legal-aid lawyer appointed by the Luoyang city union (rights seed). */
  legalAidLawyer: '13800000401',
  /** 王秀英, 中国一拖集团有限公司工会 (Luoyang, 涧西区). */
  memberWang: '13900000001',
  /** 李建国, model worker and craftsman, 中国一拖 (Luoyang). */
  memberLi: '13900000002',
  /** 张桂兰, hardship member, 老城区 (Luoyang). */
  memberZhang: '13900000003',
  /** 郑红梅, 老城区西大街社区联合工会 (Luoyang), not a hardship member. */
  memberZheng: '13900000012',
  /** 杨帆, 河南省人民医院 (Zhengzhou, 金水区). */
  memberYang: '13900000006',
  /** 赵志强, hardship member, 郑州煤矿机械集团 (Zhengzhou). */
  memberZhao: '13900000007',
  /** 周大伟, model worker and master craftsman, 中国重汽 (Jinan, Shandong). */
  memberZhou: '13900000009',
  /** 吴海燕, craftsman, 海尔集团 (Qingdao, Shandong). */
  memberWu: '13900000010',
} as const;

/** A member-card number: `body` plus its Luhn check digit. */
export const withLuhnDigit = (body: string) => body + luhnCheckDigit(body);
