import { createHash } from 'node:crypto';
import { grantDocuments, storedFiles } from '@huigong/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../files/test-kinds.ts';
import { download, fileOf, PDF_HEADER, PNG_HEADER, upload } from '../files/uploads.ts';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import { applicationInput, CREATE_APPLICATION, createCall, money, move, SUBMIT, UNION_ID } from './fixtures.ts';

/**
 * Grant documents are uploads of the files domain (POST /files?purpose=grant_document) attached
 * to their application: streamed, recognised by content, stored on disk or in S3, and readable by
 * whoever may read the application. Documents kept in the database before are moved into file
 * storage when the server starts.
 */

const DOCUMENTS = /* GraphQL */ `
  fragment Docs on GrantApplication {
    missingDocuments
    documents { kind fileName contentType size sha256 file { id downloadUrl attached } }
  }
`;
const ATTACH = /* GraphQL */ `
  mutation Attach($input: AttachGrantDocumentInput!) {
    attachGrantDocument(input: $input) {
      __typename
      ... on AttachGrantDocumentSuccess { application { ...Docs } }
      ... on InputValidationError { fieldErrors { field code message } }
      ... on FilePurposeMismatch { purpose expected }
      ... on Error { code message }
    }
  }
  ${DOCUMENTS}
`;
const DOCS_OF = /* GraphQL */ `
  query Docs($id: ID!) { node(id: $id) { ... on GrantApplication { ...Docs } } }
  ${DOCUMENTS}
`;
const FILE = `query File($id: ID!) { node(id: $id) { ... on StoredFile { id attached } } }`;

let env: TestEnvironment;
let wu: GraphQLClient;
let staff: GraphQLClient;
let wang: GraphQLClient;
let shandong: string;

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

async function uploaded(client: GraphQLClient, data: Buffer, purpose = 'grant_document', fileName = '建设方案.pdf') {
  const answer = await upload(env.url, client.token, { data, fileName, contentType: 'application/pdf' }, { purpose });
  expect(answer.status, JSON.stringify(answer.json)).toBe(201);
  return answer.json.id as string;
}

/** A draft of Wu's in a call of its own (one live application per member and call). */
async function draft() {
  const call = await createCall(staff, shandong, {
    title: '材料上传测试',
    tiers: [{ name: '齐鲁工匠', minAmount: money(5_000_000), requiredTitle: 'CRAFTSMAN' }],
  });
  const created = await wu.query(CREATE_APPLICATION, { input: applicationInput(call.id, call.tiers[0]!.id, 5_000_000, { documents: [] }) });
  expect(created.createGrantApplication.__typename).toBe('CreateGrantApplicationSuccess');
  return created.createGrantApplication.application.id as string;
}

beforeAll(async () => {
  env = await createTestEnvironment();
  [wu, staff, wang] = await Promise.all([env.as(demo.memberWu), env.as(demo.shandongStaff), env.as(demo.memberWang)]);
  shandong = (await env.anonymous.query(UNION_ID, { code: '370000' })).unionByCode.id;
});
afterAll(() => env?.close());

describe('grant documents on the files domain', () => {
  it('attaches an upload as a document, shows it to whoever may read the application, and replaces it', async () => {
    const id = await draft();
    const plan = fileOf(PDF_HEADER, 300_000);
    const fileId = await uploaded(wu, plan);
    const attached = (await wu.query(ATTACH, { input: { application: id, document: { kind: '工作室建设方案', file: fileId } } })).attachGrantDocument;
    expect(attached.__typename, JSON.stringify(attached)).toBe('AttachGrantDocumentSuccess');
    expect(attached.application.missingDocuments).toEqual(['企业推荐意见']);
    const [document] = attached.application.documents;
    // Far past the 64 KB that fitted in a GraphQL request.
    expect(document).toMatchObject({ kind: '工作室建设方案', fileName: '建设方案.pdf', contentType: 'PDF', size: 300_000, sha256: sha256(plan) });
    expect(document.file).toMatchObject({ id: fileId, attached: true });

    // A draft is the applicant's alone; once submitted, the call's staff read it too; others never.
    expect((await download(document.file.downloadUrl, wu.token)).body.equals(plan)).toBe(true);
    expect((await download(document.file.downloadUrl, staff.token)).status).toBe(404);
    const recommendation = await uploaded(wu, fileOf(PNG_HEADER, 5_000), 'grant_document', '推荐意见.png');
    await wu.query(ATTACH, { input: { application: id, document: { kind: '企业推荐意见', file: recommendation } } });
    await move(wu, SUBMIT, { application: id });
    expect((await download(document.file.downloadUrl, staff.token)).status).toBe(200);
    expect((await download(document.file.downloadUrl, wang.token)).status).toBe(404);
    expect((await download(document.file.downloadUrl, null)).status).toBe(401);
    const seen = (await staff.query(DOCS_OF, { id })).node.documents.find((d: { kind: string }) => d.kind === '工作室建设方案');
    expect(seen.file.id).toBe(fileId);
  });

  it('replaces a document and releases the file it replaced', async () => {
    const id = await draft();
    const first = await uploaded(wu, fileOf(PDF_HEADER, 2_000));
    const second = await uploaded(wu, fileOf(PDF_HEADER, 3_000));
    await wu.query(ATTACH, { input: { application: id, document: { kind: '工作室建设方案', file: first } } });
    const replaced = (await wu.query(ATTACH, { input: { application: id, document: { kind: '工作室建设方案', file: second } } })).attachGrantDocument;
    expect(replaced.application.documents).toHaveLength(1);
    expect(replaced.application.documents[0]).toMatchObject({ size: 3_000, file: { id: second } });
    // The first is its uploader's unattached upload again, left to the orphan sweep.
    expect((await wu.query(FILE, { id: first })).node).toMatchObject({ id: first, attached: false });
  });

  it('refuses a file used twice, another person’s file, one uploaded for another purpose, and keeps nothing', async () => {
    const id = await draft();
    const attach = async (document: Record<string, unknown>) =>
      (await wu.query(ATTACH, { input: { application: id, document } })).attachGrantDocument;
    const once = await uploaded(wu, fileOf(PDF_HEADER, 1_000));
    expect((await attach({ kind: '工作室建设方案', file: once })).__typename).toBe('AttachGrantDocumentSuccess');
    const rows = async () => ({
      documents: (await env.db.select({ n: sql<number>`count(*)::int` }).from(grantDocuments))[0]!.n,
      files: (await env.db.select({ n: sql<number>`count(*)::int` }).from(storedFiles))[0]!.n,
    });
    const before = await rows();
    expect(await attach({ kind: '企业推荐意见', file: once })).toMatchObject({ __typename: 'FileAlreadyAttached', code: 'FILE_ALREADY_ATTACHED' });
    const wangs = await uploaded(wang, fileOf(PDF_HEADER, 1_000));
    expect(await attach({ kind: '企业推荐意见', file: wangs })).toMatchObject({ __typename: 'NotFound' });
    const evidence = await uploaded(wu, fileOf(PNG_HEADER, 1_000), 'test_evidence', 'x.png');
    expect(await attach({ kind: '企业推荐意见', file: evidence })).toMatchObject({
      __typename: 'FilePurposeMismatch',
      purpose: 'test_evidence',
      expected: 'grant_document',
    });
    // Inline content refused after it was stored (a kind the call does not ask for) is removed again.
    const inline = { kind: '身份证复印件', fileName: 'id.pdf', contentType: 'PDF', contentBase64: fileOf(PDF_HEADER, 500).toString('base64') };
    expect((await attach(inline)).fieldErrors[0]).toMatchObject({ field: ['input', 'document', 'kind'], code: 'UNKNOWN_DOCUMENT' });
    expect(await attach({ kind: '企业推荐意见' })).toMatchObject({ __typename: 'InputValidationError' });
    expect(await rows()).toEqual({ documents: before.documents, files: before.files + 2 }); // wang's and the evidence upload
  });

  it('keeps the deprecated inline content working, stored as an upload like any other', async () => {
    const id = await draft();
    const content = fileOf(PDF_HEADER, 4_000);
    const answer = (
      await wu.query(ATTACH, {
        input: { application: id, document: { kind: '工作室建设方案', fileName: '方案.pdf', contentType: 'PDF', contentBase64: content.toString('base64') } },
      })
    ).attachGrantDocument;
    expect(answer.application.documents[0]).toMatchObject({ size: 4_000, sha256: sha256(content), file: { attached: true } });
    expect((await download(answer.application.documents[0].file.downloadUrl, wu.token)).body.equals(content)).toBe(true);
  });

  it('moves documents kept in the database into file storage when a server starts', async () => {
    const [demoDocument] = await env.db
      .select()
      .from(grantDocuments)
      .where(sql`${grantDocuments.kind} = '工作室建设方案' and ${grantDocuments.applicationId} in (select id from grant_applications where status = 'approved')`)
      .limit(1);
    // The demo's documents were written inline by the seed and moved when the test server started.
    expect(demoDocument).toMatchObject({ content: null });
    expect(demoDocument!.storedFileId).not.toBeNull();

    const legacy = Buffer.from('%PDF-1.4\n% written before uploads went to file storage\n%%EOF\n');
    await env.db
      .update(grantDocuments)
      .set({ storedFileId: null, content: legacy, sizeBytes: legacy.length, sha256: sha256(legacy) })
      .where(eq(grantDocuments.id, demoDocument!.id));
    await env.startAnotherServer();
    const [moved] = await env.db.select().from(grantDocuments).where(eq(grantDocuments.id, demoDocument!.id));
    expect(moved).toMatchObject({ content: null, sizeBytes: legacy.length });
    const file = await env.db.query.storedFiles.findFirst({ where: { id: moved!.storedFileId! } });
    expect(file).toMatchObject({ attachmentKind: 'grant_document', attachmentId: demoDocument!.applicationId, sha256: sha256(legacy) });
    const globalId = Buffer.from(`StoredFile:${file!.id}`).toString('base64');
    const got = await download(`${env.url}/files/${encodeURIComponent(globalId)}`, staff.token);
    // The demo applications are Shandong's: its staff read the moved file byte for byte.
    expect(got.status).toBe(200);
    expect(got.body.equals(legacy)).toBe(true);
    expect(decodeGlobalId(globalId).id).toBe(file!.id);
  });
});
