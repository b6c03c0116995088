import type { Writable } from 'node:stream';
import type { Database } from '@huigong/db';
import type { Viewer } from '../../accounts/viewer.ts';
import { hasUnionRoleOver } from '../../accounts/viewer.ts';
import { unionPath } from '../../accounts/unions.service.ts';
import { decodeGlobalId } from '../../common/global-id.ts';
import { shanghaiToday } from '../../common/dates.ts';
import { periodRule } from '../period.ts';
import { EXPORT_LISTS, exportRows, type ExportList } from './lists.ts';
import { CONTENT_TYPES, writeCsv, writeXlsx, type ExportFormat } from './writers.ts';

/** A refused export: the HTTP status, the API's error code and a Chinese message. Nothing is written. */
export class ExportRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ExportRequest {
  list: ExportList;
  format: ExportFormat;
  path: string;
  unionName: string;
  from: string;
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks an export request as the lists' own authorization does: union staff (or a platform admin)
 * over the union. An unknown union and one outside the caller's subtree are refused alike (403).
 */
export async function authorizeExport(
  db: Database,
  viewer: Viewer,
  file: string,
  query: { union?: unknown; from?: unknown; to?: unknown },
): Promise<ExportRequest> {
  const match = /^([a-z]+)\.(xlsx|csv)$/.exec(file);
  const list = match ? EXPORT_LISTS[match[1]!] : undefined;
  if (!match || !list) throw new ExportRefused(404, 'NOT_FOUND', `没有这个导出：${file.slice(0, 40)}（可导出：${Object.keys(EXPORT_LISTS).map((k) => `${k}.xlsx、${k}.csv`).join('、')}）`);
  const today = shanghaiToday();
  const from = typeof query.from === 'string' ? query.from : today.slice(0, 8) + '01';
  const to = typeof query.to === 'string' ? query.to : today;
  if (!DATE.test(from) || !DATE.test(to) || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to)) || !periodRule.safeParse({ from, to }).success) {
    throw new ExportRefused(400, 'BAD_USER_INPUT', '日期须为 YYYY-MM-DD，起始日不晚于截止日，且范围不超过 1098 天');
  }
  let unionId: string;
  try {
    const decoded = decodeGlobalId(query.union);
    if (decoded.typename !== 'Union') throw new Error('not a union');
    unionId = decoded.id;
  } catch {
    throw new ExportRefused(400, 'BAD_USER_INPUT', 'union 须为工会的全局 ID');
  }
  const path = await unionPath(db, unionId);
  if (!path || !hasUnionRoleOver(viewer, 'union_staff', path)) throw new ExportRefused(403, 'FORBIDDEN', '无权导出此工会的数据');
  const union = await db.query.unions.findFirst({ where: { id: unionId }, columns: { name: true } });
  return { list, format: match[2] as ExportFormat, path, unionName: union?.name ?? '', from, to };
}

export const exportFileName = (r: ExportRequest) => `${r.unionName}${r.list.title}_${r.from}_${r.to}.${r.format}`;
export const exportContentType = (r: ExportRequest) => CONTENT_TYPES[r.format];

/** Streams the export into `out`, page by page; resolves with the number of rows written. */
export function writeExport(db: Database, r: ExportRequest, out: Writable): Promise<number> {
  const pages = exportRows(db, r.list, { path: r.path, from: r.from, to: r.to });
  return r.format === 'csv' ? writeCsv(out, r.list.columns, pages) : writeXlsx(out, r.list.title, r.list.columns, pages);
}
