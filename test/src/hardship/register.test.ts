import { sql } from 'drizzle-orm';
import { executeRows } from '@huigong/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import {
  CONFIRM,
  confirmedFile,
  EXIT,
  FILE,
  FILE_FIELDS,
  household,
  ME,
  ok,
  RECHECK,
  REENTER,
  REFUSE,
  RESUBMIT,
  run,
  SEND_BACK,
  signUpMember,
  VERIFY,
  yuan,
} from './fixtures.ts';

let env: TestEnvironment;
let chain: { grassroots: GraphQLClient; city: GraphQLClient; province: GraphQLClient; national: GraphQLClient };
let zheng: GraphQLClient;
let laochengId: string;

const auditCount = async () => Number((await executeRows<{ n: string }>(env.db, sql`select count(*) as n from audit_events`))[0]!.n);

beforeAll(async () => {
  env = await createTestEnvironment();
  chain = {
    grassroots: await env.as(demo.laochengGrassrootsStaff),
    city: await env.as(demo.luoyangStaff),
    province: await env.as(demo.henanStaff),
    national: await env.as(demo.nationalStaff),
  };
  zheng = await env.as(demo.memberZheng);
  laochengId = (await zheng.query(ME)).me.member.union.id;
}, 120_000);

afterAll(async () => {
  await env?.close();
});

describe('the register: filing and the three levels', () => {
  let fileId: string;

  it('a member files; the grassroots union verifies; city, province and national confirm in turn', async () => {
    const filed = await ok(zheng, FILE, { household: household() });
    fileId = filed.id;
    expect(filed).toMatchObject({
      status: 'FILED',
      memberName: '郑红梅',
      cause: 'ILLNESS',
      filedOnBehalf: false,
      belowLocalMinimum: true,
      monthlyIncomePerHead: { amount: 52_000, currency: 'CNY' },
      union: { code: 'G410302001' },
      viewerCan: { verify: false, confirm: false, resubmit: false },
    });
    expect((await zheng.query(ME)).me.member.isHardship).toBe(false);

    // Each step only by its own level, and only within the subtree that holds the household.
    const cityTooEarly = await run(chain.city, VERIFY, { file: fileId });
    expect(cityTooEarly).toMatchObject({ __typename: 'HardshipWrongLevel', code: 'HARDSHIP_WRONG_LEVEL', levels: ['grassroots', 'district'] });
    const zhengzhou = await env.as(demo.zhengzhouStaff);
    expect(await run(zhengzhou, VERIFY, { file: fileId })).toMatchObject({ __typename: 'NotFound', code: 'NOT_FOUND' });
    const jianxi = await env.as(demo.jianxiStaff);
    expect(await run(jianxi, VERIFY, { file: fileId })).toMatchObject({ __typename: 'NotFound' });
    const grassrootsView = await chain.grassroots.query(`query($id: ID!) { node(id: $id) { ...File } } ${FILE_FIELDS}`, { id: fileId });
    expect(grassrootsView.node.viewerCan).toMatchObject({ verify: true, confirm: false, sendBack: true, refuse: true });

    const verified = await ok(chain.grassroots, VERIFY, { file: fileId, note: '入户核实属实' });
    expect(verified.status).toBe('VERIFIED');
    const skipped = await run(chain.province, CONFIRM, { file: fileId });
    expect(skipped).toMatchObject({ __typename: 'HardshipWrongLevel', levels: ['city'] });
    expect(await run(chain.grassroots, VERIFY, { file: fileId })).toMatchObject({
      __typename: 'InvalidTransition',
      code: 'INVALID_TRANSITION',
      fromState: 'verified',
    });

    expect((await ok(chain.city, CONFIRM, { file: fileId })).status).toBe('CITY_CONFIRMED');
    expect((await ok(chain.province, CONFIRM, { file: fileId })).status).toBe('PROVINCE_CONFIRMED');
    expect((await zheng.query(ME)).me.member.isHardship).toBe(false);
    const confirmed = await ok(chain.national, CONFIRM, { file: fileId, note: '三级审核认定' });
    expect(confirmed.status).toBe('CONFIRMED');
    expect(confirmed.confirmedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [y, m, d] = confirmed.confirmedOn.split('-');
    expect(confirmed.recheckDueOn).toBe(`${Number(y) + 1}-${m}-${d}`);
    expect(confirmed.auditTrail.nodes.map((e: any) => [e.action, e.fromState, e.toState])).toEqual([
      ['hardship_file.filed', null, 'filed'],
      ['hardship_file.verify', 'filed', 'verified'],
      ['hardship_file.confirmCity', 'verified', 'city_confirmed'],
      ['hardship_file.confirmProvince', 'city_confirmed', 'province_confirmed'],
      ['hardship_file.confirmNational', 'province_confirmed', 'confirmed'],
    ]);
    expect(confirmed.auditTrail.nodes.map((e: any) => e.actorName)).toEqual([
      '郑红梅',
      '西大街社区联合工会·曹丽',
      '洛阳市总工会·周敏',
      '河南省总工会·田野',
      '中华全国总工会·葛军',
    ]);

    // Derived: the member is now a hardship member, as offers and jobs see it.
    expect((await zheng.query(ME)).me.member.isHardship).toBe(true);
    const mine = await zheng.query(`{ myHardshipFiles(first: 5) { nodes { id status } } }`);
    expect(mine.myHardshipFiles.nodes).toEqual([{ id: fileId, status: 'CONFIRMED' }]);
  });

  it('refuses a second open file for the same member, and one from another union\'s register', async () => {
    const before = await auditCount();
    const again = await run(zheng, FILE, { household: household() });
    expect(again).toMatchObject({ __typename: 'HardshipFileExists', code: 'HARDSHIP_FILE_EXISTS', inAnotherUnion: false });

    // The member moves to another grassroots union: the old union's open file still counts.
    const memberId = decodeGlobalId((await zheng.query(ME)).me.member.id).id;
    const other = await env.db.query.unions.findFirst({ where: { code: 'G410311001' }, columns: { id: true } });
    const home = await env.db.query.unions.findFirst({ where: { code: 'G410302001' }, columns: { id: true } });
    await executeRows(env.db, sql`update members set union_id = ${other!.id} where id = ${memberId}`);
    const moved = await run(zheng, FILE, { household: household() });
    expect(moved).toMatchObject({ __typename: 'HardshipFileExists', inAnotherUnion: true });
    expect(moved.message).toContain('其他工会');
    await executeRows(env.db, sql`update members set union_id = ${home!.id} where id = ${memberId}`);
    expect(await auditCount()).toBe(before);
  });

  it('keeps is_hardship derived in the database: a direct write is overridden', async () => {
    const wang = await env.db.query.members.findFirst({ where: { realName: '王秀英' }, columns: { id: true } });
    await executeRows(env.db, sql`update members set is_hardship = true where id = ${wang!.id}`);
    expect((await env.db.query.members.findFirst({ where: { id: wang!.id } }))?.isHardship).toBe(false);
    // The seeded hardship members have confirmed files behind their flag.
    const zhang = await env.as(demo.memberZhang);
    expect((await zhang.query(ME)).me.member.isHardship).toBe(true);
    const files = await zhang.query(`{ myHardshipFiles(first: 5) { nodes { status cause householdMembers { relation } } } }`);
    expect(files.myHardshipFiles.nodes).toEqual([
      { status: 'CONFIRMED', cause: 'ILLNESS', householdMembers: [{ relation: '本人' }, { relation: '配偶' }, { relation: '子女' }] },
    ]);
  });

  it('exits with a reason (isHardship ends) and re-enters through the levels again', async () => {
    const refused = await run(zheng, EXIT, { file: fileId, reason: 'REEMPLOYED' });
    expect(refused).toMatchObject({ __typename: 'HardshipWrongLevel' });
    const exited = await ok(chain.grassroots, EXIT, { file: fileId, reason: 'REEMPLOYED', note: '已在社区公益岗位就业' });
    expect(exited).toMatchObject({ status: 'EXITED', exitReason: 'REEMPLOYED', viewerCan: { reenter: true, exit: false } });
    expect((await zheng.query(ME)).me.member.isHardship).toBe(false);

    const back = await ok(zheng, REENTER, { file: fileId, note: '公益岗位期满，再次失业' });
    expect(back).toMatchObject({ status: 'FILED', exitReason: null });
    expect((await zheng.query(ME)).me.member.isHardship).toBe(false);
  });

  it('sends back with a reason, resubmits, and refuses with a reason', async () => {
    const noReason = await run(chain.grassroots, SEND_BACK, { file: fileId, reason: ' ' });
    expect(noReason.__typename).toBe('InputValidationError');
    const returned = await ok(chain.grassroots, SEND_BACK, { file: fileId, reason: '请补充收入证明' });
    expect(returned).toMatchObject({ status: 'RETURNED', returnReason: '请补充收入证明', viewerCan: { resubmit: true, verify: false } });
    const mine = await zheng.query(`query($id: ID!) { node(id: $id) { ...File } } ${FILE_FIELDS}`, { id: fileId });
    expect(mine.node.viewerCan.resubmit).toBe(true);
    const resubmitted = await ok(zheng, RESUBMIT, { file: fileId, household: household({ monthlyIncomePerHead: yuan(500) }) });
    expect(resubmitted).toMatchObject({ status: 'FILED', monthlyIncomePerHead: { amount: 50_000 } });
    await ok(chain.grassroots, VERIFY, { file: fileId });
    const cityRefused = await ok(chain.city, REFUSE, { file: fileId, reason: '家庭人均收入经复核高于标准' });
    expect(cityRefused).toMatchObject({ status: 'REFUSED', refusalReason: '家庭人均收入经复核高于标准' });
    const trail = cityRefused.auditTrail.nodes.slice(-4).map((e: any) => [e.action, e.reason]);
    expect(trail).toEqual([
      ['hardship_file.sendBack', '请补充收入证明'],
      ['hardship_file.resubmit', null],
      ['hardship_file.verify', null],
      ['hardship_file.refuse', '家庭人均收入经复核高于标准'],
    ]);
    // A refused file is closed: the member may file anew.
    expect((await run(zheng, FILE, { household: household() })).__typename).toBe('FileHardshipHouseholdSuccess');
  });
});

describe('eligibility and filing on behalf', () => {
  it('applies the 000 rules: a hardship condition, and a migrant household needs a labour contract of a year', async () => {
    const jianxi = await env.as(demo.jianxiStaff);
    const wang = await env.as(demo.memberWang);
    const wangMember = (await wang.query(ME)).me.member.id;
    const before = await auditCount();
    const noCondition = await run(jianxi, FILE, {
      member: wangMember,
      household: household({ cause: 'OTHER', monthlyIncomePerHead: yuan(900) }),
    });
    expect(noCondition).toMatchObject({ __typename: 'HardshipNotEligible', code: 'HARDSHIP_NOT_ELIGIBLE' });
    const shortContract = await run(jianxi, FILE, {
      member: wangMember,
      household: household({ isMigrantWorker: true, labourContractMonths: 6 }),
    });
    expect(shortContract).toMatchObject({ __typename: 'HardshipNotEligible' });
    expect(shortContract.message).toContain('1 年以上劳动合同');
    expect(await auditCount()).toBe(before);

    // The district union files on the member's behalf; a grassroots union elsewhere cannot.
    expect(await run(chain.grassroots, FILE, { member: wangMember, household: household() })).toMatchObject({ __typename: 'NotFound' });
    const migrant = await ok(jianxi, FILE, {
      member: wangMember,
      household: household({ isMigrantWorker: true, labourContractMonths: 12, cause: 'UNEMPLOYMENT' }),
    });
    expect(migrant).toMatchObject({ status: 'FILED', filedOnBehalf: true, isMigrantWorker: true, memberName: '王秀英' });
    // The city may not file on behalf: that is the grassroots union's work.
    const li = await env.as(demo.memberLi);
    const liMember = (await li.query(ME)).me.member.id;
    expect(await run(chain.city, FILE, { member: liMember, household: household() })).toMatchObject({ __typename: 'HardshipWrongLevel' });
  });

  it('lets exactly one of many parallel filings by a member through', async () => {
    const member = await signUpMember(env.anonymous, laochengId, 1, '并发甲');
    const results = await Promise.all(Array.from({ length: 8 }, () => run(member, FILE, { household: household() })));
    const names = results.map((r) => r.__typename);
    expect(names.filter((n) => n === 'FileHardshipHouseholdSuccess')).toHaveLength(1);
    expect(names.filter((n) => n === 'HardshipFileExists')).toHaveLength(7);
    const memberId = decodeGlobalId((await member.query(ME)).me.member.id).id;
    const rows = await env.db.query.hardshipFiles.findMany({ where: { memberId } });
    expect(rows).toHaveLength(1);
  });
});

describe('the yearly re-check', () => {
  it('lists overdue files for the grassroots union, and a re-check moves the due date a year on', async () => {
    const member = await signUpMember(env.anonymous, laochengId, 2, '核查乙');
    const file = await confirmedFile(member, chain);
    const LIST = `query($union: ID!) { hardshipFiles(union: $union, recheckOverdue: true, first: 20) { totalCount nodes { id recheckOverdue } } }`;
    expect((await chain.grassroots.query(LIST, { union: laochengId })).hardshipFiles.nodes).toEqual([]);

    // A year passes without a re-check.
    await executeRows(env.db, sql`update hardship_files set recheck_due_on = current_date - 1 where id = ${decodeGlobalId(file.id).id}`);
    const overdue = await chain.grassroots.query(LIST, { union: laochengId });
    expect(overdue.hardshipFiles.nodes).toEqual([{ id: file.id, recheckOverdue: true }]);
    // Staff of another city cannot list Luoyang's register.
    const zhengzhou = await env.as(demo.zhengzhouStaff);
    expect((await zhengzhou.request(LIST, { union: laochengId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    expect(await run(chain.city, RECHECK, { file: file.id })).toMatchObject({ __typename: 'HardshipWrongLevel' });
    const rechecked = await ok(chain.grassroots, RECHECK, { file: file.id, monthlyIncomePerHead: yuan(560), note: '2026 年度核查' });
    expect(rechecked.recheckOverdue).toBe(false);
    expect(rechecked.recheckDueOn > file.recheckDueOn || rechecked.recheckDueOn === file.recheckDueOn).toBe(true);
    expect(rechecked.auditTrail.nodes.at(-1)).toMatchObject({ action: 'hardship_file.recheck', fromState: 'confirmed', toState: 'confirmed' });
    expect((await chain.grassroots.query(LIST, { union: laochengId })).hardshipFiles.nodes).toEqual([]);
  });
});
