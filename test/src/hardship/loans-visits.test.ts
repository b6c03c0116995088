import { sql } from 'drizzle-orm';
import { executeRows } from '@huigong/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import { errors, run, yuan } from './fixtures.ts';

let env: TestEnvironment;
let zhang: GraphQLClient;
let grassroots: GraphQLClient;
let city: GraphQLClient;
let zhangFileId: string;

const LOAN = /* GraphQL */ `
  fragment Loan on HardshipLoan {
    id status memberName termMonths amount { amount } repaid { amount } outstanding { amount } closingReason
    instalments { position dueOn amount { amount } paid { amount } overdue }
    viewerCan { approve refuse disburse repay markArrears writeOff }
  }
`;
const loanMutation = (field: string, input: string, types: string[]) => /* GraphQL */ `
  mutation M($input: ${input}!) {
    ${field}(input: $input) {
      __typename
      ... on ${field.charAt(0).toUpperCase()}${field.slice(1)}Success { loan { ...Loan } }
      ${errors(...types)}
    }
  }
  ${LOAN}
`;
const STEP = ['InputValidationError', 'InvalidTransition', 'HardshipWrongLevel'];
const APPLY = loanMutation('applyForHardshipLoan', 'ApplyForHardshipLoanInput', ['InputValidationError', 'HardshipWrongLevel']);
const APPROVE = loanMutation('approveHardshipLoan', 'HardshipLoanActionInput', STEP);
const ARREARS = loanMutation('markHardshipLoanInArrears', 'HardshipLoanActionInput', STEP);
const WRITE_OFF = loanMutation('writeOffHardshipLoan', 'HardshipLoanActionInput', STEP);
const DISBURSE = loanMutation('disburseHardshipLoan', 'DisburseHardshipLoanInput', STEP);
const REPAY = loanMutation('repayHardshipLoan', 'RepayHardshipLoanInput', STEP);

const loanOf = (result: any) => {
  expect(result.__typename, JSON.stringify(result)).toMatch(/Success$/);
  return result.loan;
};

beforeAll(async () => {
  env = await createTestEnvironment();
  zhang = await env.as(demo.memberZhang);
  grassroots = await env.as(demo.laochengGrassrootsStaff);
  city = await env.as(demo.luoyangStaff);
  zhangFileId = (await zhang.query(`{ myHardshipFiles(first: 1) { nodes { id } } }`)).myHardshipFiles.nodes[0].id;
}, 120_000);

afterAll(async () => {
  await env?.close();
});

describe('start-up loans (创业小额借款)', () => {
  it('goes from application to approval, disbursement on a schedule, arrears, repayment and closing', async () => {
    const small = await run(zhang, APPLY, { amount: yuan(40_000), termMonths: 12, purpose: '开办社区早餐店，购置设备' });
    expect(small.fieldErrors?.[0]).toMatchObject({ field: ['input', 'amount'], code: 'OUT_OF_RANGE' });
    const zheng = await env.as(demo.memberZheng);
    expect(await run(zheng, APPLY, { amount: yuan(60_000), termMonths: 12, purpose: '开办社区早餐店，购置设备' })).toMatchObject({
      __typename: 'HardshipFileNotConfirmed',
    });

    const applied = loanOf(await run(zhang, APPLY, { amount: yuan(60_000), termMonths: 12, purpose: '开办社区早餐店，购置设备' }));
    expect(applied).toMatchObject({ status: 'APPLIED', memberName: '张桂兰', outstanding: { amount: 6_000_000 } });
    expect(await run(grassroots, APPROVE, { loan: applied.id })).toMatchObject({ __typename: 'HardshipWrongLevel' });
    expect((await zhang.request(APPROVE, { input: { loan: applied.id } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const zhengzhou = await env.as(demo.zhengzhouStaff);
    expect(await run(zhengzhou, APPROVE, { loan: applied.id })).toMatchObject({ __typename: 'NotFound' });
    expect(await run(city, DISBURSE, { loan: applied.id, reference: 'FK-0001' })).toMatchObject({ __typename: 'InvalidTransition', fromState: 'applied' });

    expect(loanOf(await run(city, APPROVE, { loan: applied.id })).status).toBe('APPROVED');
    const disbursed = loanOf(await run(city, DISBURSE, { loan: applied.id, reference: 'FK-2026-0001' }));
    expect(disbursed.status).toBe('DISBURSED');
    expect(disbursed.instalments).toHaveLength(12);
    expect(disbursed.instalments.every((i: any) => i.amount.amount === 500_000 && !i.overdue)).toBe(true);
    expect(await run(city, ARREARS, { loan: applied.id })).toMatchObject({ __typename: 'LoanNotOverdue' });

    // Two instalments fall due unpaid.
    const loanId = decodeGlobalId(applied.id).id;
    await executeRows(env.db, sql`update hardship_loan_instalments set due_on = current_date - 40 + position * 30 where loan_id = ${loanId} and position < 2`);
    const late = loanOf(await run(city, ARREARS, { loan: applied.id }));
    expect(late.status).toBe('IN_ARREARS');
    const cured = loanOf(await run(city, REPAY, { loan: applied.id, amount: yuan(10_000) }));
    expect(cured).toMatchObject({ status: 'DISBURSED', repaid: { amount: 1_000_000 }, outstanding: { amount: 5_000_000 } });
    expect(cured.instalments.slice(0, 3).map((i: any) => i.paid.amount)).toEqual([500_000, 500_000, 0]);
    expect(await run(city, REPAY, { loan: applied.id, amount: yuan(50_001) })).toMatchObject({
      __typename: 'LoanOverpaid',
      code: 'LOAN_OVERPAID',
    });
    const closed = loanOf(await run(city, REPAY, { loan: applied.id, amount: yuan(50_000) }));
    expect(closed).toMatchObject({ status: 'REPAID', outstanding: { amount: 0 }, viewerCan: { repay: false } });
  });

  it('writes off a loan in arrears, with a reason', async () => {
    const loan = loanOf(await run(grassroots, APPLY, { file: zhangFileId, amount: yuan(100_000), termMonths: 24, purpose: '代为申请：开办家政服务点' }));
    loanOf(await run(city, APPROVE, { loan: loan.id }));
    loanOf(await run(city, DISBURSE, { loan: loan.id, reference: 'FK-2026-0002' }));
    await executeRows(env.db, sql`update hardship_loan_instalments set due_on = current_date - 1 where loan_id = ${decodeGlobalId(loan.id).id} and position = 0`);
    loanOf(await run(city, ARREARS, { loan: loan.id }));
    expect((await run(city, WRITE_OFF, { loan: loan.id })).__typename).toBe('InputValidationError');
    const written = loanOf(await run(city, WRITE_OFF, { loan: loan.id, reason: '借款人重病丧失劳动能力，经审议核销' }));
    expect(written).toMatchObject({ status: 'WRITTEN_OFF', closingReason: '借款人重病丧失劳动能力，经审议核销' });
    const mine = await zhang.query(`{ myHardshipLoans(first: 5) { nodes { status } } }`);
    expect(mine.myHardshipLoans.nodes.map((l: any) => l.status).sort()).toEqual(['REPAID', 'WRITTEN_OFF']);
  });
});

describe('visits (四季送) and one-to-one pairing (一帮一)', () => {
  const VISIT = /* GraphQL */ `
    mutation V($input: LogHardshipVisitInput!) {
      logHardshipVisit(input: $input) {
        __typename
        ... on LogHardshipVisitSuccess { visit { id round visitedOn visitors brought value { amount } } }
        ${errors('InputValidationError')}
      }
    }
  `;
  const PAIR = /* GraphQL */ `
    mutation P($input: PairHardshipHouseholdInput!) {
      pairHardshipHousehold(input: $input) {
        __typename
        ... on PairHardshipHouseholdSuccess { pairing { id cadreName active startedOn } }
        ${errors('InputValidationError')}
      }
    }
  `;
  const END = /* GraphQL */ `
    mutation E($input: EndHardshipPairingInput!) {
      endHardshipPairing(input: $input) {
        __typename
        ... on EndHardshipPairingSuccess { pairing { id active endReason } }
        ${errors('InputValidationError', 'InvalidTransition')}
      }
    }
  `;

  it('logs visits for a household, by staff over it', async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const input = { file: zhangFileId, round: 'WINTER', visitedOn: today, visitors: '曹丽、周敏', brought: '米、面、油和慰问金 500 元', value: yuan(800) };
    const logged = await run(grassroots, VISIT, input);
    expect(logged).toMatchObject({ __typename: 'LogHardshipVisitSuccess', visit: { round: 'WINTER', value: { amount: 80_000 } } });
    expect((await run(grassroots, VISIT, { ...input, visitedOn: '2099-01-01' })).fieldErrors?.[0]?.code).toBe('IN_THE_FUTURE');
    const zhengzhou = await env.as(demo.zhengzhouStaff);
    expect(await run(zhengzhou, VISIT, input)).toMatchObject({ __typename: 'NotFound' });
    const file = await city.query(`query($id: ID!) { node(id: $id) { ... on HardshipFile { visits(first: 5) { totalCount nodes { brought } } } } }`, { id: zhangFileId });
    expect(file.node.visits).toEqual({ totalCount: 1, nodes: [{ brought: '米、面、油和慰问金 500 元' }] });
    // The member does not read the staff's visit log.
    const own = await zhang.request(`query($id: ID!) { node(id: $id) { ... on HardshipFile { visits(first: 5) { totalCount } } } }`, { id: zhangFileId });
    expect(own.data.node.visits).toBeNull();
  });

  it('pairs a household with one cadre at a time', async () => {
    const cadre = (await grassroots.query(`{ me { id } }`)).me.id;
    const paired = await run(city, PAIR, { file: zhangFileId, cadre });
    expect(paired).toMatchObject({ __typename: 'PairHardshipHouseholdSuccess', pairing: { cadreName: '西大街社区联合工会·曹丽', active: true } });
    const again = await run(city, PAIR, { file: zhangFileId, cadre: (await city.query(`{ me { id } }`)).me.id });
    expect(again).toMatchObject({ __typename: 'HardshipAlreadyPaired', code: 'HARDSHIP_ALREADY_PAIRED' });
    const outsider = (await (await env.as(demo.zhengzhouStaff)).query(`{ me { id } }`)).me.id;
    expect((await run(city, PAIR, { file: zhangFileId, cadre: outsider })).fieldErrors?.[0]?.code).toBe('NOT_A_CADRE');

    const ended = await run(city, END, { pairing: paired.pairing.id, reason: '干部工作调动' });
    expect(ended).toMatchObject({ pairing: { active: false, endReason: '干部工作调动' } });
    expect(await run(city, END, { pairing: paired.pairing.id, reason: '干部工作调动' })).toMatchObject({ __typename: 'InvalidTransition' });
    expect((await run(city, PAIR, { file: zhangFileId, cadre: (await city.query(`{ me { id } }`)).me.id })).__typename).toBe('PairHardshipHouseholdSuccess');
    const mine = await zhang.query(`{ myHardshipFiles(first: 1) { nodes { pairings(first: 5) { nodes { cadreName active } } } } }`);
    expect(mine.myHardshipFiles.nodes[0].pairings.nodes).toEqual([
      { cadreName: '洛阳市总工会·周敏', active: true },
      { cadreName: '西大街社区联合工会·曹丽', active: false },
    ]);
  });
});
