import type { Logger } from 'pino';

/**
 * A worker that polls a pg-boss queue every `intervalMs` and, while rounds come back full, goes
 * on before sleeping. Several instances may run one at once: pg-boss hands each job to one
 * worker. `stop()` waits for the round in progress, so shutdown never abandons a job it has
 * taken (one it did abandon expires in pg-boss and is retried).
 */
export function startPollingWorker<Counts extends object>(options: {
  name: string;
  log: Logger;
  intervalMs: number;
  /** Handles what is due; answers its counts, whose sum is compared with `batchSize`. */
  round: () => Promise<Counts>;
  batchSize: number;
}) {
  const { name, log, intervalMs, round, batchSize } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const runRounds = async () => {
    try {
      for (;;) {
        const counts = await round();
        const handled = Object.values(counts).reduce((sum: number, n) => sum + Number(n), 0);
        if (handled > 0) log.info({ [name]: counts }, `${name} round`);
        if (stopped || handled < batchSize) break;
      }
    } catch (error) {
      log.error({ err: error }, `${name} round failed`);
    }
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runRounds().finally(schedule);
    }, intervalMs);
    timer.unref();
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
