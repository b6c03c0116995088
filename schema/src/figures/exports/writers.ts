import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvCell, csvText, shanghaiDateTime, type Column } from './columns.ts';

export type ExportFormat = 'xlsx' | 'csv';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

const write = (out: Writable, chunk: string) =>
  out.write(chunk) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));

/**
 * Writes the pages as CSV: UTF-8 with a byte-order mark (so Excel on Windows reads the Chinese
 * headers right), CRLF rows, fen as yuan with two decimals, instants as Asia/Shanghai wall clock.
 * Waits for the stream to drain, so a slow client holds the reader back instead of filling memory.
 */
export async function writeCsv<Row>(out: Writable, columns: Column<Row>[], pages: AsyncIterable<Row[]>): Promise<number> {
  let count = 0;
  await write(out, `\uFEFF${columns.map((c) => csvCell(c.header)).join(',')}\r\n`);
  for await (const rows of pages) {
    let chunk = '';
    for (const row of rows) chunk += `${columns.map((c) => csvCell(csvText(c.kind, c.value(row)))).join(',')}\r\n`;
    count += rows.length;
    await write(out, chunk);
  }
  out.end();
  return count;
}

/**
 * Writes the pages as one XLSX sheet through ExcelJS' streaming writer: each row is committed
 * (serialised and released) as it is added, shared strings are off, so memory does not grow with
 * the row count. Money cells are numbers in yuan formatted `0.00`; instants are Asia/Shanghai text.
 */
export async function writeXlsx<Row>(out: Writable, sheetName: string, columns: Column<Row>[], pages: AsyncIterable<Row[]>): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    key: String(i),
    width: c.width ?? 14,
    style: c.kind === 'fen' ? { numFmt: '0.00' } : {},
  }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  let count = 0;
  for await (const rows of pages) {
    for (const row of rows) {
      sheet
        .addRow(
          columns.map((c) => {
            const value = c.value(row);
            if (value === null || value === undefined) return null;
            // Fen to yuan: an integer divided by 100 is the nearest double to the two-decimal amount, shown with 0.00.
            if (c.kind === 'fen') return Number(value) / 100;
            if (c.kind === 'instant') return shanghaiDateTime(value instanceof Date ? value : new Date(value));
            return value;
          }),
        )
        .commit();
    }
    count += rows.length;
    // Let the zip stream flush to the socket between pages.
    if (out.writableNeedDrain) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  sheet.commit();
  await workbook.commit();
  return count;
}
