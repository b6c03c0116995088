import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Busboy, type BusboyInstance } from '@fastify/busboy';
import type { DatabaseHandle } from '@huigong/db';
import { API_KEY_PREFIX, loadViewer, type Viewer } from '@huigong/schema';
import { decodeGlobalId, encodeGlobalId } from '@huigong/schema/common/global-id';
import { deleteStoredFile, findVisibleFile, sweepOrphanFiles, type StoredFileRow } from '@huigong/schema/files/files.service';
import { contentDisposition } from '@huigong/schema/files/file-name';
import type { FileStores } from '@huigong/schema/files/storage';
import { downloadPath, STORED_FILE_TYPENAME } from '@huigong/schema/files/types';
import { receiveUpload, tooLarge, UploadRefused, uploadRules } from '@huigong/schema/files/upload.service';
import express, { type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { startPollingWorker } from './polling-worker.ts';

/** Room for the multipart framing around the file when judging a declared Content-Length. */
const MULTIPART_OVERHEAD = 16 * 1024;

function refusalBody(code: string, message: string) {
  // The API's transport-error shape (as the GraphQL endpoint answers), so clients parse one format.
  return { errors: [{ message, extensions: { code } }] };
}

/** The signed-in person, by the same bearer session token as /graphql. API keys read no member files. */
async function signedIn(database: DatabaseHandle, req: Request): Promise<Viewer> {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization?.trim() ?? '');
  const token = match?.[1];
  if (!token) throw new UploadRefused(401, 'UNAUTHENTICATED', '请先登录');
  if (token.startsWith(API_KEY_PREFIX)) throw new UploadRefused(403, 'FORBIDDEN', 'API 密钥不能上传或下载文件');
  const viewer = await loadViewer(database.db, token);
  if (!viewer) throw new UploadRefused(401, 'UNAUTHENTICATED', '凭证无效、已过期或已吊销，请重新登录');
  return viewer;
}

function describe(file: StoredFileRow, baseUrl: string) {
  return {
    id: encodeGlobalId(STORED_FILE_TYPENAME, file.id),
    fileName: file.fileName,
    contentType: file.contentType,
    byteSize: file.byteSize,
    sha256: file.sha256,
    purpose: file.purpose,
    createdAt: file.createdAt.toISOString(),
    downloadUrl: `${baseUrl}${downloadPath(file.id)}`,
  };
}

/**
 * Parses a multipart body with exactly one file part named `file`, handing its stream to `store`
 * as it arrives. Settles once the whole body is read (so a second file part is refused too, and
 * what was stored for the first is undone by `undo`), or at the first refusal.
 */
function receiveOneFile<T>(
  req: Request,
  maxBytes: number,
  store: (stream: Readable, fileName: string | undefined) => Promise<T>,
  undo: (stored: T) => Promise<void>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let busboy: BusboyInstance;
    try {
      busboy = Busboy({
        headers: req.headers as { 'content-type': string },
        // One byte over the limit is enough to know it is too large; busboy stops there.
        limits: { files: 1, fileSize: maxBytes + 1, fields: 10, fieldSize: 1024, parts: 12, headerPairs: 50 },
      });
    } catch {
      reject(new UploadRefused(400, 'BAD_REQUEST', '须以 multipart/form-data 上传（含 boundary），文件字段名为 file'));
      return;
    }
    let stored: Promise<T> | undefined;
    let refusal: UploadRefused | undefined;
    const refuse = (error: UploadRefused) => {
      refusal ??= error;
      if (!stored) return reject(refusal);
      // Settle only after the stored file is undone, so the caller answers with nothing left behind.
      stored.then(undo, () => undefined).finally(() => reject(refusal));
    };
    busboy.on('file', (field, stream, fileName) => {
      if (field !== 'file' || stored) {
        stream.resume();
        return refuse(new UploadRefused(400, 'BAD_REQUEST', '文件字段名须为 file，且只能有一个'));
      }
      stored = store(stream, fileName);
      stored.catch((error: unknown) => reject(error));
    });
    busboy.on('filesLimit', () => refuse(new UploadRefused(400, 'TOO_MANY_FILES', '一次只能上传一个文件')));
    busboy.on('partsLimit', () => refuse(new UploadRefused(400, 'BAD_REQUEST', '表单字段过多')));
    busboy.on('error', () => refuse(new UploadRefused(400, 'BAD_REQUEST', 'multipart 内容格式不正确')));
    busboy.on('finish', () => {
      if (refusal) return;
      if (!stored) return reject(new UploadRefused(400, 'FILE_REQUIRED', '缺少文件：请用字段名 file 上传一个文件'));
      stored.then(resolve, reject);
    });
    req.on('error', () => refuse(new UploadRefused(400, 'BAD_REQUEST', '上传中断')));
    req.pipe(busboy);
  });
}

/**
 * POST /files and GET /files/:id (docs/files.md), and this instance's orphan sweep.
 * Mounted before the storefront's catch-all route.
 */
export function fileRoutes(config: Config, database: DatabaseHandle, log: Logger, stores: FileStores) {
  const app = express.Router();
  const baseUrl = (req: Request) => config.publicBaseUrl ?? `${req.protocol}://${req.get('host')}`;

  const answerRefusal = (req: Request, res: Response, error: unknown) => {
    if (!(error instanceof UploadRefused)) {
      log.error({ err: error }, 'file request failed');
      if (!res.headersSent) res.status(500).json(refusalBody('INTERNAL_SERVER_ERROR', '服务器内部错误，请稍后重试'));
      else res.destroy();
    } else if (!res.headersSent) {
      res.status(error.status).json(refusalBody(error.code, error.message));
    }
    // A body we stopped reading is drained, so the client reads our answer instead of a reset connection.
    if (!req.readableEnded) {
      req.unpipe();
      req.resume();
    }
  };

  app.post('/files', async (req, res) => {
    try {
      const viewer = await signedIn(database, req);
      const purpose = typeof req.query.purpose === 'string' ? req.query.purpose : undefined;
      const rules = uploadRules(purpose, config.files.maxBytes);
      if (!/^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')) {
        throw new UploadRefused(415, 'BAD_REQUEST', '须以 multipart/form-data 上传，文件字段名为 file');
      }
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared > rules.maxBytes + MULTIPART_OVERHEAD) throw tooLarge(rules.maxBytes);
      const file = await receiveOneFile(
        req,
        rules.maxBytes,
        (body, fileName) =>
          receiveUpload(database.db, stores, viewer, { purpose: purpose!, fileName, body, ...rules }),
        (stored) => deleteStoredFile(database.db, stores, stored),
      );
      res.status(201).json(describe(file, baseUrl(req)));
    } catch (error) {
      answerRefusal(req, res, error);
    }
  });

  app.get('/files/:id', async (req, res) => {
    try {
      const viewer = await signedIn(database, req);
      const notFound = new UploadRefused(404, 'NOT_FOUND', '文件不存在');
      let fileId: string;
      try {
        const decoded = decodeGlobalId(req.params.id);
        if (decoded.typename !== STORED_FILE_TYPENAME) throw notFound;
        fileId = decoded.id;
      } catch {
        throw notFound;
      }
      // An unknown id and a file the viewer may not see get the same answer.
      const file = await findVisibleFile(database.db, viewer, fileId);
      if (!file) throw notFound;
      const body = await stores.backends[file.storageBackend]?.get(file.storageKey);
      if (!body) {
        log.error({ fileId: file.id, backend: file.storageBackend, key: file.storageKey }, 'stored file has no object');
        throw notFound;
      }
      const inline = req.query.disposition === 'inline';
      res.status(200).set({
        'content-type': file.contentType,
        'content-length': String(file.byteSize),
        'content-disposition': contentDisposition(inline ? 'inline' : 'attachment', file.fileName),
        'x-content-type-options': 'nosniff',
        // Whoever may see a file can change (a document is detached), so nothing keeps a copy.
        'cache-control': 'private, no-store',
        // Opened in a browser tab, a file can run nothing and load nothing from our origin.
        'content-security-policy': "default-src 'none'; sandbox",
        'cross-origin-resource-policy': 'same-origin',
        etag: `"${file.sha256}"`,
      });
      await pipeline(body, res);
    } catch (error) {
      answerRefusal(req, res, error);
    }
  });

  const sweep =
    config.files.sweepIntervalMs > 0
      ? startPollingWorker({
          name: 'files-sweep',
          log,
          intervalMs: config.files.sweepIntervalMs,
          batchSize: 100,
          round: () => sweepOrphanFiles(database.db, stores, { olderThanHours: config.files.orphanAgeHours }),
        })
      : undefined;

  return {
    router: app,
    stop: async () => {
      await sweep?.stop();
    },
  };
}
