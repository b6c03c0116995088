import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { storedFiles, type Database } from '@huigong/db';
import { fileTypeFromBuffer } from 'file-type';
import type { Viewer } from '../accounts/viewer.ts';
import { attachmentKind, attachmentKindNames, FILE_TYPES, isFileType, type FileType } from './attachment-kinds.ts';
import { displayFileName } from './file-name.ts';
import type { StoredFileRow } from './files.service.ts';
import type { FileStores } from './storage.ts';

/** An upload refused for the client's reasons: answered with `status` and `code`, nothing kept. */
export class UploadRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The body's chunks; its failures (a truncated multipart body, a client gone) are the client's. */
function clientStream(body: Readable): AsyncIterator<Buffer> {
  const source = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const broken = () => new UploadRefused(400, 'BAD_REQUEST', '上传中断或 multipart 内容不完整');
  return {
    next: () => source.next().catch(() => Promise.reject(broken())),
    return: (value?: unknown) => source.return?.(value) ?? Promise.resolve({ done: true, value: undefined }),
  };
}

/** Bytes file-type needs to recognise every type we accept (its `reasonableDetectionSizeInBytes`). */
const SNIFF_BYTES = 4100;

/** The rules an upload for `purpose` is held to, or a refusal when no domain takes that purpose. */
export function uploadRules(purpose: string | undefined, globalMaxBytes: number): { allowedTypes: readonly FileType[]; maxBytes: number } {
  if (!purpose) throw new UploadRefused(400, 'PURPOSE_REQUIRED', `请用 ?purpose= 说明文件用途：${attachmentKindNames().join('、')}`);
  const kind = attachmentKind(purpose);
  if (!kind) throw new UploadRefused(400, 'UNKNOWN_PURPOSE', `未知的文件用途“${purpose.slice(0, 50)}”，须为：${attachmentKindNames().join('、')}`);
  return {
    allowedTypes: kind.allowedTypes ?? (Object.keys(FILE_TYPES) as FileType[]),
    maxBytes: Math.min(kind.maxBytes ?? globalMaxBytes, globalMaxBytes),
  };
}

export function tooLarge(maxBytes: number): UploadRefused {
  const limit = maxBytes >= 1024 * 1024 ? `${(maxBytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.ceil(maxBytes / 1024)} KB`;
  return new UploadRefused(413, 'FILE_TOO_LARGE', `文件不能超过 ${limit}`);
}

/**
 * Streams one uploaded file into storage while hashing and counting it, then records it as the
 * viewer's unattached upload. The type is recognised from the first bytes, before anything is
 * stored; a file that grows past the limit is cut off mid-stream and its partial object removed.
 * Refusals are UploadRefused; anything else is a server fault.
 */
export async function receiveUpload(
  db: Database,
  stores: FileStores,
  viewer: Viewer,
  input: { purpose: string; fileName: string | undefined; body: Readable; allowedTypes: readonly FileType[]; maxBytes: number },
): Promise<StoredFileRow> {
  const { body, maxBytes } = input;
  const chunks = clientStream(body);
  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.length;
  }
  const first = Buffer.concat(head);
  if (first.length === 0) throw new UploadRefused(400, 'EMPTY_FILE', '文件是空的');
  if (first.length > maxBytes) throw tooLarge(maxBytes);
  const detected = (await fileTypeFromBuffer(first))?.mime;
  const allowed = input.allowedTypes.map((type) => FILE_TYPES[type].label).join('、');
  if (!detected || !isFileType(detected) || !input.allowedTypes.includes(detected)) {
    throw new UploadRefused(415, 'UNSUPPORTED_FILE_TYPE', `不支持此类文件（按内容识别），只接受 ${allowed}`);
  }

  const hash = createHash('sha256');
  let size = 0;
  // Why the stream stopped, when it was the client's doing: the backend may report it wrapped.
  let refused: UploadRefused | undefined;
  const counted = Readable.from(
    (async function* () {
      try {
        yield* counting([first]);
        if (!ended) yield* counting({ [Symbol.asyncIterator]: () => chunks });
      } catch (error) {
        if (error instanceof UploadRefused) refused = error;
        throw error;
      }
    })(),
  );
  async function* counting(source: Iterable<Buffer> | AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge(maxBytes);
      hash.update(chunk);
      yield chunk;
    }
  }

  const id = randomUUID();
  const storage = stores.current;
  const key = storage.keyFor(id);
  try {
    await storage.put(key, counted, detected);
  } catch (error) {
    throw refused ?? error;
  }
  try {
    const [row] = await db
      .insert(storedFiles)
      .values({
        id,
        uploadedByUserId: viewer.userId,
        purpose: input.purpose,
        contentType: detected,
        byteSize: size,
        sha256: hash.digest('hex'),
        storageBackend: storage.backend,
        storageKey: key,
        fileName: displayFileName(input.fileName, detected),
      })
      .returning();
    return row!;
  } catch (error) {
    await storage.delete(key).catch(() => undefined);
    throw error;
  }
}

/**
 * Stores bytes a client sent inside a GraphQL request (a deprecated Base64 field) as an upload
 * for `purpose`, held to the same rules as POST /files: recognised by content, within the
 * purpose's size, unattached until its domain attaches it.
 */
export function storeInlineUpload(
  db: Database,
  files: { stores: FileStores; maxBytes: number },
  viewer: Viewer,
  input: { purpose: string; fileName: string; content: Buffer },
): Promise<StoredFileRow> {
  const rules = uploadRules(input.purpose, files.maxBytes);
  return receiveUpload(db, files.stores, viewer, { purpose: input.purpose, fileName: input.fileName, body: Readable.from([input.content]), ...rules });
}
