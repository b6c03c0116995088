import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storedFiles } from '@huigong/db';
import { attachFile, sweepOrphanFiles } from '@huigong/schema/files/files.service';
import { FileAlreadyAttached, FilePurposeMismatch } from '@huigong/schema/files/errors';
import { createFileStores } from '@huigong/schema/files/storage';
import { NotFound } from '@huigong/schema/common/not-found';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, encodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import { viewersOf } from './test-kinds.ts';
import { download, EXE_HEADER, fileOf, filesUnder, PDF_HEADER, PNG_HEADER, upload } from './uploads.ts';

const MAX_BYTES = 64 * 1024;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('files on local disk: upload, download, refusals, attachment, sweep', () => {
  let env: TestEnvironment;
  let dir: string;
  let wang: GraphQLClient;
  let li: GraphQLClient;
  let zhang: GraphQLClient;
  const userIds: Record<string, string> = {};

  const rowCount = async () => (await env.db.select({ n: sql<number>`count(*)::int` }).from(storedFiles))[0]!.n;
  const tokenOf = (client: GraphQLClient) => client.token;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'huigong-files-'));
    env = await createTestEnvironment({
      env: { FILES_DIR: dir, FILES_MAX_BYTES: String(MAX_BYTES), FILES_SWEEP_INTERVAL_MS: '0' },
    });
    [wang, li, zhang] = await Promise.all([env.as(demo.memberWang), env.as(demo.memberLi), env.as(demo.memberZhang)]);
    for (const phone of [demo.memberWang, demo.memberLi, demo.memberZhang]) {
      userIds[phone] = (await env.db.query.users.findFirst({ where: { phone }, columns: { id: true } }))!.id;
    }
  });
  afterAll(async () => {
    await env?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('stores an upload streamed in, and gives it back to its uploader byte for byte', async () => {
    const data = fileOf(PNG_HEADER, 20_000);
    // The demo's grant documents were moved into this storage when the server started.
    const stored = await filesUnder(dir);
    const answer = await upload(env.url, tokenOf(wang), { data, fileName: '..\\..\\证明/收入\u202egnp.exe证明.PNG', contentType: 'image/gif' }, { streamed: true });
    expect(answer.status).toBe(201);
    const { id, downloadUrl, ...rest } = answer.json;
    expect(decodeGlobalId(id).type).toBe('StoredFile');
    // The type is what the content is (not the part's header), the name is cleaned for display.
    expect(rest).toMatchObject({ contentType: 'image/png', byteSize: 20_000, sha256: sha256(data), fileName: '收入gnp.exe证明.png', purpose: 'test_evidence' });
    expect(downloadUrl).toBe(`${env.url}/files/${encodeURIComponent(id)}`);

    const row = await env.db.query.storedFiles.findFirst({ where: { id: decodeGlobalId(id).id } });
    expect(row).toMatchObject({ uploadedByUserId: userIds[demo.memberWang], storageBackend: 'local', attachedAt: null });
    expect((await filesUnder(dir)).filter((f) => !stored.includes(f))).toEqual([join(dir, row!.storageKey)]);

    const got = await download(downloadUrl, tokenOf(wang));
    expect(got.status).toBe(200);
    expect(sha256(got.body)).toBe(sha256(data));
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-disposition')).toBe(
      `attachment; filename="__gnp.exe__.png"; filename*=UTF-8''${encodeURIComponent('收入gnp.exe证明.png')}`,
    );
    expect(got.headers.get('cache-control')).toBe('private, no-store');

    const node = await wang.query(`query($id: ID!) { node(id: $id) { ... on StoredFile { id fileName contentType byteSize sha256 attached downloadUrl } } }`, { id });
    expect(node.node).toEqual({ id, fileName: rest.fileName, contentType: 'image/png', byteSize: 20_000, sha256: sha256(data), attached: false, downloadUrl });
  });

  it('answers a stranger exactly as for an unknown id, and refuses anonymous callers', async () => {
    const { json } = await upload(env.url, tokenOf(wang), { data: fileOf(PDF_HEADER, 3000), fileName: '病历.pdf' });
    const theirs = await download(`${env.url}/files/${encodeURIComponent(json.id)}`, tokenOf(li));
    const unknown = await download(`${env.url}/files/${encodeURIComponent(encodeGlobalId('StoredFile', randomUUID()))}`, tokenOf(li));
    const otherType = await download(`${env.url}/files/${encodeURIComponent(encodeGlobalId('Member', randomUUID()))}`, tokenOf(li));
    const garbage = await download(`${env.url}/files/not-an-id`, tokenOf(li));
    for (const answer of [theirs, unknown, otherType, garbage]) {
      expect(answer.status).toBe(404);
      expect(answer.body.toString()).toBe(unknown.body.toString());
    }
    expect(JSON.parse(unknown.body.toString())).toEqual({ errors: [{ message: '文件不存在', extensions: { code: 'NOT_FOUND' } }] });

    const anonymous = await download(`${env.url}/files/${encodeURIComponent(json.id)}`, null);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.body.toString()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const revoked = await download(`${env.url}/files/${encodeURIComponent(json.id)}`, 'hgs_not-a-session');
    expect(revoked.status).toBe(401);

    const before = await rowCount();
    const anonymousUpload = await upload(env.url, null, { data: fileOf(PNG_HEADER, 100) });
    expect(anonymousUpload.status).toBe(401);
    expect(anonymousUpload.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await rowCount()).toBe(before);

    // An API key is a working credential, but reads and writes no member files.
    const staff = await env.as(demo.luoyangStaff);
    const union = (await env.anonymous.query(`{ unionByCode(code: "410300") { id } }`)).unionByCode.id;
    const client = await staff.query(
      `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { ... on CreateApiClientSuccess { client { id } } } }`,
      { input: { name: '联名卡服务', organization: '洛阳某银行', union } },
    );
    const issued = await staff.query(
      `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { ... on IssueApiKeySuccess { issued { secret } } } }`,
      { input: { client: client.createApiClient.client.id, scopes: ['READ_UNIONS'] } },
    );
    const key = issued.issueApiKey.issued.secret as string;
    const byKey = await download(`${env.url}/files/${encodeURIComponent(json.id)}`, key);
    expect([byKey.status, JSON.parse(byKey.body.toString()).errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    const keyUpload = await upload(env.url, key, { data: fileOf(PNG_HEADER, 100) });
    expect([keyUpload.status, keyUpload.json.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    expect(await rowCount()).toBe(before);

    // GraphQL shows the file to nobody else either.
    const peek = await li.request(`query($id: ID!) { node(id: $id) { ... on StoredFile { fileName } } }`, { id: json.id });
    expect(peek.data?.node ?? null).toBeNull();
    expect(peek.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a renamed executable and anything else not on the list, by its content', async () => {
    const before = { rows: await rowCount(), files: await filesUnder(dir) };
    const cases = [
      { data: fileOf(EXE_HEADER, 5000), fileName: 'photo.jpg', contentType: 'image/jpeg' },
      { data: Buffer.from('<html><script>alert(1)</script></html>'), fileName: 'scan.pdf', contentType: 'application/pdf' },
      { data: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00', 'latin1'), fileName: 'a.png', contentType: 'image/png' },
    ];
    for (const file of cases) {
      const answer = await upload(env.url, tokenOf(wang), file);
      expect(answer.status).toBe(415);
      expect(answer.json.errors[0].extensions.code).toBe('UNSUPPORTED_FILE_TYPE');
      expect(answer.json.errors[0].message).toContain('PDF、JPEG、PNG、WebP');
    }
    // A kind's own rules: a PDF is refused where only images are taken.
    const pdfAsPhoto = await upload(env.url, tokenOf(wang), { data: fileOf(PDF_HEADER, 500) }, { purpose: 'test_photo' });
    expect(pdfAsPhoto.status).toBe(415);
    expect(pdfAsPhoto.json.errors[0].message).toContain('JPEG、PNG');
    expect(await rowCount()).toBe(before.rows);
    expect(await filesUnder(dir)).toEqual(before.files);
  });

  it('refuses a file over the limit, with or without a Content-Length, leaving nothing behind', async () => {
    const before = { rows: await rowCount(), files: await filesUnder(dir) };
    const big = fileOf(PNG_HEADER, MAX_BYTES + 1);
    for (const streamed of [true, false]) {
      const answer = await upload(env.url, tokenOf(wang), { data: big, fileName: 'big.png' }, { streamed });
      expect(answer.status).toBe(413);
      expect(answer.json.errors[0]).toEqual({ message: '文件不能超过 64 KB', extensions: { code: 'FILE_TOO_LARGE' } });
    }
    // Far over the limit, declared up front: refused before the body is read.
    const huge = await upload(env.url, tokenOf(wang), { data: fileOf(PNG_HEADER, 4 * MAX_BYTES) });
    expect(huge.status).toBe(413);
    // A kind's own smaller limit.
    const photo = await upload(env.url, tokenOf(wang), { data: fileOf(PNG_HEADER, 1025) }, { purpose: 'test_photo', streamed: true });
    expect(photo.status).toBe(413);
    expect(photo.json.errors[0].message).toBe('文件不能超过 1 KB');
    expect(await rowCount()).toBe(before.rows);
    expect(await filesUnder(dir)).toEqual(before.files);

    // Exactly at the limit is fine, and the connection still serves the next request.
    const atLimit = await upload(env.url, tokenOf(wang), { data: fileOf(PNG_HEADER, MAX_BYTES) }, { streamed: true });
    expect(atLimit.status).toBe(201);
    expect(atLimit.json.byteSize).toBe(MAX_BYTES);
  });

  it('answers every malformed upload with a 4xx and a code, storing nothing', async () => {
    const before = { rows: await rowCount(), files: await filesUnder(dir) };
    const png = fileOf(PNG_HEADER, 200);
    const token = tokenOf(wang);
    const post = (init: RequestInit, query = '?purpose=test_evidence') =>
      fetch(`${env.url}/files${query}`, { method: 'POST', ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } }).then(
        async (r) => ({ status: r.status, code: ((await r.json()) as any).errors[0].extensions.code as string }),
      );
    const answers = {
      noPurpose: await upload(env.url, token, { data: png }, { purpose: null }),
      unknownPurpose: await upload(env.url, token, { data: png }, { purpose: 'grant_documentx' }),
      empty: await upload(env.url, token, { data: Buffer.alloc(0) }),
      noFile: await upload(env.url, token, { data: png }, { parts: [{ name: 'note', data: 'hello' }] }),
      wrongField: await upload(env.url, token, { data: png }, { parts: [{ name: 'upload', fileName: 'a.png', data: png }] }),
      twoFiles: await upload(env.url, token, { data: png }, {
        parts: [
          { name: 'file', fileName: 'a.png', data: png },
          { name: 'file', fileName: 'b.png', data: png },
        ],
      }),
    };
    expect(Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, [a.status, a.json.errors[0].extensions.code]]))).toEqual({
      noPurpose: [400, 'PURPOSE_REQUIRED'],
      unknownPurpose: [400, 'UNKNOWN_PURPOSE'],
      empty: [400, 'EMPTY_FILE'],
      noFile: [400, 'FILE_REQUIRED'],
      wrongField: [400, 'BAD_REQUEST'],
      twoFiles: [400, 'TOO_MANY_FILES'],
    });
    expect(await post({ headers: { 'content-type': 'application/json' }, body: '{"file":"x"}' })).toEqual({ status: 415, code: 'BAD_REQUEST' });
    expect(await post({ headers: { 'content-type': 'multipart/form-data' }, body: 'x' })).toEqual({ status: 400, code: 'BAD_REQUEST' });
    expect(
      await post({ headers: { 'content-type': 'multipart/form-data; boundary=abc' }, body: '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n\x89PNG' }),
    ).toEqual({ status: 400, code: 'BAD_REQUEST' });
    expect(await rowCount()).toBe(before.rows);
    expect(await filesUnder(dir)).toEqual(before.files);
  });

  it('attaches an upload once, only for its uploader, and lets the kind decide who else reads it', async () => {
    const { json } = await upload(env.url, tokenOf(wang), { data: fileOf(PDF_HEADER, 2000), fileName: '证明.pdf' });
    const fileId = decodeGlobalId(json.id).id;
    const caseId = randomUUID();
    const wangViewer = { userId: userIds[demo.memberWang]! };
    const attach = (viewer: { userId: string }, id: string, kind = 'test_evidence', attachmentId = caseId) =>
      env.db.transaction((tx) => attachFile(tx, viewer, id, kind, attachmentId));

    await expect(attach({ userId: userIds[demo.memberLi]! }, fileId)).rejects.toBeInstanceOf(NotFound);
    await expect(attach(wangViewer, randomUUID())).rejects.toBeInstanceOf(NotFound);
    await expect(attach(wangViewer, fileId, 'test_photo')).rejects.toBeInstanceOf(FilePurposeMismatch);

    // Many attaches at once: the database lets exactly one win.
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => attach(wangViewer, fileId, 'test_evidence', caseId)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const losers = outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason);
    expect(losers.every((reason: unknown) => reason instanceof FileAlreadyAttached)).toBe(true);
    const row = await env.db.query.storedFiles.findFirst({ where: { id: fileId } });
    expect(row).toMatchObject({ attachmentKind: 'test_evidence', attachmentId: caseId });
    expect(row!.attachedAt).toBeInstanceOf(Date);

    // The kind's hook lets 李 read files of this case; 张 still gets the unknown-id answer.
    viewersOf.set(caseId, new Set([userIds[demo.memberLi]!]));
    const url = json.downloadUrl as string;
    expect((await download(url, tokenOf(li))).status).toBe(200);
    expect(sha256((await download(url, tokenOf(li))).body)).toBe(json.sha256);
    const refused = await download(url, tokenOf(zhang));
    expect(refused.status).toBe(404);
    expect((await li.query(`query($id: ID!) { node(id: $id) { ... on StoredFile { attached } } }`, { id: json.id })).node).toEqual({ attached: true });
    expect((await download(url, tokenOf(wang))).status).toBe(200);
  });

  it('sweeps uploads left unattached for a day, and only those', async () => {
    const stores = createFileStores({ dir, s3: null });
    const put = async () => decodeGlobalId((await upload(env.url, tokenOf(wang), { data: fileOf(PNG_HEADER, 1000) })).json.id).id;
    const [stale, fresh, attachedStale] = [await put(), await put(), await put()];
    await env.db.transaction((tx) => attachFile(tx, { userId: userIds[demo.memberWang]! }, attachedStale, 'test_evidence', randomUUID()));
    await env.db.execute(sql`update stored_files set created_at = now() - interval '25 hours' where id in (${stale}, ${attachedStale})`);
    const keyOf = async (id: string) => (await env.db.query.storedFiles.findFirst({ where: { id } }))!.storageKey;
    const staleKey = await keyOf(stale);
    await stat(join(dir, staleKey));

    const swept = await sweepOrphanFiles(env.db, stores, { olderThanHours: 24 });
    expect(swept).toEqual({ deleted: 1, objectErrors: 0 });
    expect(await env.db.query.storedFiles.findFirst({ where: { id: stale } })).toBeUndefined();
    await expect(stat(join(dir, staleKey))).rejects.toMatchObject({ code: 'ENOENT' });
    for (const kept of [fresh, attachedStale]) {
      expect(await env.db.query.storedFiles.findFirst({ where: { id: kept } })).toBeDefined();
      await stat(join(dir, await keyOf(kept)));
    }
    expect(await sweepOrphanFiles(env.db, stores, { olderThanHours: 24 })).toEqual({ deleted: 0, objectErrors: 0 });
  });

  it("runs the sweep on each server's own schedule", async () => {
    const id = decodeGlobalId((await upload(env.url, tokenOf(wang), { data: fileOf(PNG_HEADER, 500) })).json.id).id;
    await env.db.execute(sql`update stored_files set created_at = now() - interval '3 days' where id = ${id}`);
    // A second instance whose sweep runs every 20 ms; its first rounds remove the old upload.
    await env.startAnotherServer({ FILES_DIR: dir, FILES_MAX_BYTES: String(MAX_BYTES), FILES_SWEEP_INTERVAL_MS: '20' });
    let row: unknown = true;
    for (let round = 0; round < 500 && row; round++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      row = await env.db.query.storedFiles.findFirst({ where: { id }, columns: { id: true } });
    }
    expect(row).toBeUndefined();
  });
});
