/**
 * The load generator, run as a child process so its CPU and memory are not counted as the
 * server's. Receives one job over IPC, runs autocannon, answers with the figures.
 */
import autocannon from 'autocannon';

export interface LoadJob {
  url: string;
  path: string;
  /** Request bodies and bearer tokens, used round-robin. */
  variants: { body: string; token?: string }[];
  connections: number;
  /** Seconds. */
  duration: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function runLoad(job: LoadJob): Promise<LoadResult> {
  let next = 0;
  const latencies: number[] = [];
  const started = performance.now();
  let finish!: (value: autocannon.Result) => void;
  let fail!: (error: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.duration,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: job.path,
        setupRequest: (request) => {
          const variant = job.variants[next++ % job.variants.length]!;
          return {
            ...request,
            body: variant.body,
            headers: {
              'content-type': 'application/json',
              ...(variant.token && { authorization: `Bearer ${variant.token}` }),
            },
          };
        },
      },
    ],
  }, (error, result) => (error ? fail(error) : finish(result)));
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await done;
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    seconds,
    requestsPerSecond: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? 0,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

if (process.send) {
  process.on('message', async (job: LoadJob) => {
    try {
      process.send!({ ok: true, result: await runLoad(job) });
    } catch (error) {
      process.send!({ ok: false, error: String(error) });
    }
  });
}
