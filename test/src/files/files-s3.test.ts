import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storedFiles } from '@huigong/db';
import { sweepOrphanFiles } from '@huigong/schema/files/files.service';
import { createFileStores } from '@huigong/schema/files/storage';
import { fileSettingsFromEnv } from '@huigong/schema/files/settings';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import { startFakeS3 } from './fake-s3.ts';
import './test-kinds.ts';
import { download, fileOf, filesUnder, PDF_HEADER, PNG_HEADER, upload } from './uploads.ts';

const MiB = 1024 * 1024;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('files in S3-compatible object storage', () => {
  let env: TestEnvironment;
  let s3: Awaited<ReturnType<typeof startFakeS3>>;
  let dir: string;
  let s3Env: Record<string, string>;
  let wang: GraphQLClient;
  let li: GraphQLClient;

  const rowCount = async () => (await env.db.select({ n: sql<number>`count(*)::int` }).from(storedFiles))[0]!.n;

  beforeAll(async () => {
    s3 = await startFakeS3({ bucket: 'huigong-files', accessKeyId: 'AKIDTESTHUIGONG' });
    dir = await mkdtemp(join(tmpdir(), 'huigong-files-s3-'));
    s3Env = {
      FILES_DIR: dir,
      FILES_S3_BUCKET: 'huigong-files',
      FILES_S3_ENDPOINT: s3.endpoint,
      FILES_S3_REGION: 'cn-north-1',
      FILES_S3_PREFIX: 'uploads/',
      FILES_S3_ACCESS_KEY_ID: 'AKIDTESTHUIGONG',
      FILES_S3_SECRET_ACCESS_KEY: 'test-secret',
      // Over one 5 MiB part, so an oversized upload is a multipart upload that has to be aborted.
      FILES_MAX_BYTES: String(6 * MiB),
      FILES_SWEEP_INTERVAL_MS: '0',
    };
    env = await createTestEnvironment({ env: s3Env });
    [wang, li] = await Promise.all([env.as(demo.memberWang), env.as(demo.memberLi)]);
  });
  afterAll(async () => {
    await env?.close();
    await s3?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('puts an upload in the bucket and serves it from there to its uploader only', async () => {
    const data = fileOf(PDF_HEADER, 50_000);
    const answer = await upload(env.url, wang.token, { data, fileName: '申报书.pdf' }, { streamed: true });
    expect(answer.status).toBe(201);
    const row = (await env.db.query.storedFiles.findFirst({ where: { id: decodeGlobalId(answer.json.id).id } }))!;
    expect(row).toMatchObject({ storageBackend: 's3', contentType: 'application/pdf', byteSize: 50_000, sha256: sha256(data) });
    expect(row.storageKey).toMatch(/^uploads\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    expect(sha256(s3.objects.get(row.storageKey)!.data)).toBe(sha256(data));
    expect(s3.objects.get(row.storageKey)!.contentType).toBe('application/pdf');
    expect(await filesUnder(dir)).toEqual([]);

    const got = await download(answer.json.downloadUrl, wang.token);
    expect(got.status).toBe(200);
    expect(sha256(got.body)).toBe(sha256(data));
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect((await download(answer.json.downloadUrl, li.token)).status).toBe(404);
  });

  it('aborts the multipart upload of a file that grows past the limit, leaving no object', async () => {
    const before = { rows: await rowCount(), objects: s3.objects.size, requests: s3.requests.length };
    const answer = await upload(env.url, wang.token, { data: fileOf(PNG_HEADER, 7 * MiB), fileName: 'big.png' }, { streamed: true });
    expect(answer.status).toBe(413);
    expect(answer.json.errors[0]).toEqual({ message: '文件不能超过 6 MB', extensions: { code: 'FILE_TOO_LARGE' } });
    const operations = s3.requests.slice(before.requests).map((r) => r.operation);
    // The first 5 MiB part was sent before the limit was reached; the upload was then aborted.
    expect(operations).toEqual(['CreateMultipartUpload', 'UploadPart', 'AbortMultipartUpload']);
    expect(s3.uploads.size).toBe(0);
    expect(s3.objects.size).toBe(before.objects);
    expect(await rowCount()).toBe(before.rows);

    // Under the limit but over one part: stored by a completed multipart upload.
    const data = fileOf(PNG_HEADER, 5 * MiB + 123);
    const ok = await upload(env.url, wang.token, { data, fileName: 'scan.png' }, { streamed: true });
    expect(ok.status).toBe(201);
    const got = await download(ok.json.downloadUrl, wang.token);
    expect(sha256(got.body)).toBe(sha256(data));
  });

  it('sweeps an old unattached upload out of the bucket', async () => {
    const answer = await upload(env.url, wang.token, { data: fileOf(PNG_HEADER, 2000) });
    const id = decodeGlobalId(answer.json.id).id;
    const { storageKey } = (await env.db.query.storedFiles.findFirst({ where: { id } }))!;
    expect(s3.objects.has(storageKey)).toBe(true);
    await env.db.execute(sql`update stored_files set created_at = now() - interval '2 days' where id = ${id}`);
    const stores = createFileStores(fileSettingsFromEnv(s3Env, process.cwd()));
    try {
      const swept = await sweepOrphanFiles(env.db, stores, { olderThanHours: 24 });
      expect(swept.deleted).toBeGreaterThanOrEqual(1);
      expect(swept.objectErrors).toBe(0);
    } finally {
      await stores.close();
    }
    expect(s3.objects.has(storageKey)).toBe(false);
    expect(await env.db.query.storedFiles.findFirst({ where: { id } })).toBeUndefined();
    expect((await download(answer.json.downloadUrl, wang.token)).status).toBe(404);
  });
});
