import { builder } from '../builder.ts';
import { encodeGlobalId } from '../common/global-id.ts';
import { canViewFile } from './files.service.ts';
import './errors.ts';

export const STORED_FILE_TYPENAME = 'StoredFile';

/** Where the file is downloaded (GET /files/:id, with the same bearer token as /graphql). */
export function downloadPath(fileId: string): string {
  return `/files/${encodeURIComponent(encodeGlobalId(STORED_FILE_TYPENAME, fileId))}`;
}

export const StoredFileRef = builder.drizzleNode('storedFiles', {
  name: STORED_FILE_TYPENAME,
  description:
    '上传的文件（POST /files）。上传者本人可见；附到申请等对象之后，该对象所属业务允许的人也可见（与下载地址的权限相同）。',
  id: { column: (f) => f.id },
  // Who may see a file is decided by the domain it is attached to (attachment-kinds.ts).
  authScopes: async (file, ctx) => canViewFile(ctx.db, ctx.viewer, file),
  fields: (t) => ({
    fileName: t.exposeString('fileName', { description: '显示用文件名（已清理，扩展名与实际类型一致）。' }),
    contentType: t.exposeString('contentType', { description: '按文件内容识别的类型，如 application/pdf。' }),
    byteSize: t.expose('byteSize', { type: 'SafeInt', description: '字节数。' }),
    sha256: t.exposeString('sha256', { description: '内容的 SHA-256（十六进制）。' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '上传时间。' }),
    attached: t.boolean({ description: '是否已附到某个对象（未附的上传一天后删除）。', resolve: (f) => f.attachedAt !== null }),
    downloadUrl: t.string({
      description: '下载地址；请求时带上与 /graphql 相同的 Authorization 头。',
      resolve: (f, _args, ctx) => `${ctx.publicBaseUrl ?? ''}${downloadPath(f.id)}`,
    }),
  }),
});
