import type { DatabaseHandle } from '@huigong/db';
import { API_KEY_PREFIX, loadViewer } from '@huigong/schema';
import { contentDisposition } from '@huigong/schema/files/file-name';
import {
  authorizeExport,
  exportContentType,
  exportFileName,
  ExportRefused,
  writeExport,
} from '@huigong/schema/figures/exports/export.service';
import express, { type Request, type Response } from 'express';
import type { Logger } from 'pino';

const refusalBody = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * `GET /exports/<list>.<xlsx|csv>?union=<Union ID>&from=YYYY-MM-DD&to=YYYY-MM-DD`: a staff list
 * streamed to the client as it is read (docs/figures.md). Signed in by the same bearer session as
 * /graphql; API keys export nothing.
 */
export function exportRoutes(database: DatabaseHandle, log: Logger) {
  const router = express.Router();
  router.get('/exports/:file', async (req: Request, res: Response) => {
    let request;
    try {
      const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization?.trim() ?? '')?.[1];
      if (!token) throw new ExportRefused(401, 'UNAUTHENTICATED', '请先登录');
      if (token.startsWith(API_KEY_PREFIX)) throw new ExportRefused(403, 'FORBIDDEN', 'API 密钥不能导出名单');
      const viewer = await loadViewer(database.db, token);
      if (!viewer) throw new ExportRefused(401, 'UNAUTHENTICATED', '凭证无效、已过期或已吊销，请重新登录');
      request = await authorizeExport(database.db, viewer, String(req.params.file), req.query as Record<string, unknown>);
    } catch (error) {
      if (error instanceof ExportRefused) return void res.status(error.status).json(refusalBody(error.code, error.message));
      throw error;
    }
    res.status(200);
    res.setHeader('Content-Type', exportContentType(request));
    res.setHeader('Content-Disposition', contentDisposition('attachment', exportFileName(request)));
    res.setHeader('Cache-Control', 'no-store');
    try {
      const rows = await writeExport(database.db, request, res);
      log.info({ list: request.list.kind, format: request.format, rows }, 'export streamed');
    } catch (error) {
      // Headers are gone: all that can be done is to cut the response so the client sees it incomplete.
      log.error({ err: error }, 'export failed while streaming');
      res.destroy(error as Error);
    }
  });
  return router;
}
