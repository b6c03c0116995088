import { executeRows } from '@huigong/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, withLuhnDigit } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import type { GraphQLClient } from '../support/graphql.ts';
import {
  ADD_ROWS,
  APPROVE,
  CHECK,
  CREATE_ENROLMENT,
  CREATE_SCHEME,
  FILE_CLAIM,
  insertMembers,
  MY_COVERS,
  ok,
  PAY,
  photo,
  RECORD_PREMIUM,
  REJECT,
  RESUBMIT,
  run,
  SEND_BACK,
  SUBMIT,
  UNION,
  VALUATE,
  yuan,
} from './fixtures.ts';

let env: TestEnvironment;
let city: GraphQLClient;
let unit: GraphQLClient;
let zhang: GraphQLClient;
let luoyang: string;
let xidajie: string;
let schemeId: string;
let zhangCover: string;
let people: { card: string; name: string }[];
// Last year: every admission of the scheme year lies in the past, whatever day the suite runs.
const Y = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4)) - 1;
const ZHANG_CARD = '6231004103020020';

const count = async (table: string) => Number((await executeRows<{ n: string }>(env.db, sql.raw(`select count(*) as n from ${table}`)))[0]!.n);
const coversOfYear = async () =>
  Number((await executeRows<{ n: string }>(env.db, sql`select count(*) as n from mutual_aid_covers c join mutual_aid_schemes s on s.id = c.scheme_id where s.year = ${Y}`))[0]!.n);
const unionId = async (code: string) => (await env.anonymous.query(UNION, { code })).unionByCode.id as string;

async function coverOf(card: string) {
  const data = await unit.query(`query($u: ID!, $c: String) { mutualAidCovers(union: $u, cardNumber: $c, first: 1) { nodes { id state } } }`, {
    u: xidajie,
    c: card,
  });
  return data.mutualAidCovers.nodes[0].id as string;
}

/** Files a claim for a stay (total cost and social insurance in yuan) with one photo. */
async function file(client: GraphQLClient, cover: string, admittedOn: string, total: number, social: number) {
  return run(client, FILE_CLAIM, {
    cover,
    hospital: '洛阳市中心医院',
    admittedOn,
    dischargedOn: admittedOn,
    totalCost: yuan(total),
    socialInsurancePaid: yuan(social),
    documents: await photo(env.url, client),
  });
}

async function valuated(client: GraphQLClient, cover: string, admittedOn: string, total: number, social: number) {
  const filed = await file(client, cover, admittedOn, total, social);
  expect(filed.__typename, JSON.stringify(filed)).toBe('FileMutualAidClaimSuccess');
  await ok(unit, CHECK, { claim: filed.claim.id });
  return ok(city, VALUATE, { claim: filed.claim.id });
}

beforeAll(async () => {
  env = await createTestEnvironment();
  city = await env.as(demo.luoyangStaff);
  unit = await env.as(demo.laochengGrassrootsStaff);
  zhang = await env.as(demo.memberZhang);
  luoyang = await unionId('410300');
  xidajie = await unionId('G410302001');
  people = await insertMembers(env.db, 'G410302001', 199, 1);
}, 120_000);

afterAll(async () => {
  await env?.close();
});

const scheme = {
  name: `洛阳市${Y}年度职工医疗互助`,
  deductible: yuan(1000),
  bands: [
    { upTo: yuan(10_000), ratePercent: 50 },
    { upTo: yuan(30_000), ratePercent: 60 },
    { ratePercent: 70 },
  ],
  ceiling: yuan(15_000),
  waitingDays: 90,
  backstop: yuan(30_000),
};

describe('schemes', () => {
  it('lets the city union set one scheme a year, ¥60 a member by default', async () => {
    const created = await ok(city, CREATE_SCHEME, { union: luoyang, year: Y, ...scheme });
    expect(created).toMatchObject({ year: Y, premium: { amount: 6000 }, deductible: { amount: 100_000 }, waitingDays: 90 });
    expect(created.bands).toEqual([
      { upTo: { amount: 1_000_000 }, ratePercent: 50 },
      { upTo: { amount: 3_000_000 }, ratePercent: 60 },
      { upTo: null, ratePercent: 70 },
    ]);
    schemeId = created.id;
    expect(await run(city, CREATE_SCHEME, { union: luoyang, year: Y, ...scheme })).toMatchObject({ __typename: 'MutualAidSchemeExists' });
    expect(await run(unit, CREATE_SCHEME, { union: luoyang, year: Y + 5, ...scheme })).toMatchObject({ __typename: 'NotFound' });
    const bad = await run(city, CREATE_SCHEME, { union: luoyang, year: Y + 5, ...scheme, bands: [{ upTo: yuan(10), ratePercent: 50 }] });
    expect(bad.fieldErrors[0]).toMatchObject({ field: ['input', 'bands'], code: 'INVALID_BANDS' });
  });
});

describe('group enrolment', () => {
  it('refuses a file with bad rows whole, with a row report, then applies the fixed file', async () => {
    const draft = await ok(unit, CREATE_ENROLMENT, { scheme: schemeId, union: xidajie, startsOn: `${Y}-01-01` });
    expect(draft).toMatchObject({ status: 'DRAFT', viewerCan: { addRows: true, submit: true, recordPremium: false } });
    const good = [`${ZHANG_CARD},张桂兰`, ...people.map((p) => `${p.card},${p.name}`)];
    const bad = [...good];
    bad[10] = `${people[9]!.card.slice(0, -1)}${(Number(people[9]!.card.slice(-1)) + 1) % 10},${people[9]!.name}`; // checksum
    bad[50] = '6231004103050001,王秀英'; // another unit's member
    bad[120] = `${people[119]!.card},张冠李戴`; // name mismatch
    const csv = (rows: string[]) => `卡号,姓名\n${rows.join('\n')}\n`;
    const first = await ok(unit, ADD_ROWS, { enrolment: draft.id, csv: csv(bad.slice(0, 100)) });
    expect(first.rowCount).toBe(100);
    expect((await ok(unit, ADD_ROWS, { enrolment: draft.id, csv: bad.slice(100).join('\r\n') })).rowCount).toBe(200);

    const refused = await run(unit, SUBMIT, { enrolment: draft.id });
    expect(refused).toMatchObject({ __typename: 'MutualAidEnrolmentRefused', rowCount: 200, refusedCount: 3 });
    expect(refused.rows.map((r: any) => [r.line, r.code])).toEqual([
      [11, 'BAD_CARD_NUMBER'],
      [51, 'NOT_IN_UNIT'],
      [121, 'NAME_MISMATCH'],
    ]);
    expect(refused.rows[2].message).toBe('姓名与会员卡登记的不一致');
    expect(await coversOfYear()).toBe(0);

    await ok(unit, ADD_ROWS, { enrolment: draft.id, csv: csv(good.slice(0, 150)), replace: true });
    await ok(unit, ADD_ROWS, { enrolment: draft.id, cardNumbers: people.slice(149).map((p) => p.card) });
    const submitted = await ok(unit, SUBMIT, { enrolment: draft.id });
    expect(submitted).toMatchObject({ status: 'SUBMITTED', memberCount: 200, premiumDue: { amount: 1_200_000 } });
    expect(await coversOfYear()).toBe(200);
    expect(await run(unit, ADD_ROWS, { enrolment: draft.id, cardNumbers: [ZHANG_CARD] })).toMatchObject({ __typename: 'InvalidTransition' });

    const idle = (await zhang.query(MY_COVERS)).myMutualAidCovers.nodes[0];
    expect(idle).toMatchObject({ state: 'IDLE', activeFrom: null });
    zhangCover = idle.id;

    // One cover per member per scheme year: a second unit's batch refuses her row.
    const again = await ok(unit, CREATE_ENROLMENT, { scheme: schemeId, union: xidajie, startsOn: `${Y}-03-01` });
    await ok(unit, ADD_ROWS, { enrolment: again.id, cardNumbers: [ZHANG_CARD, ZHANG_CARD] });
    const twice = await run(unit, SUBMIT, { enrolment: again.id });
    expect(twice.rows.map((r: any) => r.code)).toEqual(['ALREADY_COVERED', 'DUPLICATE_ROW']);

    // The premium is the city's to record; the covers run a year from the later of start and payment.
    expect(await run(unit, RECORD_PREMIUM, { enrolment: draft.id, paymentReference: 'ICBC-2025-0110-001' })).toMatchObject({
      __typename: 'MutualAidWrongLevel',
    });
    const paid = await ok(city, RECORD_PREMIUM, { enrolment: draft.id, paymentReference: `ICBC-${Y}-0110-001`, paidOn: `${Y}-01-10` });
    expect(paid).toMatchObject({ status: 'PAID', paidOn: `${Y}-01-10` });
    const active = (await zhang.query(MY_COVERS)).myMutualAidCovers.nodes[0];
    expect(active).toMatchObject({ activeFrom: `${Y}-01-10`, activeUntil: `${Y + 1}-01-09`, state: 'EXPIRED' });
    expect(await run(city, RECORD_PREMIUM, { enrolment: draft.id, paymentReference: 'XFER-2' })).toMatchObject({ __typename: 'InvalidTransition' });
  });
});

describe('claims', () => {
  it('rejects with numbered reasons: not covered, waiting period, below the deductible', async () => {
    const early = await file(zhang, zhangCover, `${Y}-01-05`, 8000, 5000);
    const notCovered = await ok(unit, CHECK, { claim: early.claim.id });
    expect(notCovered).toMatchObject({ status: 'REJECTED', rejectionReason: 'NOT_COVERED', rejectionNumber: 1 });
    expect(notCovered.rejectionMessage).toContain('保障期');

    const waiting = await ok(unit, CHECK, { claim: (await file(zhang, zhangCover, `${Y}-03-01`, 8000, 5000)).claim.id });
    expect(waiting).toMatchObject({ status: 'REJECTED', rejectionReason: 'WAITING_PERIOD', rejectionNumber: 2 });
    expect(waiting.rejectionMessage).toContain(`等待期至 ${Y}-04-09`);

    const small = await valuatedOrRejected(`${Y}-05-01`, 5000, 4200);
    expect(small).toMatchObject({ status: 'REJECTED', rejectionReason: 'BELOW_DEDUCTIBLE', rejectionNumber: 3, valuated: null });
  });

  it('valuates from the rules across a year: deductible once, bands, then the ceiling', async () => {
    const zheng = await env.as(demo.memberZheng);
    const first = await file(zhang, zhangCover, `${Y}-06-01`, 30_000, 18_000);
    expect(first.claim).toMatchObject({ status: 'ENTERED', selfPaid: { amount: 1_200_000 }, documents: [{ file: { fileName: '结算单1.png' } }] });
    expect(await run(zheng, CHECK, { claim: first.claim.id })).toMatchObject({ __typename: 'NotFound' });
    expect(await run(zhang, VALUATE, { claim: first.claim.id })).toMatchObject({ __typename: 'NotFound' });
    expect(await run(city, VALUATE, { claim: first.claim.id })).toMatchObject({ __typename: 'InvalidTransition', fromState: 'entered' });
    const checked = await ok(unit, CHECK, { claim: first.claim.id });
    expect(checked.viewerCan).toMatchObject({ valuate: false, approve: false, reject: true });
    expect(await run(unit, VALUATE, { claim: first.claim.id })).toMatchObject({ __typename: 'MutualAidWrongLevel' });
    const v1 = await ok(city, VALUATE, { claim: first.claim.id });
    // ¥12,000 self-paid − ¥1,000 deductible = ¥11,000: ¥10,000 × 50% + ¥1,000 × 60%.
    expect(v1.valuated.amount).toBe(560_000);
    expect(v1.explanation.map((l: any) => l.amount.amount)).toEqual([1_200_000, -100_000, 500_000, 60_000, 560_000]);
    expect(v1.viewerCan).toMatchObject({ approve: true, pay: false });
    const a1 = await ok(city, APPROVE, { claim: v1.id });
    expect(a1.status).toBe('APPROVED');
    const p1 = await ok(city, PAY, { claim: v1.id, paymentReference: `MA-${Y}-0001` });
    expect(p1).toMatchObject({ status: 'PAID', paymentReference: `MA-${Y}-0001` });
    expect(p1.auditTrail.nodes.map((n: any) => n.toState)).toEqual(['entered', 'checked', 'valuated', 'approved', 'paid']);

    // The same stay again: the database's unique index refuses it.
    expect(await file(zhang, zhangCover, `${Y}-06-01`, 30_000, 18_000)).toMatchObject({
      __typename: 'MutualAidDuplicateClaim',
      code: 'MUTUAL_AID_DUPLICATE_CLAIM',
      reasonNumber: 5,
    });

    // The deductible was used up by the first claim: ¥6,000 × 50%.
    const v2 = await valuatedOrRejected(`${Y}-07-01`, 10_000, 4000);
    expect(v2.valuated.amount).toBe(300_000);
    await ok(city, APPROVE, { claim: v2.id });
    // ¥11,000 by the bands, held to the ¥6,400 left of the ¥15,000 ceiling.
    const v3 = await valuatedOrRejected(`${Y}-08-01`, 30_000, 10_000);
    expect(v3.valuated.amount).toBe(640_000);
    expect(v3.explanation.at(-2).label).toContain('最高限额');
    await ok(city, APPROVE, { claim: v3.id });
    const full = await valuatedOrRejected(`${Y}-09-01`, 5000, 2000);
    expect(full).toMatchObject({ status: 'REJECTED', rejectionReason: 'CEILING_REACHED', rejectionNumber: 4 });

    const ledger = (await zhang.query(MY_COVERS)).myMutualAidCovers.nodes[0].ledger;
    expect(ledger).toEqual({ deductibleUsed: { amount: 100_000 }, approvedTotal: { amount: 1_500_000 }, ceilingRemaining: { amount: 0 }, claimsApproved: 3 });
  });

  it('sends back for documents, takes them again, and rejects for missing documents', async () => {
    const filed = await file(zhang, zhangCover, `${Y}-10-01`, 9000, 3000);
    const back = await ok(unit, SEND_BACK, { claim: filed.claim.id, note: '请补充出院小结' });
    expect(back).toMatchObject({ status: 'RETURNED', returnNote: '请补充出院小结' });
    const own = (await zhang.query(`query($id: ID!) { node(id: $id) { ... on MutualAidClaim { viewerCan { resubmit check } } } }`, { id: back.id })).node;
    expect(own.viewerCan).toEqual({ resubmit: true, check: false });
    const again = await ok(zhang, RESUBMIT, { claim: back.id, documents: await photo(env.url, zhang) });
    expect(again).toMatchObject({ status: 'ENTERED' });
    expect(again.documents).toHaveLength(2);
    const audits = await count('audit_events');
    expect(await run(zhang, RESUBMIT, { claim: back.id, documents: await photo(env.url, zhang) })).toMatchObject({ __typename: 'InvalidTransition' });
    expect(await count('audit_events')).toBe(audits);
    const rejected = await ok(unit, REJECT, { claim: back.id, reason: 'DOCUMENTS_MISSING', note: '出院小结不清晰' });
    expect(rejected).toMatchObject({ rejectionReason: 'DOCUMENTS_MISSING', rejectionNumber: 6, rejectionMessage: expect.stringContaining('出院小结不清晰') });
    // A rejected stay may be filed again.
    expect((await file(zhang, zhangCover, `${Y}-10-01`, 9000, 3000)).__typename).toBe('FileMutualAidClaimSuccess');
  });
});

async function valuatedOrRejected(admittedOn: string, total: number, social: number) {
  const filed = await file(zhang, zhangCover, admittedOn, total, social);
  await ok(unit, CHECK, { claim: filed.claim.id });
  return ok(city, VALUATE, { claim: filed.claim.id });
}

describe('under parallel requests', () => {
  it('never passes a member\'s ceiling', async () => {
    const cover = await coverOf(people[0]!.card);
    // Uses the deductible up first, so that every later valuation is the same ¥11,000.
    await ok(city, APPROVE, { claim: (await valuated(unit, cover, `${Y}-05-02`, 3000, 1800)).id });
    const claims = [];
    for (const [i, day] of ['06-02', '06-12', '06-22', '07-02'].entries()) {
      claims.push(await valuated(unit, cover, `${Y}-${day}`, 25_000 + i, 5000 + i));
    }
    expect(claims.map((c) => c.valuated.amount)).toEqual([1_100_000, 1_100_000, 1_100_000, 1_100_000]);
    const results = await Promise.all(claims.map((c) => run(city, APPROVE, { claim: c.id })));
    const winners = results.filter((r) => r.__typename === 'ApproveMutualAidClaimSuccess');
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.__typename === 'MutualAidCeilingReached')).toHaveLength(3);
    const [ledger] = await executeRows<{ approved_fen: string }>(
      env.db,
      sql`select approved_fen from mutual_aid_ledgers l join members m on m.id = l.member_id where m.card_number = ${people[0]!.card}`,
    );
    expect(Number(ledger!.approved_fen)).toBe(1_110_000);
  });

  it('never passes the pool of premiums and the city\'s backstop', async () => {
    const claims = [];
    for (let i = 1; i <= 8; i++) claims.push(await valuated(unit, await coverOf(people[i]!.card), `${Y}-11-0${i}`, 20_000, 8000));
    expect(claims.every((c) => c.valuated.amount === 560_000)).toBe(true);
    const before = (await city.query(`query($id: ID!) { node(id: $id) { ... on MutualAidScheme { poolRemaining { amount } } } }`, { id: schemeId })).node;
    const expected = Math.floor(before.poolRemaining.amount / 560_000);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(8);
    const results = await Promise.all(claims.map((c) => run(city, APPROVE, { claim: c.id })));
    expect(results.filter((r) => r.__typename === 'ApproveMutualAidClaimSuccess')).toHaveLength(expected);
    expect(results.filter((r) => r.__typename === 'MutualAidPoolExhausted')).toHaveLength(8 - expected);
    const [s] = await executeRows<{ approved_fen: string; pool: string }>(
      env.db,
      sql`select approved_fen, premiums_paid_fen + backstop_fen as pool from mutual_aid_schemes where year = ${Y}`,
    );
    expect(Number(s!.approved_fen)).toBeLessThanOrEqual(Number(s!.pool));
  });

  it('takes one claim for one admission however many are sent at once', async () => {
    const cover = await coverOf(people[20]!.card);
    const documents = await Promise.all(Array.from({ length: 5 }, () => photo(env.url, unit)));
    const results = await Promise.all(
      documents.map((docs) =>
        run(unit, FILE_CLAIM, {
          cover,
          hospital: '河南科技大学第一附属医院',
          admittedOn: `${Y}-12-01`,
          dischargedOn: `${Y}-12-10`,
          totalCost: yuan(20_000),
          socialInsurancePaid: yuan(12_000),
          documents: docs,
        }),
      ),
    );
    expect(results.filter((r) => r.__typename === 'FileMutualAidClaimSuccess')).toHaveLength(1);
    expect(results.filter((r) => r.__typename === 'MutualAidDuplicateClaim')).toHaveLength(4);
    // The losers attached nothing: their uploads are still free.
    const [n] = await executeRows<{ n: string }>(env.db, sql`select count(*) as n from stored_files where purpose = 'mutual_aid_claim_document' and attached_at is null`);
    expect(Number(n!.n)).toBeGreaterThanOrEqual(4);
  });
});

describe('figures', () => {
  it('rolls the year up the union tree', async () => {
    const Q = `query($u: ID!, $y: Int) { mutualAidFigures(union: $u, year: $y) {
      unionName unitsEnrolled membersEnrolled membersCovered premiumsDue { amount } premiumsPaid { amount }
      claimsByStatus { key count } rejectionsByReason { key count } payouts payoutsTotal { amount }
      children { unionCode unitsEnrolled membersEnrolled payouts payoutsTotal { amount } premiumsPaid { amount } } } }`;
    const fig = (await city.query(Q, { u: luoyang, y: Y })).mutualAidFigures;
    expect(fig).toMatchObject({ unitsEnrolled: 1, membersEnrolled: 200, membersCovered: 200, premiumsPaid: { amount: 1_200_000 }, payouts: 1, payoutsTotal: { amount: 560_000 } });
    const reasons = Object.fromEntries(fig.rejectionsByReason.map((r: any) => [r.key, r.count]));
    expect(reasons).toMatchObject({ not_covered: 1, waiting_period: 1, below_deductible: 1, ceiling_reached: 1, documents_missing: 1 });
    const laocheng = fig.children.find((c: any) => c.unionCode === '410302');
    expect(laocheng).toMatchObject({ unitsEnrolled: 1, membersEnrolled: 200, payouts: 1, premiumsPaid: { amount: 1_200_000 } });
    expect(fig.children.filter((c: any) => c.unionCode !== '410302').every((c: any) => c.membersEnrolled === 0)).toBe(true);
    const denied = await zhang.request(`query($u: ID!) { mutualAidFigures(union: $u) { unionName } }`, { u: luoyang });
    expect(denied.data?.mutualAidFigures ?? null).toBeNull();
    expect(denied.errors?.length).toBeGreaterThan(0);
  });
});
