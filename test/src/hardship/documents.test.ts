import { executeRows } from '@huigong/db';
import { completeDueClosures } from '@huigong/schema/accounts/closure.service';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download, EXE_HEADER, fileOf, PDF_HEADER, PNG_HEADER, upload } from '../files/uploads.ts';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import { errors, household, ME, run, signUpMember } from './fixtures.ts';

/**
 * A household files with its documents as real uploads (POST /files?purpose=hardship_document),
 * and adds more later; each is readable by the member and the staff over the household's union,
 * by nobody else.
 */

const DOCS = `documents { kind kindLabel reference file { id fileName contentType byteSize downloadUrl } }`;
const FILE_WITH_DOCUMENTS = /* GraphQL */ `
  mutation File($input: FileHardshipHouseholdInput!) {
    fileHardshipHousehold(input: $input) {
      __typename
      ... on FileHardshipHouseholdSuccess { file { id status ${DOCS} } }
      ${errors('InputValidationError')}
    }
  }
`;
const ADD = /* GraphQL */ `
  mutation Add($input: AddHardshipDocumentsInput!) {
    addHardshipDocuments(input: $input) {
      __typename
      ... on AddHardshipDocumentsSuccess { file { id ${DOCS} } }
      ${errors('InputValidationError', 'InvalidTransition')}
    }
  }
`;

let env: TestEnvironment;
let grassroots: GraphQLClient;
let otherStaff: GraphQLClient;
let stranger: GraphQLClient;
let laochengId: string;

async function uploaded(client: GraphQLClient, data: Buffer, fileName: string) {
  const answer = await upload(env.url, client.token, { data, fileName }, { purpose: 'hardship_document' });
  expect(answer.status, JSON.stringify(answer.json)).toBe(201);
  return answer.json.id as string;
}

beforeAll(async () => {
  env = await createTestEnvironment();
  grassroots = await env.as(demo.laochengGrassrootsStaff);
  otherStaff = await env.as(demo.zhengzhouStaff);
  stranger = await env.as(demo.memberWang);
  laochengId = (await (await env.as(demo.memberZheng)).query(ME)).me.member.union.id;
}, 120_000);
afterAll(() => env?.close());

describe('hardship documents', () => {
  it('files with documents, adds one later, and shows them to the member and their union only', async () => {
    const member = await signUpMember(env.anonymous, laochengId, 7101, '田秀芝');
    const income = fileOf(PDF_HEADER, 40_000);
    const diagnosis = fileOf(PNG_HEADER, 12_000);
    const filed = (
      await member.query(FILE_WITH_DOCUMENTS, {
        input: {
          household: household(),
          documents: [
            { kind: 'INCOME_PROOF', file: await uploaded(member, income, '收入证明.pdf') },
            { kind: 'ILLNESS_DIAGNOSIS', file: await uploaded(member, diagnosis, '诊断证明.png'), reference: '洛阳中心医院 2026-1187' },
          ],
        },
      })
    ).fileHardshipHousehold;
    expect(filed.__typename, JSON.stringify(filed)).toBe('FileHardshipHouseholdSuccess');
    expect(filed.file.documents).toMatchObject([
      { kind: 'INCOME_PROOF', kindLabel: '收入证明', reference: null, file: { fileName: '收入证明.pdf', contentType: 'application/pdf', byteSize: 40_000 } },
      { kind: 'ILLNESS_DIAGNOSIS', reference: '洛阳中心医院 2026-1187', file: { contentType: 'image/png', byteSize: 12_000 } },
    ]);
    const url = filed.file.documents[0].file.downloadUrl;
    expect((await download(url, member.token)).body.equals(income)).toBe(true);
    expect((await download(url, grassroots.token)).status).toBe(200);
    // Staff of another city and other members: as if there were no such file.
    expect((await download(url, otherStaff.token)).status).toBe(404);
    expect((await download(url, stranger.token)).status).toBe(404);

    // The grassroots union adds the labour contract for the member (its own upload).
    const contract = await uploaded(grassroots, fileOf(PDF_HEADER, 8_000), '劳动合同.pdf');
    const added = (await grassroots.query(ADD, { input: { file: filed.file.id, documents: [{ kind: 'LABOUR_CONTRACT', file: contract }] } })).addHardshipDocuments;
    expect(added.__typename, JSON.stringify(added)).toBe('AddHardshipDocumentsSuccess');
    expect(added.file.documents.map((d: { kind: string }) => d.kind)).toEqual(['INCOME_PROOF', 'ILLNESS_DIAGNOSIS', 'LABOUR_CONTRACT']);
    expect((await download(added.file.documents[2].file.downloadUrl, member.token)).status).toBe(200);
  });

  it('refuses someone else’s file, an upload used twice and a disguised executable, and writes nothing', async () => {
    const member = await signUpMember(env.anonymous, laochengId, 7102, '马德福');
    const count = async () => {
      const [row] = await executeRows<{ files: number; documents: number }>(
        env.db,
        sql`select (select count(*) from hardship_files)::int as files, (select count(*) from hardship_documents)::int as documents`,
      );
      return row!;
    };
    const before = await count();
    const strangers = await uploaded(stranger, fileOf(PDF_HEADER, 1_000), 'x.pdf');
    const refused = (
      await member.query(FILE_WITH_DOCUMENTS, { input: { household: household(), documents: [{ kind: 'INCOME_PROOF', file: strangers }] } })
    ).fileHardshipHousehold;
    expect(refused).toMatchObject({ __typename: 'NotFound' });
    expect(await count()).toEqual(before);

    const exe = await upload(env.url, member.token, { data: fileOf(EXE_HEADER, 2_000), fileName: '收入证明.pdf' }, { purpose: 'hardship_document' });
    expect([exe.status, exe.json.errors[0].extensions.code]).toEqual([415, 'UNSUPPORTED_FILE_TYPE']);

    const once = await uploaded(member, fileOf(PDF_HEADER, 1_000), '收入证明.pdf');
    const filed = (await member.query(FILE_WITH_DOCUMENTS, { input: { household: household(), documents: [{ kind: 'INCOME_PROOF', file: once }] } }))
      .fileHardshipHousehold;
    expect(filed.__typename).toBe('FileHardshipHouseholdSuccess');
    const again = (await member.query(ADD, { input: { file: filed.file.id, documents: [{ kind: 'OTHER', file: once }] } })).addHardshipDocuments;
    expect(again).toMatchObject({ __typename: 'FileAlreadyAttached' });
    // Another union's staff cannot add to the file: it does not exist for them.
    const theirs = await uploaded(otherStaff, fileOf(PDF_HEADER, 1_000), 'y.pdf');
    expect((await otherStaff.query(ADD, { input: { file: filed.file.id, documents: [{ kind: 'OTHER', file: theirs }] } })).addHardshipDocuments).toMatchObject({
      __typename: 'NotFound',
    });
    expect(await count()).toEqual({ files: before.files + 1, documents: before.documents + 1 });
  });

  it('are in the member’s data download, and leave with the account when it is closed', async () => {
    const member = await signUpMember(env.anonymous, laochengId, 7103, '苏玉兰');
    const income = await uploaded(member, fileOf(PDF_HEADER, 2_000), '收入证明.pdf');
    const filed = (await member.query(FILE_WITH_DOCUMENTS, { input: { household: household(), documents: [{ kind: 'INCOME_PROOF', file: income }] } }))
      .fileHardshipHousehold;
    expect(filed.__typename).toBe('FileHardshipHouseholdSuccess');
    const fileId = decodeGlobalId(filed.file.id).id;

    const exported = JSON.parse(
      (await member.query(`mutation { exportMyData { ... on ExportMyDataSuccess { export { json } } } }`)).exportMyData.export.json,
    );
    expect(exported.hardshipFiles.map((f: { id: string }) => f.id)).toEqual([fileId]);
    expect(exported.hardshipDocuments).toMatchObject([{ file_id: fileId, kind: 'income_proof' }]);
    expect(exported.uploadedFiles).toMatchObject([{ file_name: '收入证明.pdf', attachment_kind: 'hardship_document' }]);
    expect(JSON.stringify(exported.uploadedFiles)).not.toContain('storage_key');
    expect(exported.auditEntries.some((a: { action: string }) => a.action === 'hardship_file.filed')).toBe(true);

    const requested = await member.query(
      `mutation($input: RequestAccountClosureInput!) { requestAccountClosure(input: $input) { __typename } }`,
      { input: { password: 'Hardship@2026' } },
    );
    expect(requested.requestAccountClosure.__typename).toBe('RequestAccountClosureSuccess');
    await env.db.execute(sql`update account_closures set effective_at = now() - interval '1 second' where status = 'pending'`);
    expect(await completeDueClosures(env.db)).toBe(1);
    // The register keeps the file (what was decided); the family's names and the documents go,
    // their upload released to the orphan sweep.
    const [kept] = await executeRows<{ household_members: unknown; documents: number; attached: boolean }>(
      env.db,
      sql`select f.household_members, (select count(*) from hardship_documents d where d.file_id = f.id)::int as documents,
        (select attached_at is not null from stored_files where id = ${decodeGlobalId(income).id}) as attached
        from hardship_files f where f.id = ${fileId}`,
    );
    expect(kept).toMatchObject({ documents: 0, attached: false });
    expect(typeof kept!.household_members === 'string' ? JSON.parse(kept!.household_members) : kept!.household_members).toEqual([]);
  });
});
