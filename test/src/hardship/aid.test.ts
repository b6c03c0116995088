import { sql } from 'drizzle-orm';
import { executeRows } from '@huigong/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import {
  APPLY,
  APPROVE_AID,
  CLOSE_SCHEME,
  confirmedFile,
  CREATE_SCHEME,
  HOSPITAL_BILL,
  household,
  ME,
  NOMINATE,
  ok,
  OPEN_SCHEME,
  PAY_AID,
  REFUSE_AID,
  run,
  signUpMember,
  UNION,
  VERIFY_AID,
  yuan,
} from './fixtures.ts';

let env: TestEnvironment;
let chain: { grassroots: GraphQLClient; city: GraphQLClient; province: GraphQLClient; national: GraphQLClient };
let zhang: GraphQLClient;
let laochengId: string;
let luoyangId: string;
let zhangFileId: string;
const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));

const count = async (table: string) =>
  Number((await executeRows<{ n: string }>(env.db, sql.raw(`select count(*) as n from ${table}`)))[0]!.n);

const unionId = async (code: string) => (await env.anonymous.query(UNION, { code })).unionByCode.id as string;

async function openScheme(input: Record<string, unknown>) {
  const scheme = await ok(chain.city, CREATE_SCHEME, { union: luoyangId, year, ...input });
  expect(scheme.status).toBe('DRAFT');
  return ok(chain.city, OPEN_SCHEME, { scheme: scheme.id });
}

/** Applied by the member and verified by the grassroots union: ready for the city. */
async function verifiedApplication(member: GraphQLClient, scheme: string, amount: number) {
  const applied = await ok(member, APPLY, { scheme, amount: yuan(amount), note: '生活困难' });
  return ok(chain.grassroots, VERIFY_AID, { application: applied.id });
}

beforeAll(async () => {
  env = await createTestEnvironment();
  chain = {
    grassroots: await env.as(demo.laochengGrassrootsStaff),
    city: await env.as(demo.luoyangStaff),
    province: await env.as(demo.henanStaff),
    national: await env.as(demo.nationalStaff),
  };
  zhang = await env.as(demo.memberZhang);
  laochengId = await unionId('G410302001');
  luoyangId = await unionId('410300');
  const files = await zhang.query(`{ myHardshipFiles(first: 1) { nodes { id } } }`);
  zhangFileId = files.myHardshipFiles.nodes[0].id;
}, 120_000);

afterAll(async () => {
  await env?.close();
});

describe('living aid: applied → verified → approved → paid', () => {
  it('takes a member\'s application through the grassroots union and the city to payment, audited', async () => {
    const schemes = await zhang.query(`{ hardshipAidSchemes(first: 10) { nodes { id kind acceptingApplications capPerPerson { amount } } } }`);
    const living = schemes.hardshipAidSchemes.nodes.find((s: any) => s.kind === 'LIVING');
    expect(living).toMatchObject({ acceptingApplications: true, capPerPerson: { amount: 500_000 } });

    const applied = await ok(zhang, APPLY, { scheme: living.id, amount: yuan(2000), note: '丈夫透析费用' });
    expect(applied).toMatchObject({ status: 'APPLIED', channel: 'MEMBER', memberName: '张桂兰', requested: { amount: 200_000 } });
    expect(await run(chain.city, VERIFY_AID, { application: applied.id })).toMatchObject({ __typename: 'HardshipWrongLevel' });
    const zhengzhou = await env.as(demo.zhengzhouStaff);
    expect(await run(zhengzhou, VERIFY_AID, { application: applied.id })).toMatchObject({ __typename: 'NotFound' });

    const verified = await ok(chain.grassroots, VERIFY_AID, { application: applied.id, amount: yuan(1800), note: '核实后按 1800 元拟发' });
    expect(verified).toMatchObject({ status: 'VERIFIED', prepared: { amount: 180_000 }, viewerCan: { approve: false } });
    expect(await run(chain.grassroots, APPROVE_AID, { application: applied.id })).toMatchObject({ __typename: 'HardshipWrongLevel' });
    const tooMuch = await run(chain.city, APPROVE_AID, { application: applied.id, amount: yuan(2000) });
    expect(tooMuch.__typename).toBe('InputValidationError');

    const approved = await ok(chain.city, APPROVE_AID, { application: applied.id });
    expect(approved).toMatchObject({ status: 'APPROVED', approved: { amount: 180_000 }, viewerCan: { pay: true } });
    const paid = await ok(chain.city, PAY_AID, { application: applied.id, paymentReference: 'LY2026120300017' });
    expect(paid).toMatchObject({ status: 'PAID', paymentReference: 'LY2026120300017' });
    expect(paid.auditTrail.nodes.map((e: any) => [e.action, e.fromState, e.toState, e.actorName])).toEqual([
      ['hardship_aid.applied', null, 'applied', '张桂兰'],
      ['hardship_aid.verified', 'applied', 'verified', '西大街社区联合工会·曹丽'],
      ['hardship_aid.approved', 'verified', 'approved', '洛阳市总工会·周敏'],
      ['hardship_aid.paid', 'approved', 'paid', '洛阳市总工会·周敏'],
    ]);
    const mine = await zhang.query(`{ myHardshipAidApplications(first: 5) { nodes { id status approved { amount } } } }`);
    expect(mine.myHardshipAidApplications.nodes).toContainEqual({ id: applied.id, status: 'PAID', approved: { amount: 180_000 } });
    const scheme = await chain.city.query(`query($id: ID!) { node(id: $id) { ... on HardshipAidScheme { approvedTotal { amount } paidTotal { amount } } } }`, { id: living.id });
    expect(scheme.node).toEqual({ approvedTotal: { amount: 180_000 }, paidTotal: { amount: 180_000 } });
  });

  it('refuses with a reason, and never lets the preparer approve', async () => {
    const scheme = await openScheme({ kind: 'LIVING', name: '洛阳市困难职工生活救助（补充）', budget: yuan(100_000) });
    const refused = await verifiedApplication(zhang, scheme.id, 1000);
    const done = await ok(chain.city, REFUSE_AID, { application: refused.id, reason: '本季度已享受临时救助' });
    expect(done).toMatchObject({ status: 'REFUSED', refusalReason: '本季度已享受临时救助' });
    expect(await run(chain.city, APPROVE_AID, { application: refused.id })).toMatchObject({ __typename: 'InvalidTransition', fromState: 'refused' });

    // 周敏 also works for the grassroots union: what she prepared, another must approve.
    const zhou = await env.db.query.users.findFirst({ where: { phone: demo.luoyangStaff }, columns: { id: true } });
    await executeRows(env.db, sql`insert into role_grants (user_id, role, union_id) values (${zhou!.id}, 'union_staff', ${decodeGlobalId(laochengId).id})`);
    const applied = await ok(zhang, APPLY, { scheme: scheme.id, amount: yuan(500) });
    const prepared = await ok(chain.city, VERIFY_AID, { application: applied.id });
    expect(prepared.viewerCan.approve).toBe(false);
    const audits = await count('audit_events');
    const self = await run(chain.city, APPROVE_AID, { application: applied.id });
    expect(self).toMatchObject({ __typename: 'AidPreparerCannotApprove', code: 'AID_PREPARER_CANNOT_APPROVE' });
    expect(await count('audit_events')).toBe(audits);
    const [ledger] = await executeRows<{ n: string }>(
      env.db,
      sql`select count(*) as n from hardship_aid_totals where scheme_id = ${decodeGlobalId(scheme.id).id}`,
    );
    expect(Number(ledger!.n)).toBe(0);
    await executeRows(env.db, sql`delete from role_grants where user_id = ${zhou!.id} and union_id = ${decodeGlobalId(laochengId).id}`);
  });
});

describe('caps and budgets under parallel approvals', () => {
  it('never lets a person pass the cap of a scheme in its year, however many approvals race', async () => {
    const scheme = await openScheme({ kind: 'LIVING', name: '洛阳市困难职工生活救助（冬季）', budget: yuan(1_000_000) });
    const applications = [];
    for (let i = 0; i < 8; i += 1) applications.push(await verifiedApplication(zhang, scheme.id, 1000));
    const audits = await count('audit_events');
    const results = await Promise.all(applications.map((a) => run(chain.city, APPROVE_AID, { application: a.id })));
    const names = results.map((r) => r.__typename);
    expect(names.filter((n) => n === 'ApproveHardshipAidApplicationSuccess')).toHaveLength(5);
    expect(names.filter((n) => n === 'AidCapExceeded')).toHaveLength(3);
    expect(await count('audit_events')).toBe(audits + 5);
    const [total] = await executeRows<{ approved_fen: string }>(
      env.db,
      sql`select approved_fen from hardship_aid_totals where scheme_id = ${decodeGlobalId(scheme.id).id}`,
    );
    expect(Number(total!.approved_fen)).toBe(500_000);
    const [row] = await executeRows<{ approved_fen: string }>(
      env.db,
      sql`select approved_fen from hardship_aid_schemes where id = ${decodeGlobalId(scheme.id).id}`,
    );
    expect(Number(row!.approved_fen)).toBe(500_000);
    // A further application is refused at once: nothing left under the cap.
    expect(await run(zhang, APPLY, { scheme: scheme.id, amount: yuan(1) })).toMatchObject({
      __typename: 'AidCapExceeded',
      remaining: { amount: 0 },
    });
  });

  it('never lets a scheme pass its budget, however many approvals race', async () => {
    const scheme = await openScheme({ kind: 'TEMPORARY', name: '洛阳市困难职工临时救助', capPerPerson: yuan(1000), budget: yuan(3000) });
    const members = [];
    for (let i = 0; i < 6; i += 1) {
      const member = await signUpMember(env.anonymous, laochengId, 100 + i, `预算${i}`);
      await confirmedFile(member, chain, { household: household({ householdMembers: [{ name: `预算${i}`, relation: '本人', age: 40 }] }) });
      members.push(member);
    }
    const applications = [];
    for (const member of members) applications.push(await verifiedApplication(member, scheme.id, 1000));
    const results = await Promise.all(applications.map((a) => run(chain.city, APPROVE_AID, { application: a.id })));
    const names = results.map((r) => r.__typename);
    expect(names.filter((n) => n === 'ApproveHardshipAidApplicationSuccess')).toHaveLength(3);
    expect(names.filter((n) => n === 'AidBudgetExceeded')).toHaveLength(3);
    const [row] = await executeRows<{ approved_fen: string; n: string }>(
      env.db,
      sql`select s.approved_fen, (select count(*) from hardship_aid_totals t where t.scheme_id = s.id) as n
          from hardship_aid_schemes s where s.id = ${decodeGlobalId(scheme.id).id}`,
    );
    expect(Number(row!.approved_fen)).toBe(300_000);
    expect(Number(row!.n)).toBe(3);
  });
});

describe('rounds, windows, areas, re-checks and the partner hospital', () => {
  it('approves nothing in a round that is not open', async () => {
    const draft = await ok(chain.city, CREATE_SCHEME, { union: luoyangId, year, kind: 'SERIOUS_ILLNESS', name: '大病关爱', capPerPerson: yuan(3000), budget: yuan(18_000) });
    expect(await run(zhang, APPLY, { scheme: draft.id, amount: yuan(500) })).toMatchObject({ __typename: 'AidSchemeNotOpen' });
    const opened = await ok(chain.city, OPEN_SCHEME, { scheme: draft.id });
    const verified = await verifiedApplication(zhang, opened.id, 500);
    const closed = await ok(chain.city, CLOSE_SCHEME, { scheme: opened.id });
    expect(closed.status).toBe('CLOSED');
    const audits = await count('audit_events');
    expect(await run(chain.city, APPROVE_AID, { application: verified.id })).toMatchObject({ __typename: 'AidSchemeNotOpen', code: 'AID_SCHEME_NOT_OPEN' });
    expect(await count('audit_events')).toBe(audits);
    expect(await run(chain.city, OPEN_SCHEME, { scheme: opened.id })).toMatchObject({ __typename: 'InvalidTransition', fromState: 'closed' });
  });

  it('pauses aid when the yearly re-check is overdue', async () => {
    const scheme = await openScheme({ kind: 'LIVING', name: '洛阳市困难职工生活救助（核查）', budget: yuan(50_000) });
    const verified = await verifiedApplication(zhang, scheme.id, 300);
    const fileId = decodeGlobalId(zhangFileId).id;
    await executeRows(env.db, sql`update hardship_files set recheck_due_on = current_date - 1 where id = ${fileId}`);
    expect(await run(zhang, APPLY, { scheme: scheme.id, amount: yuan(100) })).toMatchObject({ __typename: 'HardshipAidPaused' });
    expect(await run(chain.city, APPROVE_AID, { application: verified.id })).toMatchObject({ __typename: 'HardshipAidPaused', code: 'HARDSHIP_AID_PAUSED' });
    await executeRows(env.db, sql`update hardship_files set recheck_due_on = current_date + 300 where id = ${fileId}`);
    expect((await run(chain.city, APPROVE_AID, { application: verified.id })).__typename).toBe('ApproveHardshipAidApplicationSuccess');
  });

  it('keeps the caps in law, golden-autumn aid to July–August, and disaster relief to its area', async () => {
    const tooHigh = await run(chain.city, CREATE_SCHEME, { union: luoyangId, year, kind: 'LIVING', name: '生活救助', capPerPerson: yuan(6000), budget: yuan(100_000) });
    expect(tooHigh.fieldErrors).toEqual([expect.objectContaining({ field: ['input', 'capPerPerson'], code: 'ABOVE_STATUTORY_CAP' })]);
    const march = await run(chain.city, CREATE_SCHEME, {
      union: luoyangId, year, kind: 'STUDENT', name: '金秋助学', capPerPerson: yuan(5000), budget: yuan(100_000),
      applyFrom: `${year}-03-01`, applyUntil: `${year}-03-31`,
    });
    expect(march.fieldErrors?.[0]?.code).toBe('STUDENT_AID_WINDOW');
    expect(await run(chain.grassroots, CREATE_SCHEME, { union: luoyangId, year, kind: 'LIVING', name: '生活救助', budget: yuan(1000) })).toMatchObject({ __typename: 'NotFound' });
    // Schemes are set by a city union, by its own staff.
    const district = await env.as(demo.jianxiStaff);
    expect(await run(district, CREATE_SCHEME, { union: await unionId('410305'), year, kind: 'LIVING', name: '生活救助', budget: yuan(1000) })).toMatchObject({ __typename: 'HardshipWrongLevel' });

    const student = await openScheme({ kind: 'STUDENT', name: '金秋助学', capPerPerson: yuan(5000), budget: yuan(100_000) });
    expect(student).toMatchObject({ applyFrom: `${year}-07-01`, applyUntil: `${year}-08-31` });
    const month = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(5, 7));
    const noLetter = await run(zhang, APPLY, { scheme: student.id, amount: yuan(3000), studentName: '郭小雨', school: '郑州大学' });
    if (month === 7 || month === 8) {
      expect(noLetter.fieldErrors?.[0]).toMatchObject({ field: ['input', 'admissionLetterNumber'], code: 'ADMISSION_LETTER_REQUIRED' });
    } else {
      expect(noLetter).toMatchObject({ __typename: 'AidWindowClosed', code: 'AID_WINDOW_CLOSED' });
    }

    const jianxi = await unionId('410305');
    const flood = await openScheme({ kind: 'DISASTER', name: '暴雨受灾救助', capPerPerson: yuan(1000), budget: yuan(15_000), area: jianxi, event: '7·20 暴雨' });
    expect(flood.event).toBe('7·20 暴雨');
    expect(await run(chain.grassroots, NOMINATE, { scheme: flood.id, file: zhangFileId, amount: yuan(1000) })).toMatchObject({ __typename: 'AidOutsideScheme' });
    // A member of another city does not see Luoyang's schemes at all.
    const zhao = await env.as(demo.memberZhao);
    expect(await run(zhao, APPLY, { scheme: flood.id, amount: yuan(100) })).toMatchObject({ __typename: 'NotFound' });
  });

  it('bills the partner hospital at 80% of the self-paid part, within the medical cap', async () => {
    const medical = await openScheme({ kind: 'MEDICAL', name: '洛阳市困难职工医疗救助（疗养院）', budget: yuan(200_000) });
    expect(medical.capPerPerson.amount).toBe(1_000_000);
    const billed = await ok(chain.grassroots, HOSPITAL_BILL, {
      scheme: medical.id,
      file: zhangFileId,
      selfPaid: yuan(3000),
      hospitalBillNumber: 'LMLY-2026-0815',
    });
    expect(billed).toMatchObject({ channel: 'HOSPITAL_BILLED', selfPaid: { amount: 300_000 }, requested: { amount: 240_000 } });
    const over = await run(chain.grassroots, HOSPITAL_BILL, {
      scheme: medical.id,
      file: zhangFileId,
      selfPaid: yuan(20_000),
      hospitalBillNumber: 'LMLY-2026-0816',
    });
    expect(over).toMatchObject({ __typename: 'AidCapExceeded', remaining: { amount: 1_000_000 } });
    const living = await openScheme({ kind: 'LIVING', name: '生活救助（医院）', budget: yuan(10_000) });
    const wrong = await run(chain.grassroots, HOSPITAL_BILL, { scheme: living.id, file: zhangFileId, selfPaid: yuan(100), hospitalBillNumber: 'LMLY-2026-0817' });
    expect(wrong.fieldErrors?.[0]?.code).toBe('NOT_MEDICAL');
    expect((await zhang.query(ME)).me.member.isHardship).toBe(true);
  });
});
