import { messages, smsDeliveries, users } from '@huigong/db';
import { smsSenderFor, smsSettingsFromEnv } from '@huigong/schema/accounts/sms-provider';
import { sendDueMessageSms } from '@huigong/schema/messages/sms-delivery.service';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANCEL, CREATE_COMPETITION, competitionInput, createMembers, REGISTER, type FixtureMember } from '../competitions/fixtures.ts';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { startFakeAliyunSms } from '../support/fake-aliyun-sms.ts';

const INBOX = `{ me { unreadMessageCount } myMessages(first: 10) { totalCount nodes { id kind title body subjectType readAt smsStatus } } }`;
const SETTINGS = `mutation ($input: UpdateMessageSettingsInput!) { updateMessageSettings(input: $input) {
  __typename ... on UpdateMessageSettingsSuccess { settings { smsEnabled quietStartHour quietEndHour } } ... on Error { code } } }`;
const MARK = `mutation ($input: MarkMessagesReadInput!) { markMessagesRead(input: $input) { __typename ... on MarkMessagesReadSuccess { marked } ... on Error { code } } }`;

describe('inbox fed by the audit trail, SMS for a seat offered', () => {
  let env: TestEnvironment;
  let sms: Awaited<ReturnType<typeof startFakeAliyunSms>>;
  let first: FixtureMember;
  let second: FixtureMember;
  let third: FixtureMember;
  let eventId: string;

  beforeAll(async () => {
    sms = await startFakeAliyunSms();
    // The test drives the SMS worker itself (MESSAGE_POLL_MS=0), to stop it mid-send.
    env = await createTestEnvironment({ env: { ...sms.env, MESSAGE_POLL_MS: '0' } });
    const staff = await env.as(demo.luoyangStaff);
    const luoyangId = (await env.anonymous.query(`{ unionByCode(code: "410300") { id } }`)).unionByCode.id;
    const input = competitionInput(luoyangId, { title: '消息测试技能赛', events: [{ name: '焊工', kind: 'INDIVIDUAL', capacity: 1, prizes: [] }] });
    eventId = (await staff.query(CREATE_COMPETITION, { input })).createCompetition.competition.events.nodes[0].id;
    const created = await createMembers(env, 3);
    [first, second, third] = [created[0]!, created[1]!, created[2]!];
  });
  afterAll(async () => {
    await env?.close();
    await sms?.close();
  });

  it('puts a confirmation in the inbox, and a seat offered with its deadline when the waiting list moves', async () => {
    const a = (await first.client.query(REGISTER, { input: { event: eventId } })).registerForCompetitionEvent.entry;
    await second.client.query(REGISTER, { input: { event: eventId } });
    await third.client.query(REGISTER, { input: { event: eventId } });
    const mine = await first.client.query(INBOX);
    expect(mine.me.unreadMessageCount).toBe(1);
    expect(mine.myMessages.nodes[0]).toMatchObject({ kind: 'REGISTRATION_CONFIRMED', subjectType: 'CompetitionEntry', smsStatus: null });
    expect(mine.myMessages.nodes[0].body).toContain('消息测试技能赛·焊工');
    expect((await second.client.query(INBOX)).me.unreadMessageCount).toBe(0);

    // No quiet hours for the second member, so the SMS may go at any time of day.
    const settings = await second.client.query(SETTINGS, { input: { quietStartHour: 0, quietEndHour: 0 } });
    expect(settings.updateMessageSettings.settings).toEqual({ smsEnabled: true, quietStartHour: 0, quietEndHour: 0 });
    // The third turns SMS off: an inbox message only.
    await third.client.query(SETTINGS, { input: { smsEnabled: false } });

    await first.client.query(CANCEL, { input: { entry: a.id } });
    const inbox = await second.client.query(INBOX);
    expect(inbox.me.unreadMessageCount).toBe(1);
    const offer = inbox.myMessages.nodes[0];
    expect(offer).toMatchObject({ kind: 'SEAT_OFFERED', smsStatus: 'queued', readAt: null });
    expect(offer.body).toMatch(/请在 \d{1,2}月\d{1,2}日 \d{2}:\d{2} 前确认/);
    // Nobody else sees it.
    const foreign = await first.client.request(`query ($id: ID!) { node(id: $id) { id } }`, { id: offer.id });
    expect(foreign.data.node).toBeNull();

    const marked = await second.client.query(MARK, { input: { messages: [offer.id] } });
    expect(marked.markMessagesRead.marked).toBe(1);
    expect((await second.client.query(INBOX)).me.unreadMessageCount).toBe(0);
  });

  it('sends the SMS once although the worker dies mid-send and its job is retried', async () => {
    const sender = smsSenderFor(smsSettingsFromEnv(sms.env))!;
    const seatSms = () => sms.sent.filter((s) => s.templateCode === 'SMS_100002');
    expect(seatSms()).toHaveLength(0);

    // The first worker reaches the provider, which records the SMS, and then never hears back:
    // this worker is gone (its promise is abandoned, its job stays active in pg-boss).
    const held = sms.hold();
    void sendDueMessageSms(env.db, env.jobs, sender).catch(() => {});
    await held.reached;
    expect(seatSms()).toHaveLength(1);
    expect(seatSms()[0]!.phone).toBe(second.phone);
    const [delivery] = await env.db.select().from(smsDeliveries);
    expect(delivery!.status).toBe('sending');

    // A new worker finds nothing to do while the job is held by the dead one...
    expect(await sendDueMessageSms(env.db, env.jobs, sender)).toEqual({ sent: 0, reconciled: 0, retrying: 0, skipped: 0 });
    // ...until pg-boss expires it (moved a few minutes on instead of waiting) and retries it.
    await env.db.execute(sql`update pgboss.job set started_on = now() - interval '10 minutes' where id = ${delivery!.id}`);
    await env.jobs.expire();
    await env.db.execute(sql`update pgboss.job set start_after = now() - interval '1 second' where id = ${delivery!.id}`);
    const retried = await sendDueMessageSms(env.db, env.jobs, sender);
    expect(retried).toEqual({ sent: 0, reconciled: 1, retrying: 0, skipped: 0 });
    expect(seatSms()).toHaveLength(1);

    const [after] = await env.db.select().from(smsDeliveries);
    expect(after).toMatchObject({ status: 'sent', attempts: 1, providerMessageId: seatSms()[0]!.outId });
    expect(seatSms()[0]!.outId).toBe(after!.outId);
    // The third member, SMS turned off, got no delivery at all; the second's message shows it sent.
    expect(await env.db.select().from(smsDeliveries)).toHaveLength(1);
    expect((await second.client.query(INBOX)).myMessages.nodes[0].smsStatus).toBe('sent');
    held.release();
  });

  it('writes nothing when the change is refused', async () => {
    const before = await env.db.$count(messages);
    const again = await first.client.query(REGISTER, { input: { event: Buffer.from('CompetitionEvent:00000000-0000-4000-8000-000000000000').toString('base64') } });
    expect(again.registerForCompetitionEvent.__typename).not.toMatch(/Success/);
    expect(await env.db.$count(messages)).toBe(before);
  });
});

describe('typed refusals on the message fields', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment({ env: { MESSAGE_POLL_MS: '0' } });
  });
  afterAll(() => env?.close());

  it('never answers INTERNAL_SERVER_ERROR for odd input', async () => {
    const member = await env.as(demo.memberWang);
    const odd = [
      [MARK, { input: { messages: ['not-a-global-id'] } }],
      [MARK, { input: { messages: [Buffer.from('Message:1').toString('base64')] } }],
      [MARK, { input: { messages: [Buffer.from('Offer:00000000-0000-4000-8000-000000000000').toString('base64')] } }],
      [SETTINGS, { input: { quietStartHour: 24 } }],
      [`{ myMessages(first: 1000) { totalCount } }`, {}],
    ] as const;
    for (const [query, variables] of odd) {
      const answer = await member.request(query, variables as Record<string, unknown>);
      const codes = (answer.errors ?? []).map((e) => e.extensions?.code);
      expect(codes, `${query} ${JSON.stringify(variables)} → ${JSON.stringify(answer)}`).not.toContain('INTERNAL_SERVER_ERROR');
    }
    const anonymous = await env.anonymous.request(`{ myMessages(first: 1) { totalCount } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
