import { InputValidationError, PothosValidationError } from '@huigong/schema';
import type express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

export const INTERNAL_ERROR_MESSAGE = '服务器内部错误，请稍后重试';

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
export function formatErrorFor(logger: Logger) {
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

/**
 * The last Express error handler: malformed JSON and oversized bodies are the client's mistake,
 * answered in GraphQL's error shape; anything else is logged and answered as a bare 500.
 */
export function httpErrorHandler(log: Logger): express.ErrorRequestHandler {
  return (error: { status?: number; type?: string }, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) log.error({ err: error }, 'unhandled HTTP error');
    const message =
      error.type === 'entity.too.large' ? '请求体过大' : status === 500 ? INTERNAL_ERROR_MESSAGE : '请求格式不正确';
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  };
}
