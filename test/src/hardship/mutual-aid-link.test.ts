import { executeRows } from '@huigong/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import type { GraphQLClient } from '../support/graphql.ts';
import { APPLICATION_FIELDS, CREATE_SCHEME, errors, ok, OPEN_SCHEME, UNION, yuan } from './fixtures.ts';

/**
 * A hardship member's medical mutual-aid claim, once settled, can go on to hardship medical aid
 * for what it left to pay: the amount is computed (self-paid part less the payout), a claim
 * serves one application, and parallel requests for one claim give one application.
 */

const APPLY_ON_CLAIM = /* GraphQL */ `
  mutation M($input: ApplyForHardshipAidOnMutualAidClaimInput!) {
    applyForHardshipAidOnMutualAidClaim(input: $input) {
      __typename
      ... on ApplyForHardshipAidOnMutualAidClaimSuccess { application { ...Aid mutualAidClaim } }
      ${errors('InputValidationError', 'HardshipWrongLevel', 'AidCapExceeded')}
    }
  }
  ${APPLICATION_FIELDS}
`;

let env: TestEnvironment;
let city: GraphQLClient;
let medicalScheme: string;
const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/**
 * A paid mutual-aid claim of 张桂兰 (a confirmed hardship household of 西大街, whose members the
 * demo enrolled in Luoyang's mutual aid), as the mutual-aid flow leaves it (tested in
 * test/src/mutual_aid): a ¥4,000 self-paid part, ¥1,500 paid out.
 */
async function paidClaim(admittedDaysAgo: number) {
  const [row] = await executeRows<{ id: string }>(
    env.db,
    sql`insert into mutual_aid_claims (scheme_id, cover_id, member_id, union_id, union_path, status, hospital, admitted_on, discharged_on,
        total_cost_fen, social_insurance_fen, self_paid_fen, filed_by_user_id, checked_by_user_id, valuated_fen, deductible_applied_fen,
        explanation, valuated_by_user_id, approved_by_user_id, approved_at, payment_reference, paid_at)
      select c.scheme_id, c.id, c.member_id, c.union_id, c.union_path, 'paid', '洛阳市中心医院', current_date - ${admittedDaysAgo}::int,
        current_date - ${admittedDaysAgo - 8}::int, 1200000, 800000, 400000, m.user_id, m.user_id, 150000, 100000, '[]'::jsonb,
        m.user_id, m.user_id, now(), ${`MA-LINK-${admittedDaysAgo}`}, now()
      from mutual_aid_covers c join members m on m.id = c.member_id join users u on u.id = m.user_id
      where u.phone = ${demo.memberZhang}
      returning id`,
  );
  expect(row, '张桂兰 is covered by the demo mutual aid').toBeDefined();
  return globalId('MutualAidClaim', row!.id);
}

beforeAll(async () => {
  env = await createTestEnvironment();
  city = await env.as(demo.luoyangStaff);
  const luoyang = (await env.anonymous.query(UNION, { code: '410300' })).unionByCode.id;
  const scheme = await ok(city, CREATE_SCHEME, { union: luoyang, year, kind: 'MEDICAL', name: '洛阳市困难职工医疗救助（互助后）', budget: yuan(200_000) });
  medicalScheme = (await ok(city, OPEN_SCHEME, { scheme: scheme.id })).id;
}, 120_000);
afterAll(() => env?.close());

describe('hardship medical aid on a mutual-aid claim', () => {
  it('asks for what the claim left to pay, once per claim, under parallel requests', async () => {
    const member = await env.as(demo.memberZhang);
    const claim = await paidClaim(40);

    const answers = await Promise.all(
      Array.from({ length: 5 }, () => member.query(APPLY_ON_CLAIM, { input: { scheme: medicalScheme, claim, note: '住院自付部分' } })),
    );
    const kinds = answers.map((a) => a.applyForHardshipAidOnMutualAidClaim.__typename);
    expect(kinds.filter((k) => k === 'ApplyForHardshipAidOnMutualAidClaimSuccess')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'MutualAidClaimAlreadyUsed')).toHaveLength(4);
    const application = answers.find((a) => a.applyForHardshipAidOnMutualAidClaim.application)!.applyForHardshipAidOnMutualAidClaim.application;
    // The remainder, computed: self-paid part less the mutual-aid payout.
    expect(application).toMatchObject({
      status: 'APPLIED',
      channel: 'MEMBER',
      requested: { amount: 400000 - 150000 },
      scheme: { kind: 'MEDICAL' },
      mutualAidClaim: claim,
    });
    const rows = await executeRows<{ n: number }>(
      env.db,
      sql`select count(*)::int as n from hardship_aid_applications where mutual_aid_claim_id = ${Buffer.from(claim, 'base64').toString().split(':')[1]!}`,
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('refuses a claim not yet settled, another person’s claim, a scheme that is not medical, and writes nothing', async () => {
    const member = await env.as(demo.memberZhang);
    const second = await paidClaim(60);
    const count = async () => (await executeRows<{ n: number }>(env.db, sql`select count(*)::int as n from hardship_aid_applications`))[0]!.n;
    const before = await count();

    const [pending] = await executeRows<{ id: string }>(env.db, sql`select id from mutual_aid_claims where status = 'checked' limit 1`);
    // Her own claim still being checked: its payout is not known yet.
    const [entered] = await executeRows<{ id: string }>(
      env.db,
      sql`insert into mutual_aid_claims (scheme_id, cover_id, member_id, union_id, union_path, hospital, admitted_on, discharged_on,
          total_cost_fen, social_insurance_fen, self_paid_fen, filed_by_user_id)
        select c.scheme_id, c.id, c.member_id, c.union_id, c.union_path, '洛阳市中心医院', current_date - 80, current_date - 75, 900000, 600000, 300000, m.user_id
        from mutual_aid_covers c join members m on m.id = c.member_id join users u on u.id = m.user_id where u.phone = ${demo.memberZhang}
        returning id`,
    );
    const unsettled = await member.query(APPLY_ON_CLAIM, { input: { scheme: medicalScheme, claim: globalId('MutualAidClaim', entered!.id) } });
    expect(unsettled.applyForHardshipAidOnMutualAidClaim.fieldErrors[0]).toMatchObject({ field: ['input', 'claim'], code: 'CLAIM_NOT_SETTLED' });

    const theirs = await member.query(APPLY_ON_CLAIM, { input: { scheme: medicalScheme, claim: globalId('MutualAidClaim', pending!.id) } });
    // Someone else's claim is as unknown as a made-up one.
    expect(theirs.applyForHardshipAidOnMutualAidClaim).toMatchObject({ __typename: 'NotFound' });
    const madeUp = await member.query(APPLY_ON_CLAIM, {
      input: { scheme: medicalScheme, claim: globalId('MutualAidClaim', '00000000-0000-4000-8000-000000000000') },
    });
    expect(madeUp.applyForHardshipAidOnMutualAidClaim).toMatchObject({ __typename: 'NotFound', message: theirs.applyForHardshipAidOnMutualAidClaim.message });

    const luoyang = (await env.anonymous.query(UNION, { code: '410300' })).unionByCode.id;
    const living = await ok(city, CREATE_SCHEME, { union: luoyang, year, kind: 'LIVING', name: '洛阳市困难职工生活救助（互助测试）', budget: yuan(10_000) });
    await ok(city, OPEN_SCHEME, { scheme: living.id });
    const wrongKind = await member.query(APPLY_ON_CLAIM, { input: { scheme: living.id, claim: second } });
    expect(wrongKind.applyForHardshipAidOnMutualAidClaim.fieldErrors[0]).toMatchObject({ field: ['input', 'scheme'], code: 'NOT_MEDICAL' });

    // The city is not the level that nominates; staff of another city do not see the claim at all.
    const byCity = await city.query(APPLY_ON_CLAIM, { input: { scheme: medicalScheme, claim: second } });
    expect(byCity.applyForHardshipAidOnMutualAidClaim.__typename).toBe('HardshipWrongLevel');
    const zhengzhou = await env.as(demo.zhengzhouStaff);
    const byOther = await zhengzhou.query(APPLY_ON_CLAIM, { input: { scheme: medicalScheme, claim: second } });
    expect(byOther.applyForHardshipAidOnMutualAidClaim).toMatchObject({ __typename: 'NotFound', message: theirs.applyForHardshipAidOnMutualAidClaim.message });
    expect(await count()).toBe(before);
  });
});
