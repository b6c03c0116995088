import { readFileSync } from 'node:fs';
import { executeRows } from '@huigong/db';
import { splitParagraphs } from '@huigong/db/congress/paragraphs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { encodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import { upload } from '../files/uploads.ts';
import {
  ADD_DELEGATES,
  ADD_DOCUMENT,
  ADVANCE,
  ANSWER_SUMMARY,
  CREATE,
  DOCUMENTS,
  EDIT_OPINION,
  GIVE_OPINION,
  HOSPITAL,
  ok,
  run,
  SET_AGENDA,
  STAFF,
  SUBMIT_SUMMARY,
  UNION,
  WITHDRAW_OPINION,
  workers,
  type Worker,
} from './fixtures.ts';

let env: TestEnvironment;
let staff: GraphQLClient;
let hospitalId: string;
let people: Worker[];

const writes = async () =>
  Number(
    (
      await executeRows<{ n: string }>(
        env.db,
        sql.raw(`select (select count(*) from congress_opinions) + (select count(*) from congress_group_summaries) + (select count(*) from audit_events) as n`),
      )
    )[0]!.n,
  );
const opinionRows = async () => (await executeRows<{ body: string; updated_at: string }>(env.db, sql.raw(`select o.body, o.updated_at::text from congress_opinions o join congress_sessions s on s.id = o.session_id where s.title = '意见征集测试会议' order by o.id`)));
const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

beforeAll(async () => {
  env = await createTestEnvironment();
  staff = await env.as(STAFF);
  hospitalId = (await env.anonymous.query(UNION, { code: HOSPITAL })).unionByCode.id;
  const unionId = (await executeRows<{ id: string }>(env.db, sql`select id from unions where code = ${HOSPITAL}`))[0]!.id;
  people = await workers(env.db, env.anonymous, unionId, 10, 501);
}, 120_000);

afterAll(async () => {
  await env?.close();
});

describe('opinions on a draft, paragraph by paragraph, collected by group', () => {
  it('opens in the group discussion window only, keeps groups apart, lets only the leader summarise and the presidium answer', async () => {
    const session = await ok(staff, CREATE, { union: hospitalId, title: '意见征集测试会议' });
    const sid = session.id;
    // 一组: 0 (leader), 1, 2; 二组: 3 (leader), 4; 主席团: 5 (in 三组, no leader there).
    const cards = (ids: number[]) => ids.map((i) => people[i]!.cardNumber);
    await ok(staff, ADD_DELEGATES, { session: sid, groupName: '一组', cardNumbers: cards([0]), isGroupLeader: true });
    await ok(staff, ADD_DELEGATES, { session: sid, groupName: '一组', cardNumbers: cards([1, 2]) });
    await ok(staff, ADD_DELEGATES, { session: sid, groupName: '二组', cardNumbers: cards([3]), isGroupLeader: true });
    await ok(staff, ADD_DELEGATES, { session: sid, groupName: '二组', cardNumbers: cards([4]) });
    await ok(staff, ADD_DELEGATES, { session: sid, groupName: '三组', cardNumbers: cards([5]), isPresidium: true });
    await ok(staff, SET_AGENDA, { session: sid, stage: 'GROUP_DISCUSSION', startsAt: hours(-1), endsAt: hours(2) });
    // Paragraphs: one a line, blank lines skipped, ends (full-width indentation too) trimmed.
    await ok(staff, ADD_DOCUMENT, {
      session: sid,
      title: '《职工培训管理办法》（草案）',
      body: '第一条 为提高职工技能，制定本办法。\n\n\u3000\u3000第二条 培训费用由单位承担。  \r\n第三条 培训期间工资照发。',
    });
    const [leaderA, a1, a2, leaderB, b1, presidium, outsider] = people.map((p) => p.client);
    const docs = async (client: GraphQLClient) => (await client.query(DOCUMENTS, { id: sid })).node.documents[0];
    const draft = await docs(a1!);
    expect(draft.paragraphs.map((p: any) => [p.number, p.body])).toEqual([
      [1, '第一条 为提高职工技能，制定本办法。'],
      [2, '第二条 培训费用由单位承担。'],
      [3, '第三条 培训期间工资照发。'],
    ]);
    expect(draft.viewerCan).toEqual({ giveOpinion: false, summarise: false });
    const [p1, p2, p3] = draft.paragraphs.map((p: any) => p.id as string);

    // Before the group discussion: refused, nothing written.
    await ok(staff, ADVANCE, { session: sid, to: 'LAUNCHED' });
    let before = await writes();
    expect(await run(a1!, GIVE_OPINION, { paragraph: p2, body: '建议写明培训费用的范围。' })).toMatchObject({ __typename: 'CongressOpinionsClosed', stage: 'launched' });
    expect(await run(leaderA!, SUBMIT_SUMMARY, { document: draft.id, body: '一组对草案没有意见，同意提交大会表决。' })).toMatchObject({ __typename: 'CongressOpinionsClosed' });
    expect(await writes()).toBe(before);
    for (const to of ['PREPARATORY', 'OPENING', 'PRESIDIUM', 'GROUP_DISCUSSION']) await ok(staff, ADVANCE, { session: sid, to });
    expect((await docs(leaderA!)).viewerCan).toEqual({ giveOpinion: true, summarise: true });
    expect((await docs(a1!)).viewerCan).toEqual({ giveOpinion: true, summarise: false });

    // Who may give one: a delegate of this session. A member who is not one gets what an unknown id gets.
    before = await writes();
    const unknown = await run(outsider!, GIVE_OPINION, { paragraph: encodeGlobalId('CongressParagraph', 'a0000000-0000-4000-8000-00000000dead'), body: '我不是代表。' });
    const foreign = await run(outsider!, GIVE_OPINION, { paragraph: p2, body: '我不是代表。' });
    expect(foreign).toEqual(unknown);
    expect(foreign).toMatchObject({ __typename: 'NotFound' });
    const yang = await env.as(demo.memberYang);
    expect(await run(yang, GIVE_OPINION, { paragraph: p2, body: '我是另一次大会的代表。' })).toEqual(unknown);
    // Staff without a member card are not delegates: refused before the rules, as for every delegate's step.
    expect((await staff.request(GIVE_OPINION, { input: { paragraph: p2, body: '工作人员不是代表。' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await run(a1!, GIVE_OPINION, { paragraph: p2, body: '短' })).__typename).toBe('InputValidationError');
    expect((await run(a1!, GIVE_OPINION, { paragraph: p2, body: '长'.repeat(1001) })).__typename).toBe('InputValidationError');
    expect(await writes()).toBe(before);

    const mine = await ok(a1!, GIVE_OPINION, { paragraph: p2, body: '建议写明培训费用包括差旅与食宿。' });
    expect(mine).toMatchObject({ groupName: '一组', viewerIsAuthor: true, paragraph: { id: p2, number: 2 } });
    // One per delegate per paragraph, decided by the database: five at once, one wins.
    const burst = await Promise.all(Array.from({ length: 5 }, () => run(a2!, GIVE_OPINION, { paragraph: p2, body: '建议培训后签订服务期协议须经职代会讨论。' })));
    expect(burst.map((r) => r.__typename).sort()).toEqual(['CongressAlreadyGaveOpinion', 'CongressAlreadyGaveOpinion', 'CongressAlreadyGaveOpinion', 'CongressAlreadyGaveOpinion', 'GiveCongressOpinionSuccess']);
    const groupB = await ok(b1!, GIVE_OPINION, { paragraph: p3, body: '建议明确培训期间的绩效工资也照发。' });
    await ok(b1!, GIVE_OPINION, { paragraph: p1, body: '同意本条。' });
    expect(await opinionRows()).toHaveLength(4);

    // Group isolation: each group sees its own; the presidium and staff see all.
    const seen = async (client: GraphQLClient) =>
      (await docs(client)).paragraphs.flatMap((p: any) => p.opinions.map((o: any) => `${p.number}:${o.groupName}:${o.authorName}`)).sort();
    const a = [`2:一组:${people[1]!.name}`, `2:一组:${people[2]!.name}`];
    const b = [`1:二组:${people[4]!.name}`, `3:二组:${people[4]!.name}`];
    expect(await seen(leaderA!)).toEqual(a);
    expect(await seen(a2!)).toEqual(a);
    expect(await seen(leaderB!)).toEqual(b);
    expect(await seen(presidium!)).toEqual([...b, ...a].sort());
    expect(await seen(staff)).toEqual([...b, ...a].sort());
    const peek = await b1!.request(`query($id: ID!) { node(id: $id) { ... on CongressOpinion { body } } }`, { id: mine.id });
    expect(peek.data?.node ?? null).toBeNull();
    expect(peek.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await presidium!.query(`query($id: ID!) { node(id: $id) { ... on CongressOpinion { body } } }`, { id: mine.id })).node.body).toBe('建议写明培训费用包括差旅与食宿。');

    // Edit and withdraw: the author only; another group cannot even tell the opinion exists.
    before = await writes();
    const unknownOpinion = encodeGlobalId('CongressOpinion', 'a0000000-0000-4000-8000-00000000dead');
    expect(await run(b1!, EDIT_OPINION, { opinion: mine.id, body: '改别组的意见。' })).toEqual(await run(b1!, EDIT_OPINION, { opinion: unknownOpinion, body: '改别组的意见。' }));
    expect((await run(b1!, WITHDRAW_OPINION, { opinion: mine.id })).__typename).toBe('NotFound');
    expect((await run(a2!, EDIT_OPINION, { opinion: mine.id, body: '改同组的意见。' })).__typename).toBe('CongressNotPermitted');
    expect((await run(leaderA!, WITHDRAW_OPINION, { opinion: mine.id })).__typename).toBe('CongressNotPermitted');
    expect(await writes()).toBe(before);
    expect((await ok(a1!, EDIT_OPINION, { opinion: mine.id, body: '建议写明培训费用包括差旅、食宿与考试费。' })).body).toBe('建议写明培训费用包括差旅、食宿与考试费。');
    const withdrawn = await ok(b1!, WITHDRAW_OPINION, { opinion: groupB.id });
    expect(withdrawn.opinions).toEqual([]);
    expect(await seen(leaderB!)).toEqual([`1:二组:${people[4]!.name}`]);

    // The summary: only a group leader, for their own group; rewriting keeps one per group.
    before = await writes();
    expect((await run(a1!, SUBMIT_SUMMARY, { document: draft.id, body: '我不是组长，但想汇总一下。' })).__typename).toBe('CongressNotPermitted');
    expect((await run(presidium!, SUBMIT_SUMMARY, { document: draft.id, body: '主席团成员不是组长，不汇总。' })).__typename).toBe('CongressNotPermitted');
    expect((await staff.request(SUBMIT_SUMMARY, { input: { document: draft.id, body: '工作人员不是组长，不汇总。' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await run(outsider!, SUBMIT_SUMMARY, { document: draft.id, body: '我不是代表，不汇总。' })).__typename).toBe('NotFound');
    expect((await run(leaderA!, SUBMIT_SUMMARY, { document: draft.id, body: '太短' })).__typename).toBe('InputValidationError');
    expect(await writes()).toBe(before);
    const first = await ok(leaderA!, SUBMIT_SUMMARY, { document: draft.id, body: '一组 2 名代表对第二条提出意见：培训费用应写明范围。' });
    const rewritten = await ok(leaderA!, SUBMIT_SUMMARY, { document: draft.id, body: '一组 2 名代表对第二条提出意见：培训费用应包括差旅、食宿与考试费；服务期协议须经职代会讨论。' });
    expect(rewritten.id).toBe(first.id);
    expect(rewritten).toMatchObject({ groupName: '一组', leaderName: people[0]!.name, answer: null });
    await ok(leaderB!, SUBMIT_SUMMARY, { document: draft.id, body: '二组对第一条无意见，第三条的意见已撤回。' });
    const summaries = async (client: GraphQLClient) => (await docs(client)).groupSummaries.map((s: any) => s.groupName);
    expect(await summaries(presidium!)).toEqual(['一组', '二组']);
    expect(await summaries(staff)).toEqual(['一组', '二组']);
    expect(await summaries(a2!)).toEqual(['一组']);
    expect(await summaries(b1!)).toEqual(['二组']);

    // The written answer: the presidium or staff, once; an answered summary is final.
    before = await writes();
    expect((await run(a1!, ANSWER_SUMMARY, { summary: first.id, answer: '代表不能答复本组的汇总。' })).__typename).toBe('CongressNotPermitted');
    expect((await run(b1!, ANSWER_SUMMARY, { summary: first.id, answer: '别组的代表看不到这份汇总。' })).__typename).toBe('NotFound');
    expect(await writes()).toBe(before);
    const answered = await ok(presidium!, ANSWER_SUMMARY, { summary: first.id, answer: '主席团采纳：第二条改为“培训费用（含差旅、食宿、考试费）由单位承担”。' });
    expect(answered).toMatchObject({ answer: '主席团采纳：第二条改为“培训费用（含差旅、食宿、考试费）由单位承担”。', viewerCan: { answer: false } });
    before = await writes();
    expect((await run(staff, ANSWER_SUMMARY, { summary: first.id, answer: '再答复一次会被拒绝。' })).__typename).toBe('CongressSummaryAnswered');
    expect((await run(leaderA!, SUBMIT_SUMMARY, { document: draft.id, body: '答复之后再改写汇总会被拒绝。' })).__typename).toBe('CongressSummaryAnswered');
    expect(await writes()).toBe(before);
    expect((await docs(a2!)).groupSummaries[0]).toMatchObject({ groupName: '一组', answer: expect.stringContaining('主席团采纳') });

    // Outside the agenda's window (still in the stage): no opinion is given, edited or withdrawn.
    await ok(staff, SET_AGENDA, { session: sid, stage: 'GROUP_DISCUSSION', startsAt: hours(-3), endsAt: hours(-1) });
    expect((await docs(a1!)).viewerCan.giveOpinion).toBe(false);
    const rows = await opinionRows();
    before = await writes();
    expect((await run(leaderA!, GIVE_OPINION, { paragraph: p1, body: '时段已过。' })).__typename).toBe('CongressOutsideWindow');
    expect((await run(a1!, EDIT_OPINION, { opinion: mine.id, body: '时段已过，改不了。' })).__typename).toBe('CongressOutsideWindow');
    expect((await run(a1!, WITHDRAW_OPINION, { opinion: mine.id })).__typename).toBe('CongressOutsideWindow');
    expect(await writes()).toBe(before);
    expect(await opinionRows()).toEqual(rows);

    // Closed: opinions and summaries are over; the record stays readable.
    await ok(staff, SET_AGENDA, { session: sid, stage: 'GROUP_DISCUSSION', startsAt: hours(-3), endsAt: hours(3) });
    await ok(staff, ADVANCE, { session: sid, to: 'CLOSED' });
    before = await writes();
    expect(await run(a1!, GIVE_OPINION, { paragraph: p1, body: '闭幕之后。' })).toMatchObject({ __typename: 'CongressOpinionsClosed', stage: 'closed' });
    expect((await run(leaderB!, SUBMIT_SUMMARY, { document: draft.id, body: '闭幕之后再改写汇总会被拒绝。' })).__typename).toBe('CongressOpinionsClosed');
    expect(await writes()).toBe(before);
    expect(await seen(presidium!)).toEqual([`1:二组:${people[4]!.name}`, ...a].sort());
  }, 120_000);

  it('attaches the document as uploaded (a PDF through the files domain): delegates and staff download it, others get 404, a refused attachment adds no document', async () => {
    const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const s = await ok(staff, CREATE, { union: hospitalId, title: '附件测试会议' });
    await ok(staff, ADD_DELEGATES, { session: s.id, groupName: '一组', cardNumbers: [people[7]!.cardNumber] });
    const sent = await upload(env.url, staff.token, { data: PDF, fileName: '医院工作报告.pdf' }, { purpose: 'congress_document' });
    expect(sent.status).toBe(201);
    const added = await ok(staff, ADD_DOCUMENT, { session: s.id, title: '医院工作报告', body: '一、工作回顾\n二、工作安排', upload: sent.json.id });
    expect(added.documents.map((d: any) => d.title)).toEqual(['医院工作报告']);
    const count = async () => Number((await executeRows<{ n: string }>(env.db, sql.raw(`select count(*) as n from congress_documents d join congress_sessions s on s.id = d.session_id where s.title = '附件测试会议'`)))[0]!.n);
    // The same file again: refused, and the document is not added either.
    expect((await run(staff, ADD_DOCUMENT, { session: s.id, title: '再附一次', body: '同一个原件。', upload: sent.json.id })).code).toBe('FILE_ALREADY_ATTACHED');
    const photo = await upload(env.url, staff.token, { data: PDF, fileName: '另一份.pdf' }, { purpose: 'rights_case_document' });
    expect((await run(staff, ADD_DOCUMENT, { session: s.id, title: '用途不符', body: '上传用途不是会议文件。', upload: photo.json.id })).code).toBe('FILE_PURPOSE_MISMATCH');
    expect(await count()).toBe(1);

    const files = `query($id: ID!) { node(id: $id) { ... on CongressSession { documents { title file { fileName downloadUrl } } } } }`;
    const seen = (await people[7]!.client.query(files, { id: s.id })).node.documents;
    expect(seen).toEqual([{ title: '医院工作报告', file: { fileName: '医院工作报告.pdf', downloadUrl: expect.stringContaining('/files/') } }]);
    const url = seen[0].file.downloadUrl as string;
    const token = (client: GraphQLClient) => ({ headers: { authorization: `Bearer ${client.token}` } });
    expect((await fetch(url, token(people[7]!.client))).status).toBe(200);
    expect((await fetch(url, token(staff))).status).toBe(200);
    expect((await fetch(url, token(people[8]!.client))).status).toBe(404);
    expect((await fetch(url)).status).toBe(401);
  }, 60_000);

  it('splits the documents that were added before paragraphs existed as the service does (the migration’s backfill)', async () => {
    const migration = readFileSync(new URL('../../../drizzle/migrations/20261204184526_congress_opinions/migration.sql', import.meta.url), 'utf8');
    const backfill = migration.slice(migration.indexOf('INSERT INTO "congress_paragraphs"'));
    const sessionId = (await executeRows<{ id: string }>(env.db, sql`select id from congress_sessions where title = '意见征集测试会议'`))[0]!.id;
    const body = '\u3000\u3000一、总则 \r\n\n第一条　为规范管理，制定本办法。\n   \n第二条 本办法自公布之日起施行。\t';
    await executeRows(env.db, sql`insert into congress_documents (session_id, title, body) values (${sessionId}, '迁移前的文件', ${body})`);
    // The backfill runs over every document: clear the paragraphs first (opinions go with them).
    await executeRows(env.db, sql.raw(`delete from congress_paragraphs`));
    await executeRows(env.db, sql.raw(backfill));
    const documents = await executeRows<{ id: string; body: string }>(env.db, sql.raw(`select id, body from congress_documents`));
    expect(documents.length).toBeGreaterThan(3);
    for (const d of documents) {
      const rows = await executeRows<{ number: number; body: string }>(env.db, sql`select number, body from congress_paragraphs where document_id = ${d.id} order by number`);
      expect(rows.map((r) => [Number(r.number), r.body])).toEqual(splitParagraphs(d.body).map((b, i) => [i + 1, b]));
    }
    expect(splitParagraphs(body)).toEqual(['一、总则', '第一条　为规范管理，制定本办法。', '第二条 本办法自公布之日起施行。']);
  }, 60_000);
});
