import http from 'node:http';
import { configureQueue, QUEUES, type DatabaseHandle } from '@huigong/db';
import { smsSenderFor } from '@huigong/schema/accounts/sms-provider';
import { createFileStores } from '@huigong/schema/files/storage';
import { moveInlineGrantDocuments } from '@huigong/schema/grants/documents-move.service';
import { sql } from 'drizzle-orm';
import express from 'express';
import { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import type { Config } from './config.ts';
import { MemoryCostBucket, RedisCostBucket, type CostBucket } from './cost/bucket.ts';
import { httpErrorHandler } from './errors.ts';
import { explorer } from './explorer.ts';
import { exportRoutes } from './exports-routes.ts';
import { fileRoutes } from './files-routes.ts';
import { graphqlRoute } from './graphql-route.ts';
import { requestGuards } from './guards.ts';
import { startMessageWorker } from './message-worker.ts';
import { requestLogger } from './request-log.ts';
import { storefrontBuilt, storefrontRoutes } from './storefront.ts';
import { stripeWebhookRoutes } from './stripe-webhooks.ts';
import { startWebhookWorker } from './webhook-worker.ts';

export interface RunningServer {
  url: string;
  port: number;
  httpServer: http.Server;
  stop(): Promise<void>;
}

/** GET /health: 200 with the database driver when the database answers, else 503. */
function healthRoute(database: DatabaseHandle, log: Logger): express.RequestHandler {
  return async (_req, res) => {
    try {
      await database.db.execute(sql`select 1`);
      res.json({ status: 'ok', database: database.driver });
    } catch (error) {
      log.error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  };
}

/** The background work of one instance: webhook deliveries and SMS, each on its polling worker. */
async function startWorkers(config: Config, database: DatabaseHandle, log: Logger) {
  await database.startJobs();
  await configureQueue(database.jobs, QUEUES.webhookDelivery, {
    retryLimit: config.webhookMaxAttempts - 1,
    retryDelay: config.webhookRetryDelaySeconds,
  });
  const webhooks = config.webhookPollMs > 0 ? await startWebhookWorker(database, log, config.webhookPollMs, config.webhookLeaseSeconds) : undefined;
  const messages =
    config.messagePollMs > 0 ? startMessageWorker(database, smsSenderFor(config.sms), log, config.messagePollMs) : undefined;
  return {
    stop: async () => {
      await webhooks?.stop();
      await messages?.stop();
    },
  };
}

/**
 * One instance of the platform: the routes in the order Express tries them (health, Stripe's
 * webhooks, the explorer in development, /graphql, the storefront, the error handler), then the
 * workers. Limits that instances must share (query cost, guessing) live in Redis when configured.
 */
export async function startServer(config: Config, database: DatabaseHandle, logger?: Logger): Promise<RunningServer> {
  const log = logger ?? pino({ level: config.logLevel, base: { service: 'huigong-api' } });
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  // A request that takes longer than this is cut off rather than holding a connection forever.
  httpServer.requestTimeout = 30_000;
  httpServer.headersTimeout = 15_000;

  // One Redis connection, when configured, carries every limit that instances must share.
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : undefined;
  const bucketSettings = { capacity: config.costBucketCapacity, restoreRate: config.costRestoreRate };
  const bucket: CostBucket = redis ? new RedisCostBucket(redis, bucketSettings) : new MemoryCostBucket(bucketSettings);
  const guards = requestGuards(config, log, redis);
  // One file storage for the instance: uploads, downloads and documents sent inline to /graphql.
  const stores = createFileStores(config.files);
  await moveInlineGrantDocuments(database.db, stores).then(
    (moved) => moved > 0 && log.info({ moved }, 'moved grant documents kept in the database into file storage'),
    // They stay readable where they are; the next start tries again.
    (error: unknown) => log.error({ err: error }, 'could not move grant documents into file storage'),
  );
  const graphql = await graphqlRoute({ config, database, log, httpServer, guards, bucket, stores });

  app.use(requestLogger(log));
  app.get('/health', healthRoute(database, log));
  app.use(stripeWebhookRoutes(database, log));
  const files = fileRoutes(config, database, log, stores);
  app.use(files.router);
  app.use(exportRoutes(database, log));
  if (config.env !== 'production') app.use(explorer());
  app.use(graphql.router);
  const storefront = storefrontBuilt(config.webDist);
  if (storefront) app.use(storefrontRoutes(config.webDist));
  app.use(httpErrorHandler(log));

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const workers = await startWorkers(config, database, log);

  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  log.info({ database: database.driver }, `huigong ready: ${storefront ? `storefront ${url}/ · ` : ''}API ${url}/graphql`);

  return {
    url,
    port,
    httpServer,
    stop: async () => {
      await graphql.stop();
      await workers.stop();
      await files.stop();
      await stores.close();
      await bucket.close();
      await redis?.quit();
    },
  };
}
