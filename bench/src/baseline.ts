/**
 * The baseline: the read scenarios served by a bare node:http handler with hand-written SQL
 * through postgres.js, returning the same JSON as the GraphQL API. Its throughput is the yardstick
 * the report divides ours by.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import postgres from 'postgres';
import type { Scenario } from './scenarios.ts';

export interface BaselineServer {
  url: string;
  stop(): Promise<void>;
}

export async function startBaseline(databaseUrl: string, scenarios: Scenario[], maxConnections = 10): Promise<BaselineServer> {
  const counter = new AsyncLocalStorage<{ count: number }>();
  const sql = postgres(databaseUrl, {
    max: maxConnections,
    onnotice: () => {},
    // Unnamed statements, planned for their parameters each time, as drizzle's queries are: a
    // cached generic plan for `text_bigrams(...) @> $1` evaluates the function on every row.
    prepare: false,
    // Counts statements only for probe requests, as the API does only when asked to.
    debug: () => {
      const store = counter.getStore();
      if (store) store.count += 1;
    },
  });
  const handlers = new Map(scenarios.filter((s) => s.baseline).map((s) => [`/${s.name}`, s.baseline!]));

  const server = http.createServer((req, res) => {
    const handler = handlers.get(req.url ?? '');
    if (req.method !== 'POST' || !handler) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const store = req.headers['x-bench-probe'] ? { count: 0 } : undefined;
      const work = async () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables?: Record<string, unknown> };
          const auth = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
          const data = await handler(sql, body.variables ?? {}, auth);
          const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
          if (store) headers['x-sql-statements'] = String(store.count);
          res.writeHead(200, headers).end(JSON.stringify({ data }));
        } catch (error) {
          res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
        }
      };
      void (store ? counter.run(store, work) : work());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sql.end({ timeout: 5 });
    },
  };
}
