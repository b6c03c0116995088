import { sql } from 'drizzle-orm';
import { executeRows } from '@huigong/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import type { GraphQLClient } from '../support/graphql.ts';
import {
  ADD_DELEGATES,
  ADD_DOCUMENT,
  ADD_RESOLUTION,
  ADVANCE,
  ANSWER,
  CAST,
  CLOSE_VOTE,
  COSIGN,
  CREATE,
  DECIDE,
  HOSPITAL,
  ok,
  OPEN_VOTE,
  PUBLIC,
  RATE,
  run,
  SET_AGENDA,
  SET_ROLES,
  SIGN_IN,
  STAFF,
  SUBMIT_MOTION,
  UNION,
  workers,
  type Worker,
} from './fixtures.ts';

let env: TestEnvironment;
let staff: GraphQLClient;
let hospitalId: string;
let people: Worker[];

const count = async (query: string) => Number((await executeRows<{ n: string }>(env.db, sql.raw(query)))[0]!.n);
const inAnHour = () => new Date(Date.now() + 3600_000).toISOString();

beforeAll(async () => {
  env = await createTestEnvironment();
  staff = await env.as(STAFF);
  hospitalId = (await env.anonymous.query(UNION, { code: HOSPITAL })).unionByCode.id;
  people = await workers(env.db, env.anonymous, (await executeRows<{ id: string }>(env.db, sql`select id from unions where code = ${HOSPITAL}`))[0]!.id, 80, 1);
}, 180_000);

afterAll(async () => {
  await env?.close();
});

describe('a congress of 80 delegates, from the roll to the public page', () => {
  it('goes through its stages; a motion is accepted and answered; 80 parallel ballots (some retried twice) count 80; the result is published', async () => {
    const session = await ok(staff, CREATE, { union: hospitalId, title: '第六届职工代表大会第二次会议', minCosigners: 2 });
    expect(session).toMatchObject({ stage: 'DRAFT', nextStage: 'LAUNCHED', viewerCan: { advance: true, manageRoll: true, signIn: false } });
    const sid = session.id;

    // The roll: four groups of 20, the first pasted as one block.
    const groups = ['内科组', '外科组', '护理组', '医技后勤组'];
    const outsider = '6231004103050001'; // 王秀英, 中国一拖: not of the hospital
    const refused = await run(staff, ADD_DELEGATES, { session: sid, groupName: '内科组', cardNumbers: [people[0]!.cardNumber, outsider] });
    expect(refused).toMatchObject({ __typename: 'CongressNotUnionMember', cardNumbers: [outsider] });
    expect(await count(`select count(*) as n from congress_delegates d join congress_sessions s on s.id = d.session_id where s.title = '第六届职工代表大会第二次会议'`)).toBe(0);
    for (const [g, name] of groups.entries()) {
      const cards = people.slice(g * 20, g * 20 + 20).map((p) => p.cardNumber);
      await ok(staff, ADD_DELEGATES, { session: sid, groupName: name, cardNumbers: g === 0 ? [cards.join('\n')] : cards });
    }
    const again = await run(staff, ADD_DELEGATES, { session: sid, groupName: '外科组', cardNumbers: [people[3]!.cardNumber] });
    expect(again).toMatchObject({ __typename: 'CongressAlreadyDelegate', cardNumbers: [people[3]!.cardNumber] });
    const member = await env.as(demo.memberYang);
    expect((await member.request(ADD_DELEGATES, { input: { session: sid, groupName: 'x', cardNumbers: ['1'] } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const rolled = await staff.query(`query($id: ID!) { node(id: $id) { ... on CongressSession { delegateCount quorumNeeded passNeeded rules delegates(first: 100) { totalCount nodes { id memberName } } } } }`, { id: sid });
    expect(rolled.node).toMatchObject({ delegateCount: 80, quorumNeeded: 54, passNeeded: 41, delegates: { totalCount: 80 } });
    expect(rolled.node.rules).toContain('54 名');
    const seat = (name: string) => rolled.node.delegates.nodes.find((d: any) => d.memberName === name).id;
    await ok(staff, SET_ROLES, { delegate: seat(people[0]!.name), isGroupLeader: true, isPresidium: true });

    // The agenda: each stage's window, around now.
    for (const [i, stage] of ['LAUNCHED', 'PREPARATORY', 'OPENING', 'PRESIDIUM', 'GROUP_DISCUSSION', 'CLOSED'].entries()) {
      await ok(staff, SET_AGENDA, { session: sid, stage, startsAt: new Date(Date.now() - 3600_000 + i * 1000).toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString() });
    }
    const badWindow = await run(staff, SET_AGENDA, { session: sid, stage: 'OPENING', startsAt: inAnHour(), endsAt: new Date().toISOString() });
    expect(badWindow.__typename).toBe('InputValidationError');
    await ok(staff, ADD_DOCUMENT, { session: sid, title: '医院工作报告', body: '过去一年的工作回顾与今年的安排。' });

    // Stages, one at a time.
    for (const to of ['LAUNCHED', 'PREPARATORY', 'OPENING']) expect((await ok(staff, ADVANCE, { session: sid, to })).stage).toBe(to);
    expect(await run(staff, ADVANCE, { session: sid, to: 'OPENING' })).toMatchObject({ __typename: 'InvalidTransition', fromState: 'opening', toState: 'opening' });
    expect(await run(staff, ADVANCE, { session: sid, to: 'CLOSED' })).toMatchObject({ __typename: 'InvalidTransition', fromState: 'opening' });
    expect((await run(staff, ADD_DELEGATES, { session: sid, groupName: '内科组', cardNumbers: ['6231004101050052'] })).__typename).toBe('CongressRollClosed');

    // A delegate sees the session; a member who is not one does not.
    const [proposer, c1, c2, c3] = [people[21]!, people[42]!, people[63]!, people[5]!];
    const presidium = people[0]!;
    const seen = await proposer.client.query(`{ myCongressSessions(first: 5) { nodes { id stage documents { title } viewerCan { signIn submitMotion } } } }`);
    expect(seen.myCongressSessions.nodes[0]).toMatchObject({ id: sid, stage: 'OPENING', documents: [{ title: '医院工作报告' }], viewerCan: { signIn: true, submitMotion: true } });
    const stranger = await member.request(`query($id: ID!) { node(id: $id) { id } }`, { id: sid });
    expect(stranger.data?.node ?? null).toBeNull();
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // A motion: co-signed to the minimum, accepted by the presidium, answered, rated.
    const motion = await ok(proposer.client, SUBMIT_MOTION, { session: sid, title: '关于增加停车位的提案', body: '职工早班停车困难，建议将东侧空地改建为职工停车场。' });
    expect(await run(proposer.client, COSIGN, { motion: motion.id })).toMatchObject({ __typename: 'CongressOwnMotion' });
    await ok(c1.client, COSIGN, { motion: motion.id });
    expect(await run(c1.client, COSIGN, { motion: motion.id })).toMatchObject({ __typename: 'CongressAlreadyCosigned' });
    const dueAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    expect(await run(presidium.client, DECIDE, { motion: motion.id, decision: 'ACCEPT', reason: '符合立案条件', answerDueAt: dueAt })).toMatchObject({
      __typename: 'CongressMotionNeedsCosigners',
      required: 2,
      have: 1,
    });
    await ok(c2.client, COSIGN, { motion: motion.id });
    expect((await run(c3.client, DECIDE, { motion: motion.id, decision: 'ACCEPT', reason: '符合立案条件', answerDueAt: dueAt })).__typename).toBe('CongressNotPermitted');
    expect((await run(presidium.client, DECIDE, { motion: motion.id, decision: 'ACCEPT', reason: '符合立案条件' })).__typename).toBe('InputValidationError');
    const accepted = await ok(presidium.client, DECIDE, { motion: motion.id, decision: 'ACCEPT', reason: '涉及职工切身利益，予以立案', answerDueAt: dueAt });
    expect(accepted).toMatchObject({ status: 'ACCEPTED', cosignerCount: 2, decisionReason: '涉及职工切身利益，予以立案' });
    expect(await run(presidium.client, DECIDE, { motion: motion.id, decision: 'REFUSE', reason: '再议' })).toMatchObject({ __typename: 'InvalidTransition', fromState: 'accepted' });
    expect((await proposer.client.request(ANSWER, { input: { motion: motion.id, answer: '代表不能登记行政方的答复。' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const answered = await ok(staff, ANSWER, { motion: motion.id, answer: '院方将于下季度把东侧空地改建为停车场，新增车位 120 个。' });
    expect(answered).toMatchObject({ status: 'ANSWERED', answeredLate: false });
    expect((await run(c1.client, RATE, { motion: motion.id, rating: 5 })).__typename).toBe('CongressNotPermitted');
    expect((await ok(proposer.client, RATE, { motion: motion.id, rating: 4, note: '基本满意' })).rating).toBe(4);
    expect((await run(proposer.client, RATE, { motion: motion.id, rating: 1 })).__typename).toBe('InvalidTransition');
    const weak = await ok(c3.client, SUBMIT_MOTION, { session: sid, title: '一件无人附议的提案', body: '这件提案没有足够的附议，主席团不予立案。' });
    await ok(presidium.client, DECIDE, { motion: weak.id, decision: 'REFUSE', reason: '附议人数不足，不予立案' });

    for (const to of ['PRESIDIUM', 'GROUP_DISCUSSION']) await ok(staff, ADVANCE, { session: sid, to });

    // The vote: rules shown first; attendance of the stage is what counts.
    const resolution = await ok(staff, ADD_RESOLUTION, { session: sid, title: '关于《职工停车管理办法》的决议', body: '审议通过职工停车管理办法。' });
    await ok(staff, ADD_RESOLUTION, { session: sid, title: '一项从未表决的事项', body: '不表决，不公布。' });
    expect(await run(people[1]!.client, CAST, { resolution: resolution.id, choice: 'FOR' })).toMatchObject({ __typename: 'InvalidTransition', fromState: 'draft' });
    const opened = await ok(staff, OPEN_VOTE, { resolution: resolution.id, endsAt: inAnHour() });
    expect(opened).toMatchObject({ status: 'VOTING', attendanceStage: 'GROUP_DISCUSSION', delegateCount: 80, passNeeded: 41, forCount: null });

    await Promise.all(people.slice(0, 79).map((p) => ok(p.client, SIGN_IN, { session: sid })));
    const late = people[79]!;
    expect(await run(late.client, CAST, { resolution: resolution.id, choice: 'FOR' })).toMatchObject({ __typename: 'CongressNotSignedIn' });
    await ok(late.client, SIGN_IN, { session: sid });
    await ok(late.client, SIGN_IN, { session: sid }); // twice: still one attendance

    const choiceOf = (i: number) => (i < 60 ? 'FOR' : i < 75 ? 'AGAINST' : 'ABSTAIN');
    // 80 ballots at once; every fourth delegate's request is sent three times (a client retrying twice).
    const requests = people.flatMap((p, i) => Array.from({ length: i % 4 === 0 ? 3 : 1 }, () => run(p.client, CAST, { resolution: resolution.id, choice: choiceOf(i) })));
    const answers = await Promise.all(requests);
    const types = answers.map((a) => a.__typename);
    expect(types.filter((t) => t === 'CastCongressBallotSuccess')).toHaveLength(80);
    expect(types.filter((t) => t === 'CongressAlreadyVoted')).toHaveLength(40);
    expect(types.filter((t) => t !== 'CastCongressBallotSuccess' && t !== 'CongressAlreadyVoted')).toEqual([]);
    expect(await count(`select count(*) as n from congress_ballots where resolution_id = (select id from congress_resolutions where title = '关于《职工停车管理办法》的决议')`)).toBe(80);

    // A second ballot outside the rules: again later, or "changed" where the session forbids it.
    expect(await run(people[7]!.client, CAST, { resolution: resolution.id, choice: 'AGAINST' })).toMatchObject({ __typename: 'CongressAlreadyVoted', changeable: false });
    expect(await run(people[7]!.client, CAST, { resolution: resolution.id, choice: 'AGAINST', receipt: 'guessed' })).toMatchObject({ __typename: 'CongressBallotFinal' });

    const during = await staff.query(`query($id: ID!) { node(id: $id) { ... on CongressResolution { turnout presentCount forCount againstCount } } }`, { id: resolution.id });
    expect(during.node).toEqual({ turnout: 80, presentCount: 80, forCount: null, againstCount: null });

    // Before the close nothing of this session is on the public page.
    expect((await env.anonymous.query(PUBLIC, { union: hospitalId })).congressPublications.map((s: any) => s.title)).not.toContain('第六届职工代表大会第二次会议');
    expect(await run(staff, ADVANCE, { session: sid, to: 'CLOSED' })).toMatchObject({ __typename: 'CongressVoteStillOpen' });

    const tallied = await ok(staff, CLOSE_VOTE, { resolution: resolution.id });
    expect(tallied).toMatchObject({ status: 'PASSED', forCount: 60, againstCount: 15, abstainCount: 5, presentCount: 80, delegateCount: 80, quorumMet: true });
    expect(await run(people[2]!.client, CAST, { resolution: resolution.id, choice: 'FOR' })).toMatchObject({ __typename: 'InvalidTransition', fromState: 'passed' });

    const closed = await ok(staff, ADVANCE, { session: sid, to: 'CLOSED' });
    expect(closed.publishedAt).not.toBeNull();
    expect(closed.viewerCan).toMatchObject({ advance: false, manageRoll: false, signIn: false });
    const page = (await env.anonymous.query(PUBLIC, { union: hospitalId })).congressPublications.find((s: any) => s.title === '第六届职工代表大会第二次会议');
    expect(page.publishedAt).toBe(closed.publishedAt);
    expect(page.resolutions).toEqual([
      expect.objectContaining({ title: '关于《职工停车管理办法》的决议', passed: true, forCount: 60, againstCount: 15, abstainCount: 5, delegateCount: 80, presentCount: 80 }),
    ]);
    expect(page.motions.map((m: any) => [m.title, m.statusLabel, m.answer])).toEqual([
      ['关于增加停车位的提案', '已答复', '院方将于下季度把东侧空地改建为停车场，新增车位 120 个。'],
      ['一件无人附议的提案', '不予立案', null],
    ]);
    expect(JSON.stringify(page)).not.toContain('一项从未表决的事项');
  }, 240_000);
});

describe('the stated rule, enforced at the tally', () => {
  it('fails a resolution with a majority of all delegates for it when the quorum was not present', async () => {
    // 9 delegates: quorum 6, passing needs 5. Five sign in and all vote for: quorum not met.
    const s = await ok(staff, CREATE, { union: hospitalId, title: '法定人数测试会议' });
    await ok(staff, ADD_DELEGATES, { session: s.id, groupName: '一组', cardNumbers: people.slice(0, 9).map((p) => p.cardNumber) });
    for (const to of ['LAUNCHED', 'PREPARATORY', 'OPENING']) await ok(staff, ADVANCE, { session: s.id, to });
    const r = await ok(staff, ADD_RESOLUTION, { session: s.id, title: '法定人数不足的表决', body: '五人到会。' });
    await ok(staff, OPEN_VOTE, { resolution: r.id, endsAt: inAnHour() });
    for (const p of people.slice(0, 5)) {
      await ok(p.client, SIGN_IN, { session: s.id });
      await ok(p.client, CAST, { resolution: r.id, choice: 'FOR' });
    }
    expect(await ok(staff, CLOSE_VOTE, { resolution: r.id })).toMatchObject({ status: 'FAILED', forCount: 5, presentCount: 5, delegateCount: 9, quorumMet: false, passNeeded: 5 });
  }, 60_000);

  it('lets a delegate change a ballot with the receipt where the session allows it, until the close', async () => {
    const s = await ok(staff, CREATE, { union: hospitalId, title: '可改票的会议', ballotsChangeable: true });
    await ok(staff, ADD_DELEGATES, { session: s.id, groupName: '一组', cardNumbers: people.slice(10, 13).map((p) => p.cardNumber) });
    for (const to of ['LAUNCHED', 'PREPARATORY', 'OPENING']) await ok(staff, ADVANCE, { session: s.id, to });
    const r = await ok(staff, ADD_RESOLUTION, { session: s.id, title: '可改票的表决', body: '三名代表。' });
    await ok(staff, OPEN_VOTE, { resolution: r.id, endsAt: inAnHour() });
    const [a, b, c] = people.slice(10, 13);
    for (const p of [a!, b!, c!]) await ok(p.client, SIGN_IN, { session: s.id });
    const first = await ok(a!.client, CAST, { resolution: r.id, choice: 'AGAINST' });
    expect(first.receipt).toEqual(expect.any(String));
    expect(await run(a!.client, CAST, { resolution: r.id, choice: 'FOR' })).toMatchObject({ __typename: 'CongressAlreadyVoted', changeable: true });
    expect((await run(a!.client, CAST, { resolution: r.id, choice: 'FOR', receipt: 'not-the-receipt' })).__typename).toBe('InputValidationError');
    expect(await ok(a!.client, CAST, { resolution: r.id, choice: 'FOR', receipt: first.receipt })).toMatchObject({ changed: true, choice: 'FOR' });
    await ok(b!.client, CAST, { resolution: r.id, choice: 'FOR' });
    expect(await ok(staff, CLOSE_VOTE, { resolution: r.id })).toMatchObject({ status: 'PASSED', forCount: 2, againstCount: 0 });
    expect(await run(a!.client, CAST, { resolution: r.id, choice: 'AGAINST', receipt: first.receipt })).toMatchObject({ __typename: 'InvalidTransition' });
    void c;
  }, 60_000);
});
