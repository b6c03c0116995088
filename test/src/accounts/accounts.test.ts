import { createHash } from 'node:crypto';
import { members, users } from '@huigong/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, withLuhnDigit } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { ACCEPT_CURRENT } from './consent-fixture.ts';


const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      __typename
      ... on SignUpSuccess { session { token expiresAt } }
      ... on InputValidationError { code message fieldErrors { field code message } }
      ... on Error { code message }
    }
  }
`;
const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginSuccess { session { token } }
      ... on InputValidationError { fieldErrors { field code } }
      ... on Error { code message }
    }
  }
`;
const ME = /* GraphQL */ `
  query Me { me { id phone displayName member { cardNumber realName isHardship union { name level } } roles { role } } }
`;

let env: TestEnvironment;
let grassrootsUnionId: string;

beforeAll(async () => {
  env = await createTestEnvironment();
  const data = await env.anonymous.query(`{ unionByCode(code: "G410305001") { id name } }`);
  grassrootsUnionId = data.unionByCode.id;
});
afterAll(() => env?.close());

const newCard = (seq: number) => withLuhnDigit(`62310099${String(seq).padStart(7, '0')}`);

describe('public schema basics', () => {
  it('answers { __typename } and a null me when anonymous', async () => {
    const result = await env.anonymous.request(`{ __typename me { id } }`);
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ __typename: 'Query', me: null });
  });

  it('caps a page at 100 with a clear error', async () => {
    const ok = await env.anonymous.request(`{ unions(first: 100) { nodes { name } } }`);
    expect(ok.errors).toBeUndefined();
    const tooMany = await env.anonymous.request(`{ unions(first: 101) { nodes { name } } }`);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.message).toMatch(/100/);
  });

  it('serves automatic persisted queries by hash once the query has been sent', async () => {
    const query = '{ unions { nodes { name } } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const send = (body: object) =>
      fetch(`${env.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<any>);
    const unknown = await send({ extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    await send({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    const byHash = await send({ extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(byHash.data.unions.nodes).toEqual([{ name: '中华全国总工会' }]);
  });

  it('reports a healthy database on /health', async () => {
    const response = await fetch(`${env.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: env.driver });
  });
});

describe('sign-up, login, me, logout', () => {
  it('signs up a member with a card, who then sees themself through me', async () => {
    const result = await env.anonymous.query(SIGN_UP, {
      input: { accepted: ACCEPT_CURRENT,
        phone: '13712345678',
        password: 'correct horse battery',
        displayName: '小刘',
        memberCard: { cardNumber: newCard(1), realName: '刘小红', union: grassrootsUnionId, birthDate: '1996-04-01' },
      },
    });
    expect(result.signUp.__typename).toBe('SignUpSuccess');
    expect(result.signUp.session.token).toMatch(/^hgs_/);
    expect(Date.parse(result.signUp.session.expiresAt)).toBeGreaterThan(Date.now());

    const me = await env.anonymous.withToken(result.signUp.session.token).query(ME);
    expect(me.me).toMatchObject({
      phone: '13712345678',
      displayName: '小刘',
      member: { cardNumber: newCard(1), realName: '刘小红', isHardship: false, union: { level: 'GRASSROOTS' } },
      roles: [],
    });
  });

  it('logs in, and logout revokes exactly that token', async () => {
    const login = await env.anonymous.query(LOGIN, { input: { phone: demo.memberWang, password: 'Huigong@2026' } });
    expect(login.login.__typename).toBe('LoginSuccess');
    const client = env.anonymous.withToken(login.login.session.token);
    const other = await env.as(demo.memberWang);

    expect((await client.query(ME)).me.displayName).toBe('王秀英');
    const logout = await client.query(`mutation { logout { __typename ... on LogoutSuccess { revoked } } }`);
    expect(logout.logout).toEqual({ __typename: 'LogoutSuccess', revoked: true });

    const revoked = await client.request(ME);
    expect(revoked.status).toBe(401);
    expect(revoked.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await other.query(ME)).me.displayName).toBe('王秀英');
    expect((await env.anonymous.withToken('hgs_made-up').request(ME)).status).toBe(401);
  });

  it('refuses a wrong password and an unknown phone with the same typed error', async () => {
    for (const input of [
      { phone: demo.memberWang, password: 'wrong-password' },
      { phone: '13000000000', password: 'whatever-it-is' },
    ]) {
      const result = await env.anonymous.query(LOGIN, { input });
      expect(result.login).toEqual({
        __typename: 'InvalidCredentials',
        code: 'INVALID_CREDENTIALS',
        message: '手机号或密码不正确',
      });
    }
  });

  it('refuses a duplicate member-card number and writes nothing', async () => {
    const takenCard = withLuhnDigit('623100410305000'); // 王秀英's card in the demo seed
    const result = await env.anonymous.query(SIGN_UP, {
      input: { accepted: ACCEPT_CURRENT,
        phone: '13712340000',
        password: 'another good password',
        displayName: '冒名者',
        memberCard: { cardNumber: takenCard, realName: '王秀英', union: grassrootsUnionId },
      },
    });
    expect(result.signUp).toMatchObject({ __typename: 'MemberCardTaken', code: 'MEMBER_CARD_TAKEN' });
    const orphan = await env.db.select().from(users).where(eq(users.phone, '13712340000'));
    expect(orphan).toHaveLength(0);
  });

  it('refuses a phone that is already registered', async () => {
    const result = await env.anonymous.query(SIGN_UP, {
      input: { accepted: ACCEPT_CURRENT, phone: demo.memberLi, password: 'a long password', displayName: '重复' },
    });
    expect(result.signUp).toMatchObject({ __typename: 'PhoneTaken', code: 'PHONE_TAKEN' });
  });

  it('lets exactly one of many parallel sign-ups with the same card win', async () => {
    const card = newCard(2);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        env.anonymous.query(SIGN_UP, {
          input: { accepted: ACCEPT_CURRENT,
            phone: `1371111000${i}`,
            password: 'parallel password',
            displayName: `并发${i}`,
            memberCard: { cardNumber: card, realName: '并发', union: grassrootsUnionId },
          },
        }),
      ),
    );
    const kinds = results.map((r) => r.signUp.__typename);
    expect(kinds.filter((k) => k === 'SignUpSuccess')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'MemberCardTaken')).toHaveLength(7);
    const stored = await env.db.select().from(members).where(eq(members.cardNumber, card));
    expect(stored).toHaveLength(1);
    const strayUsers = await env.db.execute(sql`select count(*)::int as n from users where phone like '1371111000%'`);
    expect(Number((strayUsers as unknown as { rows?: { n: number }[] }).rows?.[0]?.n ?? (strayUsers as unknown as { n: number }[])[0]?.n)).toBe(1);
  });
});

describe('malformed input gets typed errors, never a 500', () => {
  it('names each bad field with a stable code and a Chinese message', async () => {
    const result = await env.anonymous.request(SIGN_UP, {
      input: { accepted: ACCEPT_CURRENT,
        phone: '12345',
        password: 'short',
        displayName: '',
        memberCard: { cardNumber: '6231004103050002', realName: '测试', union: grassrootsUnionId },
      },
    });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    const error = result.data.signUp;
    expect(error.__typename).toBe('InputValidationError');
    expect(error.code).toBe('INVALID_INPUT');
    const byField = Object.fromEntries(error.fieldErrors.map((e: any) => [e.field.join('.'), e]));
    expect(byField['input.phone'].code).toBe('INVALID_FORMAT');
    expect(byField['input.memberCard.cardNumber'].code).toBe('INVALID_CHECKSUM');

    const valid = { phone: '13712345000', password: 'long enough password', displayName: '测试' };
    const weak = await env.anonymous.query(SIGN_UP, { input: { accepted: ACCEPT_CURRENT, ...valid, password: 'short' } });
    expect(weak.signUp.fieldErrors).toEqual([{ field: ['input', 'password'], code: 'TOO_SMALL', message: '密码至少 8 位' }]);
    const blank = await env.anonymous.query(SIGN_UP, { input: { accepted: ACCEPT_CURRENT, ...valid, displayName: '   ' } });
    expect(blank.signUp.fieldErrors).toEqual([{ field: ['input', 'displayName'], code: 'TOO_SMALL', message: '请填写姓名' }]);
    expect(await env.db.select().from(users).where(eq(users.phone, valid.phone))).toHaveLength(0);
  });

  it('refuses joining a union that is not a grassroots union', async () => {
    const city = await env.anonymous.query(`{ unionByCode(code: "410300") { id } }`);
    const result = await env.anonymous.query(SIGN_UP, {
      input: { accepted: ACCEPT_CURRENT,
        phone: '13712349999',
        password: 'a long password',
        displayName: '测试',
        memberCard: { cardNumber: newCard(3), realName: '测试', union: city.unionByCode.id },
      },
    });
    expect(result.signUp.__typename).toBe('InputValidationError');
    expect(result.signUp.fieldErrors).toEqual([
      { field: ['input', 'memberCard', 'union'], code: 'NOT_GRASSROOTS', message: '会员须加入一个基层工会' },
    ]);
  });

  it('answers a garbled id, a bad date, broken JSON and a query syntax error with 4xx-style errors, no stack', async () => {
    const badId = await env.anonymous.request(SIGN_UP, {
      input: { accepted: ACCEPT_CURRENT,
        phone: '13712340001',
        password: 'a long password',
        displayName: '测试',
        memberCard: { cardNumber: newCard(4), realName: '测试', union: 'not-a-global-id' },
      },
    });
    expect(badId.status).toBeLessThan(500);
    expect(JSON.stringify(badId)).not.toMatch(/stacktrace|at .*\.ts:/);
    expect(badId.data?.signUp?.__typename ?? badId.errors?.[0]?.extensions?.code).toBeTruthy();

    const badDate = await env.anonymous.request(SIGN_UP, {
      input: { accepted: ACCEPT_CURRENT,
        phone: '13712340002',
        password: 'a long password',
        displayName: '测试',
        memberCard: { cardNumber: newCard(5), realName: '测试', union: grassrootsUnionId, birthDate: '1990-02-30' },
      },
    });
    expect(badDate.status).toBe(400);
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const broken = await fetch(`${env.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ me { id }',
    });
    expect(broken.status).toBe(400);
    const brokenBody: any = await broken.json();
    expect(brokenBody.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(brokenBody)).not.toMatch(/stack/);

    const syntax = await env.anonymous.request(`{ me { id `);
    expect(syntax.status).toBe(400);
    expect(syntax.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses queries that are too deep or use too many aliases, before executing them', async () => {
    const deep = `{ unions { nodes { ${'children { nodes { '.repeat(6)}name${' } }'.repeat(6)} } } }`;
    const tooDeep = await env.anonymous.request(deep);
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.errors?.[0]?.message).toMatch(/depth/i);

    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
    const tooManyAliases = await env.anonymous.request(`{ ${aliases} }`);
    expect(tooManyAliases.status).toBe(400);
    expect(tooManyAliases.errors?.[0]?.message).toMatch(/alias/i);

    const huge = `{ ${Array.from({ length: 3100 }, () => '__typename').join(' ')} }`;
    const tooManyTokens = await env.anonymous.request(huge);
    expect(tooManyTokens.status).toBe(400);
    expect(tooManyTokens.errors?.[0]?.message).toMatch(/token/i);
  });

  it('refuses a cross-site simple request (CSRF prevention) and batched operations', async () => {
    const csrf = await fetch(`${env.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(csrf.status).toBe(400);

    const batch = await fetch(`${env.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(batch.status).toBe(400);
  });
});

describe('authorization', () => {
  const UNION_MEMBERS = /* GraphQL */ `
    query UnionMembers($code: String!) {
      unionByCode(code: $code) { name members(first: 10) { totalCount nodes { id realName isHardship } } }
    }
  `;

  it('refuses a member a staff-only field', async () => {
    const member = await env.as(demo.memberWang);
    const result = await member.request(UNION_MEMBERS, { code: 'G410305001' });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data.unionByCode.members).toBeNull();

    const anonymous = await env.anonymous.request(UNION_MEMBERS, { code: 'G410305001' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows union staff the members of their own subtree only', async () => {
    const luoyang = await env.as(demo.luoyangStaff);
    const own = await luoyang.query(UNION_MEMBERS, { code: 'G410305001' });
    expect(own.unionByCode.members.totalCount).toBeGreaterThanOrEqual(2);

    const foreign = await luoyang.request(UNION_MEMBERS, { code: 'G410105001' });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('checks node(id:) exactly like the typed field', async () => {
    const luoyang = await env.as(demo.luoyangStaff);
    const list = await luoyang.query(UNION_MEMBERS, { code: 'G410305001' });
    const memberId = list.unionByCode.members.nodes[0].id;
    const NODE = `query Node($id: ID!) { node(id: $id) { id ... on Member { realName cardNumber } } }`;

    expect((await luoyang.query(NODE, { id: memberId })).node.id).toBe(memberId);
    const zhengzhou = await env.as(demo.zhengzhouStaff);
    const refused = await zhengzhou.request(NODE, { id: memberId });
    expect(refused.data.node).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherMember = await env.as(demo.memberYang);
    expect((await otherMember.request(NODE, { id: memberId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets staff of one city update flags of their members but not of another city', async () => {
    const UPDATE = /* GraphQL */ `
      mutation Update($input: UpdateMemberFlagsInput!) {
        updateMemberFlags(input: $input) {
          __typename
          ... on UpdateMemberFlagsSuccess { member { realName isHardship } }
          ... on Error { code message }
        }
      }
    `;
    const luoyang = await env.as(demo.luoyangStaff);
    const list = await luoyang.query(UNION_MEMBERS, { code: 'G410305001' });
    const target = list.unionByCode.members.nodes.find((m: any) => m.realName === '王秀英');

    const zhengzhou = await env.as(demo.zhengzhouStaff);
    const refused = await zhengzhou.request(UPDATE, { input: { member: target.id, isModelWorker: true, reason: '市级劳模' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data.updateMemberFlags).toBeNull();
    const unchanged = await env.db.query.members.findFirst({ where: { realName: '王秀英' } });
    expect(unchanged?.isModelWorker).toBe(false);

    // 困难职工 follows the register (test/src/hardship): it is not a flag staff switch by hand.
    const derived = await luoyang.query(UPDATE, { input: { member: target.id, isHardship: true, reason: '经街道核实，家庭收入低于当地标准' } });
    expect(derived.updateMemberFlags).toMatchObject({ __typename: 'HardshipFlagDerived', code: 'HARDSHIP_FLAG_DERIVED' });
    expect((await env.db.query.members.findFirst({ where: { realName: '王秀英' } }))?.isHardship).toBe(false);

    const done = await luoyang.query(UPDATE, { input: { member: target.id, isModelWorker: true, reason: '获评洛阳市劳动模范' } });
    expect(done.updateMemberFlags).toEqual({
      __typename: 'UpdateMemberFlagsSuccess',
      member: { realName: '王秀英', isHardship: false },
    });
    const audit = await env.db.query.auditEvents.findMany({ where: { action: 'member.flags_updated' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.reason).toBe('获评洛阳市劳动模范');
  });

  it('keeps the audit trail append-only', async () => {
    const [event] = await env.db.query.auditEvents.findMany({ limit: 1 });
    expect(event).toBeDefined();
    await expect(env.db.execute(sql`update audit_events set reason = 'rewritten'`)).rejects.toThrow();
    await expect(env.db.execute(sql`delete from audit_events`)).rejects.toThrow();
    await expect(env.db.execute(sql`truncate audit_events`)).rejects.toThrow();
  });
});

describe('a database failure mid-request', () => {
  it('gives a clean internal error and leaves no partial write', async () => {
    // Make the second insert of sign-up (the member row) fail after the user row was written.
    await env.db.execute(sql`
      create function fail_member_insert() returns trigger language plpgsql as $$
      begin raise exception 'simulated disk failure'; end; $$`);
    await env.db.execute(sql`create trigger fail_member_insert before insert on members for each row execute function fail_member_insert()`);
    try {
      const result = await env.anonymous.request(SIGN_UP, {
        input: { accepted: ACCEPT_CURRENT,
          phone: '13712347777',
          password: 'a long password',
          displayName: '故障',
          memberCard: { cardNumber: newCard(6), realName: '故障', union: grassrootsUnionId },
        },
      });
      expect(result.status).toBe(200);
      expect(result.errors).toEqual([
        expect.objectContaining({ message: '服务器内部错误，请稍后重试', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      ]);
      expect(JSON.stringify(result)).not.toMatch(/simulated|stack|insert into/i);
      const written = await env.db.select().from(users).where(eq(users.phone, '13712347777'));
      expect(written).toHaveLength(0);
    } finally {
      await env.db.execute(sql`drop trigger fail_member_insert on members`);
      await env.db.execute(sql`drop function fail_member_insert()`);
    }
  });
});
