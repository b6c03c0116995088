import { accountClosures, auditEvents, consents, members, messages, offerClaims, sessions, users } from '@huigong/db';
import { completeDueClosures } from '@huigong/schema/accounts/closure.service';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import { ACCEPT_CURRENT } from './consent-fixture.ts';
import { claimSomething as claimOffer, MEMBER_PASSWORD, newMember as createMember } from './member-fixture.ts';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) {
  __typename ... on SignUpSuccess { session { token } } ... on ConsentRequired { documents } ... on Error { code message } } }`;
const EXPORT = `mutation { exportMyData { __typename ... on ExportMyDataSuccess { export { fileName generatedAt json } } ... on Error { code } } }`;
const REQUEST_CLOSURE = `mutation ($input: RequestAccountClosureInput!) { requestAccountClosure(input: $input) {
  __typename ... on RequestAccountClosureSuccess { closure { status requestedAt effectiveAt viewerCan { cancel } } }
  ... on AccountClosureAlreadyRequested { effectiveAt } ... on Error { code message } } }`;
const CANCEL_CLOSURE = `mutation { cancelAccountClosure { __typename ... on CancelAccountClosureSuccess { closure { status cancelledAt } } ... on Error { code } } }`;
const ME = `{ me { phone accountClosure { status effectiveAt } pendingConsents { document version } consents { document version acceptedAt } } }`;

let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
});
afterAll(() => env?.close());

const PASSWORD = MEMBER_PASSWORD;
const newMember = () => createMember(env);
const claimSomething = (client: GraphQLClient) => claimOffer(env, client);

describe('consent on the password sign-up', () => {
  it('refuses a sign-up without the current versions and writes nothing; records them when given', async () => {
    const phone = '13588009901';
    const input = { phone, password: PASSWORD, displayName: '未同意' };
    const none = await env.anonymous.query(SIGN_UP, { input: { ...input, accepted: [] } });
    expect(none.signUp).toMatchObject({ __typename: 'ConsentRequired', code: 'CONSENT_REQUIRED' });
    expect(none.signUp.documents.sort()).toEqual(['PRIVACY_POLICY', 'USER_AGREEMENT']);
    const stale = await env.anonymous.query(SIGN_UP, {
      input: { ...input, accepted: [ACCEPT_CURRENT[0], { document: 'PRIVACY_POLICY', version: '2026-06-01' }] },
    });
    expect(stale.signUp).toMatchObject({ __typename: 'ConsentRequired', documents: ['PRIVACY_POLICY'] });
    expect(await env.db.select().from(users).where(eq(users.phone, phone))).toHaveLength(0);

    const ok = await env.anonymous.query(SIGN_UP, { input: { ...input, accepted: ACCEPT_CURRENT } });
    expect(ok.signUp.__typename).toBe('SignUpSuccess');
    const me = await env.anonymous.withToken(ok.signUp.session.token).query(ME);
    expect(me.me.pendingConsents).toEqual([]);
    expect(me.me.consents.map((c: { document: string; version: string }) => `${c.document}@${c.version}`).sort()).toEqual(
      ACCEPT_CURRENT.map((a) => `${a.document}@${a.version}`).sort(),
    );
  });
});

describe('a newer version asks again', () => {
  it('lists the documents whose accepted version is older, refuses a stale acceptance, and clears on the current one', async () => {
    const { client } = await newMember();
    const id = (await client.query(`{ me { id } }`)).me.id;
    const userId = decodeGlobalId(id).id;
    // This person accepted the privacy policy of June only (the December version came later).
    await env.db.delete(consents).where(and(eq(consents.userId, userId), eq(consents.document, 'privacy_policy')));
    await env.db.insert(consents).values({ userId, document: 'privacy_policy', version: '2026-06-01' });
    const before = await client.query(ME);
    expect(before.me.pendingConsents).toEqual([{ document: 'PRIVACY_POLICY', version: ACCEPT_CURRENT[1]!.version }]);

    const ACCEPT = `mutation ($input: AcceptConsentsInput!) { acceptConsents(input: $input) {
      __typename ... on AcceptConsentsSuccess { pending } ... on ConsentRequired { documents } ... on Error { code } } }`;
    const stale = await client.query(ACCEPT, { input: { accepted: [{ document: 'PRIVACY_POLICY', version: '2026-06-01' }] } });
    expect(stale.acceptConsents).toMatchObject({ __typename: 'ConsentRequired', documents: ['PRIVACY_POLICY'] });
    const accepted = await client.query(ACCEPT, { input: { accepted: [ACCEPT_CURRENT[1]] } });
    expect(accepted.acceptConsents).toEqual({ __typename: 'AcceptConsentsSuccess', pending: [] });
    expect((await client.query(ME)).me.pendingConsents).toEqual([]);
  });

  it('serves each version of the texts, the current one by default', async () => {
    const DOC = `query ($document: ConsentDocument!, $version: String) { legalDocument(document: $document, version: $version) {
      title version current effectiveFrom changes sections { heading paragraphs } versions { version current } } }`;
    const current = (await env.anonymous.query(DOC, { document: 'PRIVACY_POLICY' })).legalDocument;
    expect(current).toMatchObject({ title: '惠工个人信息保护政策', version: ACCEPT_CURRENT[1]!.version, current: true });
    expect(current.sections.map((s: { heading: string }) => s.heading)).toContain('六、您的权利');
    expect(JSON.stringify(current.sections)).toContain('冷静期 15 天');
    expect(current.versions.map((v: { version: string }) => v.version)).toEqual(['2026-12-01', '2026-06-01']);
    const older = (await env.anonymous.query(DOC, { document: 'PRIVACY_POLICY', version: '2026-06-01' })).legalDocument;
    expect(older).toMatchObject({ current: false, changes: [] });
    expect(JSON.stringify(older.sections)).not.toContain('冷静期');
    expect((await env.anonymous.query(DOC, { document: 'USER_AGREEMENT', version: '1999-01-01' })).legalDocument).toBeNull();
  });
});

describe('downloading one’s data (PIPL art. 45)', () => {
  it('gives everything about the person as JSON, without secrets, and audits the download', async () => {
    const { client, phone, cardNumber } = await newMember();
    const claimId = await claimSomething(client);
    const answer = await client.query(EXPORT);
    expect(answer.exportMyData.__typename).toBe('ExportMyDataSuccess');
    const file = answer.exportMyData.export;
    expect(file.fileName).toMatch(/^huigong-personal-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(file.json);
    expect(data.format).toBe('huigong-personal-data-export');
    expect(data.account.phone).toBe(phone);
    expect(data.memberCard.card_number).toBe(cardNumber);
    expect(data.consents).toHaveLength(2);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.offerClaims.map((c: { id: string }) => c.id)).toEqual([decodeGlobalId(claimId).id]);
    for (const key of ['voucherPurchases', 'jobApplications', 'competitionEntries', 'grantApplications', 'messages', 'auditEntries']) {
      expect(Array.isArray(data[key]), key).toBe(true);
    }
    expect(file.json).not.toMatch(/password_hash|token_hash|code_hash/);
    const audited = await env.db.select().from(auditEvents).where(eq(auditEvents.action, 'user.data_exported'));
    expect(audited.some((a) => a.subjectId === data.account.id)).toBe(true);
    // Someone else's download holds nothing of this person.
    const other = await (await env.as(demo.memberLi)).query(EXPORT);
    expect(other.exportMyData.export.json).not.toContain(phone);
  });

  it('is for signed-in people only', async () => {
    const anonymous = await env.anonymous.request(EXPORT);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('closing an account (PIPL art. 47)', () => {
  it('asks for the password again and refuses a wrong one, writing nothing', async () => {
    const { client } = await newMember();
    const wrong = await client.query(REQUEST_CLOSURE, { input: { password: 'not my password' } });
    expect(wrong.requestAccountClosure.code).toBe('INVALID_CREDENTIALS');
    expect((await client.query(ME)).me.accountClosure).toBeNull();
  });

  // Five at once: the sign-in guard allows five password checks per account before it waits.
  it('of parallel requests one makes the closure; it can be cancelled in the cooling-off period', async () => {
    const { client } = await newMember();
    const answers = await Promise.all(Array.from({ length: 5 }, () => client.query(REQUEST_CLOSURE, { input: { password: PASSWORD } })));
    const kinds = answers.map((a) => a.requestAccountClosure.__typename);
    expect(kinds.filter((k) => k === 'RequestAccountClosureSuccess')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'AccountClosureAlreadyRequested')).toHaveLength(4);
    const made = answers.find((a) => a.requestAccountClosure.__typename === 'RequestAccountClosureSuccess')!.requestAccountClosure.closure;
    expect(made).toMatchObject({ status: 'PENDING', viewerCan: { cancel: true } });
    const days = (Date.parse(made.effectiveAt) - Date.parse(made.requestedAt)) / 86_400_000;
    expect(Math.round(days)).toBe(15);

    const cancelled = await client.query(CANCEL_CLOSURE);
    expect(cancelled.cancelAccountClosure.closure.status).toBe('CANCELLED');
    expect((await client.query(ME)).me.accountClosure).toBeNull();
    expect((await client.query(CANCEL_CLOSURE)).cancelAccountClosure.code).toBe('NOT_FOUND');
    // Nothing is erased by a cancelled request, even when its date passes.
    expect(await completeDueClosures(env.db, new Date(Date.now() + 16 * 86_400_000))).toBe(0);
    expect((await client.query(ME)).me.phone).toMatch(/^13588/);
  });

  it('after the cooling-off period erases the person, keeps what the law requires, and frees the phone', async () => {
    const { client, phone, cardNumber } = await newMember();
    const meId = decodeGlobalId((await client.query(`{ me { id } }`)).me.id).id;
    const claimId = decodeGlobalId(await claimSomething(client)).id;
    const requested = await client.query(REQUEST_CLOSURE, { input: { password: PASSWORD } });
    expect(requested.requestAccountClosure.__typename).toBe('RequestAccountClosureSuccess');
    // Still usable during the cooling-off period: the page shows the pending request.
    expect((await client.query(ME)).me.accountClosure.status).toBe('PENDING');
    expect(await completeDueClosures(env.db)).toBe(0);

    // The period is over (moved back rather than waited for).
    await env.db.update(accountClosures).set({ effectiveAt: new Date(Date.now() - 1000) }).where(eq(accountClosures.userId, meId));
    const sweeps = await Promise.all([completeDueClosures(env.db), completeDueClosures(env.db), completeDueClosures(env.db)]);
    expect(sweeps.reduce((a, b) => a + b, 0)).toBe(1);

    // Sessions revoked; the account cannot sign in any more.
    const stale = await client.request(`{ me { id } }`);
    expect(stale.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(env.as(phone, PASSWORD)).rejects.toThrow(/login failed/);
    const open = await env.db.select().from(sessions).where(and(eq(sessions.userId, meId), sql`${sessions.revokedAt} is null`));
    expect(open).toHaveLength(0);

    // Personal data erased, the row kept as the pseudonym the records point to.
    const [account] = await env.db.select().from(users).where(eq(users.id, meId));
    expect(account).toMatchObject({ phone: `closed:${meId}`, displayName: '已注销用户' });
    expect(account!.closedAt).toBeInstanceOf(Date);
    const [card] = await env.db.select().from(members).where(eq(members.userId, meId));
    expect(card).toMatchObject({ realName: '已注销会员', birthDate: null, isHardship: false });
    expect(card!.cardNumber).not.toBe(cardNumber);
    expect(await env.db.select().from(messages).where(eq(messages.userId, meId))).toHaveLength(0);
    // Kept: the claim (the merchant's settlement record), the consents, the audit trail.
    expect(await env.db.select().from(offerClaims).where(eq(offerClaims.id, claimId))).toHaveLength(1);
    expect(await env.db.select().from(consents).where(eq(consents.userId, meId))).toHaveLength(2);
    const trail = await env.db.select().from(auditEvents).where(eq(auditEvents.subjectId, meId));
    expect(trail.map((a) => a.action)).toEqual(expect.arrayContaining(['user.closure_requested', 'user.closed']));
    expect(JSON.stringify(trail)).not.toContain(phone);

    // The phone number and the card can be registered again, as a new account.
    const union = (await env.anonymous.query(`{ unionByCode(code: "G410305001") { id } }`)).unionByCode.id;
    const again = await env.anonymous.query(SIGN_UP, {
      input: { phone, password: PASSWORD, displayName: '重新注册', accepted: ACCEPT_CURRENT, memberCard: { cardNumber, realName: '隐私测试', union } },
    });
    expect(again.signUp.__typename).toBe('SignUpSuccess');
    const fresh = await env.anonymous.withToken(again.signUp.session.token).query(`{ me { id phone accountClosure { status } } }`);
    expect(fresh.me).toMatchObject({ phone, accountClosure: null });
    expect(decodeGlobalId(fresh.me.id).id).not.toBe(meId);
  });
});
