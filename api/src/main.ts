import { openDatabase } from '@huigong/db';
import { DEMO_PASSWORD, seedDemoData } from '@huigong/db/seed/demo';
import { hashPassword, sweepExpired } from '@huigong/schema';
import { pino } from 'pino';
import { loadConfig } from './config.ts';
import { startServer } from './server.ts';

const config = loadConfig();
const log = pino({ level: config.logLevel, base: { service: 'huigong-api' } });

const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, superviseJobs: true });
await database.migrate();
if (config.seedDemoData && (await seedDemoData(database.db, await hashPassword(DEMO_PASSWORD)))) {
  log.info('seeded the demo data into an empty database');
}
const server = await startServer(config, database, log);

// Expired claims and lapsed voucher reservations return their stock without anyone acting.
const sweeper = setInterval(() => {
  sweepExpired(database.db).catch((error: unknown) => log.error({ err: error }, 'offers sweep failed'));
}, 60_000);
sweeper.unref();

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  clearInterval(sweeper);
  log.info({ signal }, 'shutting down: finishing in-flight requests');
  try {
    await server.stop();
    log.info('http server stopped');
    await database.close();
    log.info('database closed');
    process.exit(0);
  } catch (error) {
    log.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
