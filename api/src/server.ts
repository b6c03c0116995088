import { existsSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { configureQueue, QUEUES, statementCounter, type DatabaseHandle } from '@huigong/db';
import {
  API_KEY_PREFIX,
  authenticateApiKey,
  getSchema,
  handleGrantStripeWebhook,
  handleStripeWebhook,
  InputValidationError,
  PothosValidationError,
  loadViewer,
  type Context,
} from '@huigong/schema';
import { sql } from 'drizzle-orm';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { pino, type Logger } from 'pino';
import type { Config } from './config.ts';
import { pageSizePlugin } from './page-size.ts';
import { inputChecksPlugin } from './input-checks.ts';
import { MemoryCostBucket, RedisCostBucket, type CostBucket } from './cost/bucket.ts';
import { costPlugin } from './cost/cost-plugin.ts';
import { createAttemptGuard } from './attempt-guard.ts';
import { smsSenderFor } from '@huigong/schema/accounts/sms-provider';
import type { SmsCodeDeps } from '@huigong/schema/accounts/sms-codes.service';
import { startWebhookWorker } from './webhook-worker.ts';
import { startMessageWorker } from './message-worker.ts';
import { explorer } from './explorer.ts';
import { requestLogger } from './request-log.ts';
import { Redis } from 'ioredis';

export interface RunningServer {
  url: string;
  port: number;
  httpServer: http.Server;
  stop(): Promise<void>;
}

const INTERNAL_ERROR_MESSAGE = '服务器内部错误，请稍后重试';

function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}

/**
 * Errors that are the client's doing, whatever part of the stack noticed them, answered as
 * BAD_USER_INPUT (or BAD_REQUEST for transport problems) and never logged as unexpected:
 * - Pothos' validation errors (a wrong-type global ID, a malformed or out-of-range cursor,
 *   `first` with `last`), and failed argument validation on queries (zod through the
 *   validation plugin, which mutations turn into InputValidationError results instead);
 * - graphql-js' "Too many errors processing variables" (more than 50 bad variable values);
 * - Apollo's request errors that carry an HTTP 4xx status but no code (a subscription
 *   operation, a persisted query whose hash does not match or whose version is unknown).
 */
function clientErrorOf(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const where = {
    ...(formatted.path && { path: formatted.path }),
    ...(formatted.locations && { locations: formatted.locations }),
  };
  if (original instanceof InputValidationError) {
    return {
      message: '输入有误，请检查标注的字段',
      ...where,
      extensions: {
        code: 'BAD_USER_INPUT',
        fieldErrors: original.issues.map((issue) => ({
          field: issue.path?.map((part) => String(typeof part === 'object' ? part.key : part)) ?? [],
          message: issue.message,
        })),
      },
    };
  }
  if (original instanceof PothosValidationError) {
    return { message: `请求参数有误：${original.message}`, ...where, extensions: { code: 'BAD_USER_INPUT' } };
  }
  // graphql-js stops coercing variables after 50 errors with this one, which names no variable.
  if (!original && formatted.message.startsWith('Too many errors processing variables')) {
    return { message: '请求变量错误过多，已停止处理', ...where, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const http = (error instanceof GraphQLError ? error.extensions?.http : undefined) ?? formatted.extensions?.http;
  const status = (http as { status?: number } | undefined)?.status;
  const code = formatted.extensions?.code;
  if (!original && typeof status === 'number' && status >= 400 && status < 500 && (!code || code === 'INTERNAL_SERVER_ERROR')) {
    return { message: formatted.message, ...where, extensions: { code: 'BAD_REQUEST' } };
  }
  return undefined;
}

/**
 * Known errors keep their code and message; anything else (a bug, a database failure) is logged
 * with the request id and reaches the client as a bare INTERNAL_SERVER_ERROR, never a stack trace.
 */
function formatErrorFor(logger: Logger) {
  const safeCodes = new Set([
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'BAD_USER_INPUT',
    'GRAPHQL_PARSE_FAILED',
    'GRAPHQL_VALIDATION_FAILED',
    'BAD_REQUEST',
    'OPERATION_RESOLUTION_FAILURE',
    'PERSISTED_QUERY_NOT_FOUND',
    'PERSISTED_QUERY_NOT_SUPPORTED',
    'THROTTLED',
    'MAX_COST_EXCEEDED',
    'TOO_MANY_ATTEMPTS',
  ]);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const client = clientErrorOf(formatted, error);
    if (client) return client;
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && safeCodes.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    logger.error({ err: original, path: formatted.path }, 'unexpected error while executing a request');
    return {
      message: INTERNAL_ERROR_MESSAGE,
      ...(formatted.path && { path: formatted.path }),
      ...(formatted.locations && { locations: formatted.locations }),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** Reports how many SQL statements a request ran, when enabled (tests pin these; the benchmark prints them). */
const sqlStatementCountPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const store = statementCounter.getStore();
        if (store) response.http.headers.set('x-sql-statements', String(store.count));
      },
    };
  },
};

export async function startServer(config: Config, database: DatabaseHandle, logger?: Logger): Promise<RunningServer> {
  const log = logger ?? pino({ level: config.logLevel, base: { service: 'huigong-api' } });
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  // A request that takes longer than this is cut off rather than holding a connection forever.
  httpServer.requestTimeout = 30_000;
  httpServer.headersTimeout = 15_000;

  app.use(requestLogger(log));

  app.get('/health', async (_req, res) => {
    try {
      await database.db.execute(sql`select 1`);
      res.json({ status: 'ok', database: database.driver });
    } catch (error) {
      log.error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });

  // Prepaid vouchers. Stripe signs the exact bytes it sends, so this route takes the raw body.
  app.post('/webhooks/stripe/offers', express.raw({ type: '*/*', limit: '256kb' }), async (req, res) => {
    try {
      const body: unknown = req.body;
      const raw = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
      const signature = req.headers['stripe-signature'];
      const result = await handleStripeWebhook(database.db, raw, typeof signature === 'string' ? signature : undefined);
      res.status(result.status).json(result.body);
    } catch (error) {
      // A 5xx makes Stripe deliver the event again later; nothing of it was applied.
      log.error({ err: error }, 'stripe webhook failed');
      res.status(500).json({ error: 'internal error' });
    }
  });

  // Per-request limits, checked before execution. Query cost per caller (with lists multiplied by
  // `first`/`last`) is the integrator-platform work; page sizes are capped by pageSizePlugin.
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // Token counting is done by graphql-js's parser (parseOptions below): armor's own parse in a
    // plugin turns syntax errors into HTTP 500s.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: config.env === 'production' },
  }).protect();

  const bucketSettings = { capacity: config.costBucketCapacity, restoreRate: config.costRestoreRate };
  // One Redis connection, when configured, carries every limit that instances must share.
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : undefined;
  const bucket: CostBucket = redis ? new RedisCostBucket(redis, bucketSettings) : new MemoryCostBucket(bucketSettings);
  const loginGuard = createAttemptGuard(
    'login',
    {
      attemptsPerAccount: config.loginAttemptsPerAccount,
      accountLockSeconds: config.loginLockSeconds,
      attemptsPerAddress: config.loginAttemptsPerAddress,
      clearOnSuccess: true,
    },
    redis,
  );
  const codeGuard = createAttemptGuard(
    'codes',
    {
      attemptsPerAccount: config.codeAttemptsPerMerchant,
      accountLockSeconds: config.codeLockSeconds,
      attemptsPerAddress: config.codeAttemptsPerAddress,
      clearOnSuccess: false,
    },
    redis,
  );

  const smsSendGuard = createAttemptGuard(
    'sms-send',
    { attemptsPerAccount: config.smsSendsPerPhone, accountLockSeconds: 3600, attemptsPerAddress: config.smsSendsPerAddress, clearOnSuccess: false },
    redis,
  );
  const smsVerifyGuard = createAttemptGuard(
    'sms-verify',
    {
      attemptsPerAccount: config.smsCodeAttemptsPerPhone,
      accountLockSeconds: config.loginLockSeconds,
      attemptsPerAddress: config.loginAttemptsPerAddress,
      clearOnSuccess: true,
    },
    redis,
  );
  const sms: SmsCodeDeps = {
    sender: config.smsCodeSecret ? smsSenderFor(config.sms) : null,
    codeSecret: config.smsCodeSecret ?? '',
    production: config.env === 'production',
    // Development without provider keys: the code goes to the log instead of a phone.
    logCode: (phone, purpose, code) => log.warn({ phone, purpose, code }, `SMS not configured: code for ${phone} is ${code}`),
    sendGuard: smsSendGuard,
    verifyGuard: smsVerifyGuard,
  };

  const schema = getSchema();
  // Stripe signs the exact bytes it sends, so this route reads the raw body (no JSON parsing first).
  app.post('/webhooks/stripe/grants', express.raw({ type: '*/*', limit: '1mb' }), async (req, res, next) => {
    try {
      const signature = req.headers['stripe-signature'];
      const outcome = await handleGrantStripeWebhook(
        database.db,
        Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
        typeof signature === 'string' ? signature : undefined,
      );
      res.status(outcome.status).json(outcome.body);
    } catch (error) {
      next(error);
    }
  });

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.env !== 'production',
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns the signal handling: drain HTTP first, then close the database.
    stopOnTerminationSignals: false,
    formatError: formatErrorFor(log),
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: 3000 },
    plugins: [
      // armor's typings resolve @apollo/server's CJS declarations; the plugins are the same objects.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      pageSizePlugin,
      inputChecksPlugin,
      costPlugin(schema, bucket, { maxQueryCost: config.maxQueryCost }),
      // Browsers get the offline explorer (explorer.ts) in development instead of Apollo's page.
      ApolloServerPluginLandingPageDisabled(),
      ...(config.exposeSqlStatementCount ? [sqlStatementCountPlugin] : []),
    ],
  });
  await apollo.start();

  if (config.env !== 'production') app.use(explorer());

  app.use(
    '/graphql',
    (req, res, next) => {
      if (!config.exposeSqlStatementCount) return next();
      statementCounter.run({ count: 0 }, () => next());
    },
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const token = bearerToken(req.headers.authorization);
        const isApiKey = token?.startsWith(API_KEY_PREFIX) ?? false;
        const viewer = token && !isApiKey ? await loadViewer(database.db, token) : null;
        const apiCaller = token && isApiKey ? await authenticateApiKey(database.db, token) : null;
        // A credential that was sent but does not work is an error (as GitHub answers 401), not a
        // silent fall-back to anonymous: the client learns to sign in again or rotate its key.
        if (token && !viewer && !apiCaller) {
          throw new GraphQLError('凭证无效、已过期或已吊销，请重新登录', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        return {
          db: database.db,
          viewer,
          apiCaller,
          sessionToken: token,
          requestId: String(req.id),
          userAgent: req.headers['user-agent'] ?? null,
          clientIp: req.ip ?? req.socket.remoteAddress ?? null,
          loginGuard,
          codeGuard,
          sms,
          production: config.env === 'production',
          publicBaseUrl: config.publicBaseUrl ?? `${req.protocol}://${req.get('host')}`,
        };
      },
    }),
  );

  if (existsSync(join(config.webDist, 'index.html'))) {
    // Hashed assets never change, so they are cached for good; the shell is revalidated every
    // time, so a new build is picked up at once instead of pointing at assets that are gone.
    app.use(
      express.static(config.webDist, {
        index: 'index.html',
        setHeaders: (res, path) =>
          res.setHeader(
            'cache-control',
            path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          ),
      }),
    );
    // Client-side routes fall back to the storefront shell.
    app.get(/^\/(?!graphql|health|webhooks).*/, (_req, res) =>
      res.sendFile(join(config.webDist, 'index.html'), { headers: { 'cache-control': 'no-cache' } }),
    );
  }

  // Malformed JSON and oversized bodies are the client's mistake, answered in GraphQL's error shape.
  app.use((error: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) log.error({ err: error }, 'unhandled HTTP error');
    const message =
      error.type === 'entity.too.large' ? '请求体过大' : status === 500 ? INTERNAL_ERROR_MESSAGE : '请求格式不正确';
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  await database.startJobs();
  await configureQueue(database.jobs, QUEUES.webhookDelivery, {
    retryLimit: config.webhookMaxAttempts - 1,
    retryDelay: config.webhookRetryDelaySeconds,
  });
  const webhookWorker = config.webhookPollMs > 0 ? await startWebhookWorker(database, log, config.webhookPollMs, config.webhookLeaseSeconds) : undefined;
  const messageWorker = config.messagePollMs > 0 ? startMessageWorker(database, smsSenderFor(config.sms), log, config.messagePollMs) : undefined;
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  const storefront = existsSync(join(config.webDist, 'index.html')) ? `storefront ${url}/ · ` : '';
  log.info({ database: database.driver }, `huigong ready: ${storefront}API ${url}/graphql`);

  return {
    url,
    port,
    httpServer,
    stop: async () => {
      await apollo.stop();
      await webhookWorker?.stop();
      await messageWorker?.stop();
      await bucket.close();
      await redis?.quit();
    },
  };
}
