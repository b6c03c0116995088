/** How an export's cells are written: Chinese headers, fen as yuan with two decimals, instants in Asia/Shanghai. */
export type CellKind = 'text' | 'count' | 'fen' | 'instant' | 'date';

export interface Column<Row> {
  header: string;
  kind: CellKind;
  width?: number;
  value: (row: Row) => string | number | Date | null;
}

const OFFSET_MS = 8 * 3600_000;

/** `2026-12-04 09:30:00`, the Asia/Shanghai wall clock of an instant. */
export function shanghaiDateTime(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** Fen as yuan with two decimals, by integer arithmetic (no float ever rounds a fen away). */
export function yuan(fenAmount: number): string {
  const sign = fenAmount < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fenAmount));
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A value as CSV text. */
export function csvText(kind: CellKind, value: string | number | Date | null): string {
  if (value === null || value === undefined) return '';
  if (kind === 'fen') return yuan(Number(value));
  if (kind === 'instant') return shanghaiDateTime(value instanceof Date ? value : new Date(value));
  return String(value);
}

const CSV_NEEDS_QUOTES = /[",\r\n]/;
/** Cells a spreadsheet would run as a formula are prefixed with a quote mark (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(text: string): string {
  const safe = FORMULA_START.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return CSV_NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
