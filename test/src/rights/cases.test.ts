import { rightsCaseEvents, rightsCases } from '@huigong/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { startFakeAliyunSms } from '../support/fake-aliyun-sms.ts';
import type { GraphQLClient } from '../support/graphql.ts';
import {
  ASSIGN, ASSIGNED, CASE, CLOSE, details, FIGURES, INTAKES, LAWYER, LAWYERS, MEDIATE, MINE, NOTE, ok, OPEN, OPEN_AS_WORKER,
  OPEN_FOR, QUEUE, REQUEST_CODE, run, TAKE, TRIAGE, unionId, WITHDRAW, yuan, LITIGATE,
} from './fixtures.ts';

describe('rights and legal-aid cases over HTTP', () => {
  let env: TestEnvironment;
  let sms: Awaited<ReturnType<typeof startFakeAliyunSms>>;
  let jianxi: GraphQLClient; // 涧西区总工会 (district)
  let luoyang: GraphQLClient; // 洛阳市总工会 (city)
  let henan: GraphQLClient; // 河南省总工会
  let zhengzhou: GraphQLClient; // another city
  let lawyer: GraphQLClient;
  let wang: GraphQLClient; // member, 中国一拖 (涧西)
  let li: GraphQLClient; // another member of the same union
  let lawyerId: string;

  const sees = async (client: GraphQLClient, id: string) => (await client.request(CASE, { id })).data?.node?.id === id;

  beforeAll(async () => {
    sms = await startFakeAliyunSms();
    env = await createTestEnvironment({ env: { ...sms.env, SMS_SENDS_PER_PHONE: '1000' } });
    [jianxi, luoyang, henan, zhengzhou, lawyer, wang, li] = await Promise.all([
      env.as(demo.jianxiStaff),
      env.as(demo.luoyangStaff),
      env.as(demo.henanStaff),
      env.as(demo.zhengzhouStaff),
      env.as(LAWYER),
      env.as(demo.memberWang),
      env.as(demo.memberLi),
    ]);
    const lawyers = await jianxi.query(LAWYERS, { union: await unionId(jianxi, 'G410305002') });
    expect(lawyers.rightsLawyers.map((l: any) => l.name)).toEqual(['法律援助律师·孟庆华']);
    lawyerId = lawyers.rightsLawyers[0].user;
  }, 120_000);
  afterAll(async () => {
    await env?.close();
    await sms?.close();
  });

  it('a worker at a station opens an unpaid-wages case with a verified phone; triage assigns a lawyer; mediation agrees; it closes with the amount recovered and the figures show it', async () => {
    const phone = '13612349001';
    const lyc = await unionId(env.anonymous, 'G410305002');
    const district = await unionId(jianxi, '410305');
    const before = (await jianxi.query(FIGURES, { union: district })).rightsFigures;

    // Without a code (or with a wrong one) nothing is opened.
    const input = { phone, code: '000000', name: '田小军', union: lyc, details: details({ place: '涧西区户外劳动者服务站点' }) };
    const wrong = await run(env.anonymous, OPEN_AS_WORKER, input);
    expect(wrong.code).toBe('INVALID_SMS_CODE');
    const sent = await run(env.anonymous, REQUEST_CODE, { phone, purpose: 'RIGHTS_CASE' });
    expect(sent.__typename).toBe('RequestSmsCodeSuccess');
    const code = sms.sent.at(-1)!.params.code;
    const receipt = await run(env.anonymous, OPEN_AS_WORKER, { ...input, code });
    expect(receipt.__typename).toBe('OpenRightsCaseAsWorkerSuccess');
    expect(receipt.receipt.reference).toMatch(/^WQ-[0-9A-F]{8}$/);
    // The code is spent.
    expect((await run(env.anonymous, OPEN_AS_WORKER, { ...input, code })).code).toBe('INVALID_SMS_CODE');

    const [row] = await env.db.select().from(rightsCases).where(eq(rightsCases.claimantPhone, phone));
    expect(row).toMatchObject({ channel: 'worker', memberId: null, openedAtPlace: '涧西区户外劳动者服务站点', amountInDisputeFen: 3_600_000 });
    const mine = Buffer.from(`RightsCase:${row!.id}`).toString('base64');
    expect((await jianxi.query(QUEUE, { union: lyc })).rightsCases.nodes.map((n: any) => n.id)).toContain(mine);
    const opened = (await jianxi.query(CASE, { id: mine })).node;
    expect(opened).toMatchObject({ claimantName: '田小军', status: 'OPENED', viewerCan: { triage: true, close: false } });

    const triaged = await ok(jianxi, TRIAGE, { case: mine, route: 'LAWYER', note: '农民工讨薪，指派律师' });
    expect(triaged).toMatchObject({ status: 'TRIAGED', route: 'LAWYER', legalAidEligible: true, caseOfficerName: '涧西区总工会·林娜' });
    const withLawyer = await ok(jianxi, ASSIGN, { case: mine, lawyer: lawyerId });
    expect(withLawyer).toMatchObject({ status: 'WITH_LAWYER', lawyerName: '法律援助律师·孟庆华' });
    // The lawyer sees it among their cases, runs the mediation and closes it.
    expect((await lawyer.query(ASSIGNED)).myAssignedRightsCases.nodes.map((n: any) => n.id)).toContain(mine);
    await ok(lawyer, NOTE, { case: mine, note: '区总工会主持调解，双方签订调解协议：十日内支付全部欠薪' });
    const closed = await ok(lawyer, CLOSE, { case: mine, outcome: 'SETTLED', recovered: yuan(36_000), note: '欠薪全额到账' });
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'SETTLED', recovered: { amount: 3_600_000 } });
    expect(closed.events.nodes.map((e: any) => e.kind)).toEqual(['opened', 'triaged', 'lawyer_assigned', 'note', 'closed']);
    expect(closed.events.nodes.every((e: any) => typeof e.createdAt === 'string')).toBe(true);
    // Closed is closed: a second close is the one typed state error.
    const again = await run(lawyer, CLOSE, { case: mine, outcome: 'WON', recovered: yuan(1) });
    expect(again).toMatchObject({ code: 'INVALID_TRANSITION', fromState: 'closed' });

    const after = (await jianxi.query(FIGURES, { union: district })).rightsFigures;
    expect(after.closed).toBe(before.closed + 1);
    expect(after.recovered.amount).toBe(before.recovered.amount + 3_600_000);
    const wages = (f: any) => f.byType.find((t: any) => t.type === 'UNPAID_WAGES') ?? { closed: 0 };
    expect(wages(after).closed).toBe(wages(before).closed + 1);
  });

  it('a member follows their case on the phone; nobody else outside the case’s union sees it', async () => {
    const opened = await ok(wang, OPEN, { details: details({ type: 'WORK_INJURY', employerName: '中国一拖集团有限公司', description: '装配线上左脚被叉车压伤，企业不承认工伤，要求认定并支付待遇。' }) });
    expect(opened).toMatchObject({ status: 'OPENED', channel: 'MEMBER', confidential: false, viewerCan: { triage: false, withdraw: true } });
    await ok(jianxi, TRIAGE, { case: opened.id, route: 'MEDIATION' });
    await ok(jianxi, MEDIATE, { case: opened.id, note: '约见企业人事部门' });
    const mine = (await wang.query(MINE)).myRightsCases.nodes.find((n: any) => n.id === opened.id);
    expect(mine.statusLabel).toBe('调解中（区总工会）');
    expect(mine.events.nodes.map((e: any) => e.kind)).toEqual(['opened', 'triaged', 'mediation_started']);

    expect(await sees(li, opened.id)).toBe(false);
    expect(await sees(zhengzhou, opened.id)).toBe(false);
    expect(await sees(lawyer, opened.id)).toBe(false); // not assigned
    expect(await sees(luoyang, opened.id)).toBe(true); // the city union above
    // Steps by someone who cannot see the case: NotFound, and nothing written.
    const events = async () => (await env.db.select().from(rightsCaseEvents).where(eq(rightsCaseEvents.caseId, Buffer.from(opened.id, 'base64').toString().split(':')[1]!))).length;
    const count = await events();
    expect((await run(li, NOTE, { case: opened.id, note: '我也来看看' })).code).toBe('NOT_FOUND');
    expect((await run(zhengzhou, CLOSE, { case: opened.id, outcome: 'WON', recovered: yuan(0) })).code).toBe('NOT_FOUND');
    expect((await run(lawyer, CLOSE, { case: opened.id, outcome: 'WON', recovered: yuan(0) })).code).toBe('NOT_FOUND');
    // Staff who see it but are not its officer: a typed refusal.
    expect((await run(luoyang, CLOSE, { case: opened.id, outcome: 'WON', recovered: yuan(0) })).code).toBe('RIGHTS_NOT_CASE_OFFICER');
    expect((await run(wang, CLOSE, { case: opened.id, outcome: 'WON', recovered: yuan(0) })).code).toBe('RIGHTS_NOT_CASE_OFFICER');
    expect(await events()).toBe(count);

    const withdrawn = await ok(wang, WITHDRAW, { case: opened.id, note: '已与企业协商解决' });
    expect(withdrawn).toMatchObject({ status: 'CLOSED', outcome: 'WITHDRAWN', recovered: { amount: 0 } });
  });

  it('triage applies the legal-aid rule: a lawyer needs eligibility, refused steps write nothing', async () => {
    const opened = await ok(wang, OPEN, {
      details: details({ type: 'RESTRUCTURING_LAYOFF', employerName: '中国一拖集团有限公司', monthlyIncome: yuan(8_000), description: '企业改制中被列入分流名单，经济补偿金计算年限有争议。' }),
    });
    const refused = await run(jianxi, TRIAGE, { case: opened.id, route: 'LAWYER' });
    expect(refused).toMatchObject({ code: 'LEGAL_AID_NOT_ELIGIBLE', message: expect.stringContaining('月收入') });
    expect((await jianxi.query(CASE, { id: opened.id })).node.status).toBe('OPENED');
    // Verified income under the ceiling makes the member eligible.
    const triaged = await ok(jianxi, TRIAGE, { case: opened.id, route: 'LITIGATION', monthlyIncome: yuan(4_200) });
    expect(triaged).toMatchObject({ legalAidEligible: true, route: 'LITIGATION' });
    // Only an appointed lawyer can be assigned.
    const me = await jianxi.query(`{ me { id } }`);
    expect((await run(jianxi, ASSIGN, { case: opened.id, lawyer: me.me.id })).code).toBe('RIGHTS_ROLE_NOT_HELD');
    await ok(jianxi, ASSIGN, { case: opened.id, lawyer: lawyerId });
    const litigating = await ok(lawyer, LITIGATE, { case: opened.id, note: '向劳动人事争议仲裁委员会申请仲裁' });
    expect(litigating.status).toBe('IN_LITIGATION');
    expect((await ok(lawyer, CLOSE, { case: opened.id, outcome: 'WON', recovered: yuan(61_000) })).recovered.amount).toBe(6_100_000);
  });

  it('only one of two staff racing to triage wins', async () => {
    const opened = await ok(wang, OPEN, { details: details({ type: 'HEALTH_RIGHTS', description: '车间粉尘超标，企业未组织职业健康检查。' }) });
    const answers = await Promise.all([jianxi, luoyang, jianxi, luoyang].map((c) => run(c, TRIAGE, { case: opened.id, route: 'MEDIATION' })));
    expect(answers.filter((a) => a.__typename === 'TriageRightsCaseSuccess')).toHaveLength(1);
    expect(answers.filter((a) => a.code === 'INVALID_TRANSITION')).toHaveLength(3);
    const triaged = (await env.db.select().from(rightsCaseEvents).where(eq(rightsCaseEvents.kind, 'triaged'))).filter(
      (e) => e.caseId === Buffer.from(opened.id, 'base64').toString().split(':')[1],
    );
    expect(triaged).toHaveLength(1);
  });

  it('a confidential case is seen only by its member, its officer and its lawyer, and counts only from the city level up', async () => {
    const district = await unionId(jianxi, '410305');
    const city = await unionId(luoyang, '410300');
    const districtBefore = (await jianxi.query(FIGURES, { union: district })).rightsFigures;
    const cityBefore = (await luoyang.query(FIGURES, { union: city })).rightsFigures;

    const opened = await ok(wang, OPEN, {
      details: details({ type: 'WOMEN_WORKERS', amountInDispute: null, employerName: '中国一拖集团有限公司', description: '车间班长多次言语骚扰，调岗申请被拒。' }),
    });
    expect(opened.confidential).toBe(true);
    // District staff: not in the queue, not by id, nothing to act on.
    expect((await jianxi.query(QUEUE, { union: district })).rightsCases.nodes.map((n: any) => n.id)).not.toContain(opened.id);
    expect(await sees(jianxi, opened.id)).toBe(false);
    expect((await run(jianxi, TRIAGE, { case: opened.id, route: 'MEDIATION' })).code).toBe('NOT_FOUND');
    // City staff see only that a confidential case waits (type, union), not its content, until they take it.
    const intakes = (await luoyang.query(INTAKES)).confidentialRightsIntakes;
    expect(intakes).toContainEqual({ case: opened.id, type: 'WOMEN_WORKERS', unionName: '中国一拖集团有限公司工会' });
    expect((await jianxi.query(INTAKES)).confidentialRightsIntakes).toEqual([]);
    expect(await sees(luoyang, opened.id)).toBe(false);

    // The city and the province race to take it: one wins.
    const takes = await Promise.all([run(luoyang, TAKE, { case: opened.id }), run(henan, TAKE, { case: opened.id })]);
    const winners = takes.filter((t) => t.__typename === 'TakeConfidentialRightsCaseSuccess');
    expect(winners).toHaveLength(1);
    expect(takes.filter((t) => t.code === 'RIGHTS_CASE_TAKEN' || t.code === 'NOT_FOUND')).toHaveLength(1);
    const [officer, other] = takes[0].__typename === 'TakeConfidentialRightsCaseSuccess' ? [luoyang, henan] : [henan, luoyang];

    expect(await sees(officer, opened.id)).toBe(true);
    expect(await sees(other, opened.id)).toBe(false);
    expect(await sees(wang, opened.id)).toBe(true);
    expect(await sees(li, opened.id)).toBe(false);
    expect(await sees(lawyer, opened.id)).toBe(false);
    await ok(officer, TRIAGE, { case: opened.id, route: 'LAWYER' });
    await ok(officer, ASSIGN, { case: opened.id, lawyer: lawyerId });
    expect(await sees(lawyer, opened.id)).toBe(true);
    expect(await sees(jianxi, opened.id)).toBe(false);
    await ok(lawyer, CLOSE, { case: opened.id, outcome: 'SETTLED', recovered: yuan(20_000) });

    const districtAfter = (await jianxi.query(FIGURES, { union: district })).rightsFigures;
    const cityAfter = (await luoyang.query(FIGURES, { union: city })).rightsFigures;
    expect(districtAfter.includesConfidential).toBe(false);
    expect(districtAfter.opened).toBe(districtBefore.opened);
    expect(districtAfter.byType.find((t: any) => t.type === 'WOMEN_WORKERS')).toBeUndefined();
    expect(cityAfter.includesConfidential).toBe(true);
    expect(cityAfter.opened).toBe(cityBefore.opened + 1);
    expect(cityAfter.recovered.amount).toBe(cityBefore.recovered.amount + 2_000_000);
  });

  it('a grassroots union opens a case on a member’s behalf; the member follows it', async () => {
    const yituo = await unionId(jianxi, 'G410305001');
    const opened = await ok(jianxi, OPEN_FOR, {
      union: yituo,
      name: '李建国',
      memberCardNumber: '6231004103050019',
      details: details({ type: 'UNPAID_WAGES', description: '外包项目结算后，劳务公司拖欠加班工资两个月。' }),
    });
    expect(opened).toMatchObject({ channel: 'UNION', claimantName: '李建国' });
    expect((await li.query(MINE)).myRightsCases.nodes.map((n: any) => n.id)).toContain(opened.id);
    // Outside the staff member's subtree the union does not exist for them.
    const other = await unionId(zhengzhou, 'G410105001');
    expect((await run(jianxi, OPEN_FOR, { union: other, name: '某职工', details: details() })).code).toBe('NOT_FOUND');
    expect((await run(wang, OPEN, { details: details({ description: '短' }) })).__typename).toBe('InputValidationError');
  });
});
