import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import type { GraphQLClient } from '../support/graphql.ts';
import { CLAIM, merchantOf, merchantStaff, publishOffer, REDEEM } from '../offers/fixtures.ts';

let env: TestEnvironment;
const day = (offsetDays: number) => new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
const unionId = async (code: string) => (await env.anonymous.query(`query($code: String!) { unionByCode(code: $code) { id } }`, { code })).unionByCode.id as string;

async function download(client: GraphQLClient | null, file: string, params: Record<string, string>) {
  const query = new URLSearchParams(params).toString();
  return fetch(`${env.anonymous.url}/exports/${file}?${query}`, { headers: client?.token ? { authorization: `Bearer ${client.token}` } : {} });
}

let claimCode: string;

beforeAll(async () => {
  env = await createTestEnvironment();
  const staff = await env.as(merchantStaff.hotpotLuoyang);
  const reviewer = await env.as(demo.luoyangStaff);
  const offer = await publishOffer(staff, reviewer, {
    title: '导出测试 满200减40',
    kind: 'AMOUNT_OFF',
    percentPaid: undefined,
    minSpend: { amount: 20_000, currency: 'CNY' },
    reduction: { amount: 4_000, currency: 'CNY' },
  });
  const claimed = (await (await env.as(demo.memberWang)).query(CLAIM, { input: { offer } })).claimOffer;
  claimCode = claimed.claim.code;
  const store = (await merchantOf(staff)).stores[0]!.id;
  expect((await staff.query(REDEEM, { input: { code: claimCode, store } })).redeemCode.__typename).toBe('RedeemCodeSuccess');
}, 120_000);

afterAll(async () => {
  await env?.close();
});

describe('exports of staff lists', () => {
  it('streams claims as XLSX with Chinese headers, yuan with two decimals and Shanghai times', async () => {
    const luoyang = await env.as(demo.luoyangStaff);
    const response = await download(luoyang, 'claims.xlsx', { union: await unionId('410300'), from: day(-1), to: day(0) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain('洛阳市总工会优惠领取与核销');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(['领取时间', '核销码', '状态', '会员姓名', '会员卡号', '优惠', '优惠类型', '商家', '审核工会', '核销时间', '核销门店', '会员节省（元）']);
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => n > 1 && rows.push((row.values as unknown[]).slice(1)));
    const ours = rows.find((r) => r[1] === claimCode)!;
    expect(ours).toBeDefined();
    expect(ours[2]).toBe('已核销');
    expect(ours[3]).toBe('王秀英');
    expect(ours[6]).toBe('满减');
    expect(ours[11]).toBe(40);
    expect(sheet.getColumn(12).numFmt ?? sheet.getRow(rows.indexOf(ours) + 2).getCell(12).numFmt).toBe('0.00');
    expect(String(ours[0])).toMatch(new RegExp(`^${day(0)} \\d{2}:\\d{2}:\\d{2}$`));
  });

  it('streams the same list as CSV with a BOM, and registrations too', async () => {
    const luoyang = await env.as(demo.luoyangStaff);
    const response = await download(luoyang, 'claims.csv', { union: await unionId('410300'), from: day(-1), to: day(0) });
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('领取时间,核销码,状态,会员姓名,会员卡号,优惠,优惠类型,商家,审核工会,核销时间,核销门店,会员节省（元）');
    const ours = lines.find((l) => l.includes(claimCode))!;
    expect(ours.split(',').at(-1)).toBe('40.00');
    const registrations = await download(await env.as(demo.henanStaff), 'registrations.csv', { union: await unionId('410000'), from: day(-1000), to: day(90) });
    expect(registrations.status).toBe(200);
    expect((await registrations.text()).split('\r\n')[0]).toBe('报名时间,招聘会,举办日期,主办工会,会员姓名,会员卡号,会员所在工会');
  });

  it('is refused outside the caller\'s subtree, to strangers, and for bad input', async () => {
    const luoyang = await env.as(demo.luoyangStaff);
    const period = { from: day(-1), to: day(0) };
    const expectRefused = async (response: Response, status: number, code: string) => {
      expect(response.status).toBe(status);
      expect(((await response.json()) as any).errors[0].extensions.code).toBe(code);
    };
    await expectRefused(await download(luoyang, 'claims.xlsx', { union: await unionId('410000'), ...period }), 403, 'FORBIDDEN');
    await expectRefused(await download(luoyang, 'claims.csv', { union: await unionId('410100'), ...period }), 403, 'FORBIDDEN');
    await expectRefused(await download(await env.as(demo.jianxiStaff), 'claims.csv', { union: await unionId('410302'), ...period }), 403, 'FORBIDDEN');
    await expectRefused(await download(await env.as(demo.memberWang), 'claims.csv', { union: await unionId('410305'), ...period }), 403, 'FORBIDDEN');
    await expectRefused(await download(null, 'claims.csv', { union: await unionId('410300'), ...period }), 401, 'UNAUTHENTICATED');
    await expectRefused(await download(luoyang, 'claims.csv', { union: await unionId('410300'), from: day(0), to: day(-1) }), 400, 'BAD_USER_INPUT');
    await expectRefused(await download(luoyang, 'claims.csv', { union: await unionId('410300'), from: 'yesterday', to: day(0) }), 400, 'BAD_USER_INPUT');
    await expectRefused(await download(luoyang, 'claims.csv', { union: 'not-an-id', ...period }), 400, 'BAD_USER_INPUT');
    await expectRefused(await download(luoyang, 'claims.pdf', { union: await unionId('410300'), ...period }), 404, 'NOT_FOUND');
    await expectRefused(await download(luoyang, 'members.csv', { union: await unionId('410300'), ...period }), 404, 'NOT_FOUND');
  });
});
