import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { encodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import { internalErrorsOf } from './fuzz.ts';

/**
 * The internal errors that outlived the first round of issue 13, replayed one by one: each is now
 * a typed client error (and the fuzz generator produces its class, see fuzz.ts).
 */

let env: TestEnvironment;
let member: GraphQLClient;
let staff: GraphQLClient;
const UNKNOWN = '8c6f2b1e-7d4a-4f3b-9c2e-1a5d6e7f8091';
const NODE = `query($id: ID!) { node(id: $id) { __typename id } }`;
const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`;
const CERT = `mutation($i: RecordSkillCertificateInput!) { recordSkillCertificate(input: $i) { __typename ... on Error { code message } } }`;
const APPLY = `mutation($i: ApplyForMerchantInput!) {
  applyForMerchant(input: $i) { __typename ... on Error { code message } ... on InputValidationError { fieldErrors { field message } } } }`;

const errorsOf = (response: { errors?: { message: string; path?: unknown; extensions?: { code?: string } }[] }) =>
  (response.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message, path: e.path }));

beforeAll(async () => {
  env = await createTestEnvironment({ env: { WEBHOOK_POLL_MS: '0' } });
  member = await env.as(demo.memberWang);
  staff = await env.as(demo.luoyangStaff);
}, 120_000);

afterAll(async () => {
  await env?.close();
});

describe('node and nodes', () => {
  it('answer a well-formed id of no row like an id the caller may not see, and never as a server error', async () => {
    const other = (await (await env.as(demo.memberYang)).query(`{ me { member { id } } }`)).me.member.id;
    for (const [who, client] of [['anonymous', env.anonymous], ['member', member]] as const) {
      const unknown = await client.request(NODE, { id: encodeGlobalId('Member', UNKNOWN) });
      const foreign = await client.request(NODE, { id: other });
      expect(internalErrorsOf(unknown), who).toEqual([]);
      expect(unknown.data.node, who).toBeNull();
      expect(errorsOf(unknown), who).toEqual(errorsOf(foreign));
      expect(errorsOf(unknown)[0]?.code, who).toBe(who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
    // Public reference data: a union that does not exist is simply null.
    const union = await member.request(NODE, { id: encodeGlobalId('Union', UNKNOWN) });
    expect(union.errors).toBeUndefined();
    expect(union.data.node).toBeNull();
    // nodes: one missing or hidden id nulls its own item, not the batch.
    const own = (await member.query(`{ me { member { id } } }`)).me.member.id;
    const batch = await member.request(NODES, { ids: [own, encodeGlobalId('OfferClaim', UNKNOWN), other, encodeGlobalId('Union', UNKNOWN)] });
    expect(internalErrorsOf(batch)).toEqual([]);
    expect(batch.data.nodes.map((n: { id: string } | null) => n?.id ?? null)).toEqual([own, null, null, null]);
    expect(errorsOf(batch).map((e) => [e.path, e.code])).toEqual([
      [['nodes', 1], 'FORBIDDEN'],
      [['nodes', 2], 'FORBIDDEN'],
    ]);
  });
});

describe('dates, numbers and variables', () => {
  it('refuses dates outside 1900–2999 as bad input, in Date and DateTime alike', async () => {
    const target = (await member.query(`{ me { member { id } } }`)).me.member.id;
    for (const issuedOn of ['9999-12-31', '0001-01-01', '1899-12-31', '3000-01-01']) {
      const response = await staff.request(CERT, {
        i: { member: target, trade: '焊工', level: 'SENIOR', certificateNumber: `C-${issuedOn}`, issuedOn },
      });
      expect(internalErrorsOf(response), issuedOn).toEqual([]);
      expect(response.errors?.[0]?.extensions?.code, issuedOn).toBe('BAD_USER_INPUT');
    }
    // Year 9999 at UTC-12 is year 10000 in UTC: past what PostgreSQL reads back.
    for (const at of ['9999-12-31T23:59:59-12:00', '0001-01-01T00:00:00Z', '2026-12-02T10:00:00+08:00']) {
      const response = await member.request(`mutation($at: DateTime!) { createOffer(input: {
        merchant: "${encodeGlobalId('Merchant', UNKNOWN)}", kind: PERCENTAGE_OFF, category: DINING, title: "标题", description: "说明",
        stores: [], validFrom: $at, validUntil: $at }) { __typename } }`, { at });
      expect(internalErrorsOf(response), at).toEqual([]);
      const yearRefused = (response.errors ?? []).some((e) => e.message.includes('1900 年至 2999 年'));
      expect(yearRefused, `${at} ${JSON.stringify(response.errors)}`).toBe(!at.startsWith('2026'));
    }
    const ok = await staff.request(CERT, {
      i: { member: target, trade: '焊工', level: 'SENIOR', certificateNumber: 'C-2999-12-31', issuedOn: '2999-12-31' },
    });
    expect(ok.data.recordSkillCertificate.__typename).toBe('RecordSkillCertificateSuccess');
  });

  it('refuses a skill certificate for an unknown member like one of another subtree, writing nothing', async () => {
    const zhengzhouMember = (await (await env.as(demo.memberYang)).query(`{ me { member { id } } }`)).me.member.id;
    const input = (memberId: string, n: string) => ({ i: { member: memberId, trade: '焊工', level: 'SENIOR', certificateNumber: n } });
    const before = (await env.db.query.memberSkillCertificates.findMany()).length;
    const unknown = await staff.request(CERT, input(encodeGlobalId('Member', UNKNOWN), 'CX-UNKNOWN'));
    const foreign = await staff.request(CERT, input(zhengzhouMember, 'CX-FOREIGN'));
    expect(internalErrorsOf(unknown)).toEqual([]);
    expect(errorsOf(unknown)).toEqual(errorsOf(foreign));
    expect(errorsOf(unknown)[0]?.code).toBe('FORBIDDEN');
    expect((await env.db.query.memberSkillCertificates.findMany()).length).toBe(before);
  });

  it('answers hostile applyForMerchant inputs with typed errors', async () => {
    const city = (await env.anonymous.query(`{ unions(first: 5, level: CITY) { nodes { id } } }`)).unions.nodes[0].id;
    const store = { name: '门店一', address: '某某路一号', region: city, location: { latitude: 34.6, longitude: 112.45 } };
    const base = { name: '测试商家', creditCode: '91410302MA45AB018E', category: 'DINING', contactName: '张三', contactPhone: '13912345678', union: city, stores: [store] };
    const variants = [
      { ...base, stores: [{ ...store, location: { latitude: 1e308, longitude: -1e308 } }] },
      { ...base, stores: [{ ...store, location: { latitude: 90.0001, longitude: 181 } }] },
      { ...base, union: encodeGlobalId('Union', UNKNOWN) },
      { ...base, stores: [{ ...store, region: encodeGlobalId('Union', UNKNOWN) }] },
      { ...base, stores: [] },
      { ...base, name: '\u202Eabc\u200B' },
      { ...base, description: 'x'.repeat(5000) },
      { ...base, stores: Array.from({ length: 60 }, () => store) },
      { ...base, stores: [store, store] },
      { ...base, contactPhone: '1'.repeat(200) },
      base,
      base,
    ];
    for (const [index, variant] of variants.entries()) {
      const response = await member.request(APPLY, { i: variant });
      expect(internalErrorsOf(response), String(index)).toEqual([]);
    }
  });

  it('answers more than 50 bad variable values as BAD_USER_INPUT, not as a server error', async () => {
    const response = await member.request(NODES, { ids: Array.from({ length: 60 }, () => ({ a: 1 })) });
    expect(response.status).toBe(400);
    expect(internalErrorsOf(response)).toEqual([]);
    expect(new Set(response.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
  });
});
