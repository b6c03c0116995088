import type { Database } from '@huigong/db';

/** One column value as the generator produces it; arrays are text[] columns. */
export type Cell = string | number | boolean | null | Date | readonly string[];

export interface BulkWriter {
  /** Appends rows to a table; returns the number of rows written. */
  insert(table: string, columns: readonly string[], rows: Iterable<readonly Cell[]>): Promise<number>;
  close(): Promise<void>;
}

function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/** A value in Postgres's text input form (what COPY and untyped parameters both accept). */
function textValue(value: Exclude<Cell, null>): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  return arrayLiteral(value as readonly string[]);
}

function copyField(value: Cell): string {
  if (value === null) return '\\N';
  return textValue(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

interface PostgresClient {
  reserve(): Promise<ReservedConnection>;
}
interface ReservedConnection {
  unsafe(query: string): Promise<unknown> & { writable(): Promise<NodeJS.WritableStream> };
  release(): void;
}
interface PGliteClient {
  query(query: string, params?: unknown[]): Promise<unknown>;
  exec(query: string): Promise<unknown>;
}

/**
 * COPY FROM STDIN on one reserved postgres.js connection with triggers off
 * (`session_replication_role = replica`: foreign-key checks and the seat-cap trigger are
 * triggers; the generator writes consistent data, and skipping them is most of COPY's cost).
 */
async function postgresWriter(client: PostgresClient): Promise<BulkWriter> {
  const connection = await client.reserve();
  await connection.unsafe('set session_replication_role = replica');
  await connection.unsafe(`set maintenance_work_mem = '512MB'`);
  // Secondary indexes (not those behind primary keys and unique constraints) are dropped for the
  // load and built once at the end: a bulk build is several times faster than row-by-row upkeep,
  // the trigram GIN indexes most of all.
  const secondary = (await connection.unsafe(`
    select i.indexname, i.indexdef from pg_indexes i
    where i.schemaname = 'public'
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
      and i.indexdef not like 'CREATE UNIQUE%'`)) as unknown as { indexname: string; indexdef: string }[];
  for (const index of secondary) await connection.unsafe(`drop index "${index.indexname}"`);
  return {
    async insert(table, columns, rows) {
      const stream = await connection.unsafe(`copy "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) from stdin`).writable();
      let count = 0;
      let chunk = '';
      const flush = async () => {
        if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
        chunk = '';
      };
      for (const row of rows) {
        chunk += row.map(copyField).join('\t') + '\n';
        count += 1;
        if (chunk.length > 512 * 1024) await flush();
      }
      if (chunk) await flush();
      await new Promise<void>((resolve, reject) => {
        stream.once('error', reject);
        stream.once('finish', () => resolve());
        stream.end();
      });
      return count;
    },
    async close() {
      for (const index of secondary) await connection.unsafe(index.indexdef);
      await connection.unsafe('set session_replication_role = origin');
      connection.release();
    },
  };
}

/** Multi-row INSERTs with text parameters: PGlite has no COPY FROM STDIN. Triggers off as above. */
async function pgliteWriter(client: PGliteClient): Promise<BulkWriter> {
  await client.exec('set session_replication_role = replica');
  return {
    async insert(table, columns, rows) {
      const perStatement = Math.max(1, Math.floor(30_000 / columns.length));
      const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
      let params: unknown[] = [];
      let tuples: string[] = [];
      let count = 0;
      const flush = async () => {
        await client.query(head + tuples.join(', '), params);
        params = [];
        tuples = [];
      };
      for (const row of rows) {
        const base = params.length;
        tuples.push(`(${row.map((_, i) => `$${base + i + 1}`).join(', ')})`);
        for (const value of row) params.push(value === null ? null : textValue(value));
        count += 1;
        if (tuples.length >= perStatement) await flush();
      }
      if (tuples.length) await flush();
      return count;
    },
    async close() {
      await client.exec('set session_replication_role = origin');
    },
  };
}

export async function openWriter(db: Database, driver: 'postgres' | 'pglite'): Promise<BulkWriter> {
  const client = (db as unknown as { $client: unknown }).$client;
  return driver === 'postgres' ? postgresWriter(client as PostgresClient) : pgliteWriter(client as PGliteClient);
}
