import { messages, offerClaims } from '@huigong/db';
import { queueClaimExpiringReminders } from '@huigong/schema/messages/reminders.service';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimSomething, newMember } from '../accounts/member-fixture.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId } from '../support/graphql.ts';

const INBOX = `{ me { unreadMessageCount } myMessages(first: 20) { nodes { kind title body subjectType subjectId smsStatus } } }`;
const HOUR = 3_600_000;

describe('claim_expiring: a reminder the day before a claimed code expires', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    // The test runs the scheduled job itself (MESSAGE_POLL_MS=0 turns the server's worker off).
    env = await createTestEnvironment({ env: { MESSAGE_POLL_MS: '0' } });
  });
  afterAll(() => env?.close());

  const expireIn = (claimGlobalId: string, ms: number) =>
    env.db.update(offerClaims).set({ expiresAt: new Date(Date.now() + ms) }).where(eq(offerClaims.id, decodeGlobalId(claimGlobalId).id));

  it('puts one message in the inbox per claim expiring within a day, however often the job runs', async () => {
    const { client } = await newMember(env, '13577');
    const soon = await claimSomething(env, client);
    const later = await claimSomething(env, client);
    await expireIn(soon, 3 * HOUR);
    await expireIn(later, 3 * 24 * HOUR);

    // Several instances at once, then again later: one reminder.
    const runs = await Promise.all([queueClaimExpiringReminders(env.db), queueClaimExpiringReminders(env.db), queueClaimExpiringReminders(env.db)]);
    const again = await queueClaimExpiringReminders(env.db);
    expect(again).toBe(0);
    const inbox = await client.query(INBOX);
    const reminders = inbox.myMessages.nodes.filter((m: { kind: string }) => m.kind === 'CLAIM_EXPIRING');
    expect(reminders).toHaveLength(1);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    expect(reminders[0]).toMatchObject({ title: '优惠即将到期', subjectType: 'OfferClaim', subjectId: soon, smsStatus: null });
    expect(reminders[0].body).toMatch(/^您领取的「.+」将于 \d+月\d+日 \d{2}:\d{2} 到期/);
    expect(inbox.me.unreadMessageCount).toBe(1);
    const node = await client.query(`query ($id: ID!) { node(id: $id) { __typename ... on OfferClaim { status } } }`, { id: reminders[0].subjectId });
    expect(node.node).toEqual({ __typename: 'OfferClaim', status: 'ACTIVE' });

    // The later claim comes within a day: it gets its own reminder, the first still one.
    expect(await queueClaimExpiringReminders(env.db, new Date(Date.now() + 2.5 * 24 * HOUR))).toBe(1);
    expect(await queueClaimExpiringReminders(env.db, new Date(Date.now() + 2.5 * 24 * HOUR))).toBe(0);
    const after = await client.query(INBOX);
    expect(after.myMessages.nodes.filter((m: { kind: string }) => m.kind === 'CLAIM_EXPIRING').map((m: { subjectId: string }) => m.subjectId).sort()).toEqual(
      [soon, later].sort(),
    );
  });

  it('reminds nobody of a claim cancelled or already expired, and nobody else', async () => {
    const { client } = await newMember(env, '13577');
    const other = await newMember(env, '13577');
    const used = await claimSomething(env, client);
    const gone = await claimSomething(env, client, []);
    await expireIn(used, 2 * HOUR);
    await env.db.update(offerClaims).set({ status: 'cancelled', cancelledAt: new Date() }).where(eq(offerClaims.id, decodeGlobalId(used).id));
    await expireIn(gone, -HOUR);
    await queueClaimExpiringReminders(env.db);
    const rows = await env.db.select().from(messages).where(eq(messages.kind, 'claim_expiring'));
    const subjects = rows.map((r) => r.subjectId);
    expect(subjects).not.toContain(decodeGlobalId(used).id);
    expect(subjects).not.toContain(decodeGlobalId(gone).id);
    expect((await other.client.query(INBOX)).myMessages.nodes).toEqual([]);
  });
});
