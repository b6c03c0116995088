import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

/** The path as the client sent it (Express rewrites `req.url` inside mounted routes), without the query. */
function requestPath(req: http.IncomingMessage): string {
  const url = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '';
  return url.split('?')[0]!;
}

/**
 * Gives every request an id (the client's `x-request-id` when it is sane, else a new one, sent
 * back in the response) and logs one short line when it ends: method, path, status, time and
 * request id — no headers, no bodies.
 */
export function requestLogger(log: Logger) {
  return pinoHttp({
    logger: log,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    autoLogging: { ignore: (req) => req.url === '/health' },
    quietReqLogger: true,
    quietResLogger: true,
    serializers: { req: () => undefined, res: () => undefined },
    customSuccessMessage: (req, res, responseTime) =>
      `${req.method} ${requestPath(req)} ${res.statusCode} ${Math.round(responseTime)}ms`,
    customErrorMessage: (req, res, error) => `${req.method} ${requestPath(req)} ${res.statusCode} ${error.message}`,
  });
}
