import type http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { statementCounter, type DatabaseHandle } from '@huigong/db';
import { API_KEY_PREFIX, authenticateApiKey, getSchema, loadViewer, type Context } from '@huigong/schema';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { CostBucket } from './cost/bucket.ts';
import { costPlugin } from './cost/cost-plugin.ts';
import { formatErrorFor } from './errors.ts';
import type { FileStores } from '@huigong/schema/files/storage';
import type { RequestGuards } from './guards.ts';
import { inputChecksPlugin } from './input-checks.ts';
import { pageSizePlugin } from './page-size.ts';

function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? null;
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

export interface GraphqlRouteOptions {
  config: Config;
  database: DatabaseHandle;
  log: Logger;
  httpServer: http.Server;
  guards: RequestGuards;
  bucket: CostBucket;
  /** The instance's file storage, shared with POST /files. */
  stores: FileStores;
}

/**
 * The public API at /graphql: Apollo with the per-request limits (depth, aliases, tokens, page
 * sizes, query cost per caller), one error format, and a context that knows who is asking (a
 * session token or an integrator's API key).
 */
export async function graphqlRoute({ config, database, log, httpServer, guards, bucket, stores }: GraphqlRouteOptions) {
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

  const schema = getSchema();
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

  const router = express.Router();
  router.use(
    '/graphql',
    (_req, _res, next) => {
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
          ...guards,
          files: { stores, maxBytes: config.files.maxBytes },
          production: config.env === 'production',
          publicBaseUrl: config.publicBaseUrl ?? `${req.protocol}://${req.get('host')}`,
        };
      },
    }),
  );
  return { router, stop: () => apollo.stop() };
}
