import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import type { GraphQLClient } from '../support/graphql.ts';
import { upload } from '../files/uploads.ts';
import { CASE, DOCUMENT, FIGURES, LAWYER, ok, OPEN, details, run, unionId } from './fixtures.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('rights figures and documents', () => {
  let env: TestEnvironment;
  let jianxi: GraphQLClient;
  let luoyang: GraphQLClient;
  let zhengzhou: GraphQLClient;

  beforeAll(async () => {
    env = await createTestEnvironment();
    [jianxi, luoyang, zhengzhou] = await Promise.all([env.as(demo.jianxiStaff), env.as(demo.luoyangStaff), env.as(demo.zhengzhouStaff)]);
  }, 120_000);
  afterAll(async () => {
    await env?.close();
  });

  it('adds up the seeded Luoyang cases up the tree: the work-death case settled at ¥820,000, times to close, outreach', async () => {
    const city = (await luoyang.query(FIGURES, { union: await unionId(luoyang, '410300') })).rightsFigures;
    expect(city).toMatchObject({ opened: 4, open: 2, closed: 2, recovered: { amount: 82_000_000 + 4_860_000 } });
    expect(city.byOutcome).toEqual([{ outcome: 'SETTLED', cases: 2, recovered: { amount: 86_860_000 } }]);
    expect(city.byType.find((t: any) => t.type === 'DEATH_AT_WORK')).toEqual({ type: 'DEATH_AT_WORK', opened: 1, closed: 1, recovered: { amount: 82_000_000 } });
    // 58 and 15 days to close.
    expect(city.meanDaysToClose).toBe(36.5);
    expect(city.medianDaysToClose).toBe(36.5);
    expect(city.outreach).toEqual({ events: 3, attendance: 535, firms: 3 });
    // The district holds three of them (the health-rights case is in 老城区).
    const district = (await jianxi.query(FIGURES, { union: await unionId(jianxi, '410305') })).rightsFigures;
    expect(district).toMatchObject({ opened: 3, closed: 2, includesConfidential: false });
    // Another city's staff: not their subtree.
    const refused = await zhengzhou.request(FIGURES, { union: await unionId(zhengzhou, '410300') });
    expect(refused.data?.rightsFigures ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  });

  it('attaches a document uploaded through the files domain; those who see the case see it, others get 404', async () => {
    const wang = await env.as(demo.memberWang);
    const opened = await ok(wang, OPEN, { details: details() });
    const sent = await upload(env.url, wang.token, { data: PDF, fileName: '工资欠条.pdf' }, { purpose: 'rights_case_document' });
    expect(sent.status).toBe(201);
    const attached = await run(wang, DOCUMENT, { case: opened.id, upload: sent.json.id, title: '包工头写的欠条' });
    expect(attached.__typename).toBe('AddRightsCaseDocumentSuccess');
    expect((await run(wang, DOCUMENT, { case: opened.id, upload: sent.json.id, title: '再附一次' })).code).toBe('FILE_ALREADY_ATTACHED');

    const docs = `query($id: ID!) { node(id: $id) { ... on RightsCase { documents { title file { fileName downloadUrl } } } } }`;
    const seen = (await jianxi.query(docs, { id: opened.id })).node.documents;
    expect(seen).toEqual([{ title: '包工头写的欠条', file: { fileName: '工资欠条.pdf', downloadUrl: expect.stringContaining('/files/') } }]);
    const url = seen[0].file.downloadUrl;
    expect((await fetch(url, { headers: { authorization: `Bearer ${jianxi.token}` } })).status).toBe(200);
    expect((await fetch(url, { headers: { authorization: `Bearer ${zhengzhou.token}` } })).status).toBe(404);
    const lawyer = await env.as(LAWYER);
    expect((await fetch(url, { headers: { authorization: `Bearer ${lawyer.token}` } })).status).toBe(404);
    expect((await lawyer.request(CASE, { id: opened.id })).data?.node ?? null).toBeNull();
  });
});
