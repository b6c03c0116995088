import { GraphQLError, Kind } from 'graphql';
import { builder } from '../builder.ts';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Times and business dates the API takes lie in these years. Outside them a value is a client's
 * mistake (or a probe): year 9999 plus a validity period is past what JavaScript prints as a
 * four-digit ISO year and what PostgreSQL parses back, so it would end as a server error.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;
const inYears = (date: Date) => date.getUTCFullYear() >= MIN_YEAR && date.getUTCFullYear() <= MAX_YEAR;

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_WITH_OFFSET.test(value)) {
    throw new GraphQLError('DateTime 须为带时区偏移的 ISO 8601 时间，例如 2026-11-23T09:30:00+08:00', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new GraphQLError('DateTime 不是有效时间', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (!inYears(date)) {
    throw new GraphQLError(`DateTime 须在 ${MIN_YEAR} 年至 ${MAX_YEAR} 年之间`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return date;
}

function parseDate(value: unknown): string {
  const valid =
    typeof value === 'string' &&
    ISO_DATE.test(value) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) {
    throw new GraphQLError('Date 须为 YYYY-MM-DD 格式的有效日期', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (!inYears(new Date(`${value}T00:00:00Z`))) {
    throw new GraphQLError(`Date 须在 ${MIN_YEAR} 年至 ${MAX_YEAR} 年之间`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

function parseSafeInt(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new GraphQLError('SafeInt 须为安全整数（±2^53-1 以内）', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

builder.scalarType('DateTime', {
  description: 'ISO 8601 时间，带时区偏移（输出为 UTC，如 2026-11-23T01:30:00.000Z）。',
  serialize: (value) => value.toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType('Date', {
  description: '业务日期（Asia/Shanghai），格式 YYYY-MM-DD。',
  serialize: (value) => value,
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType('SafeInt', {
  description: '超出 32 位的整数（如以分计的预算），在 ±2^53-1 之内，以 JSON 数字传输。',
  serialize: (value) => value,
  parseValue: parseSafeInt,
  parseLiteral: (ast) => parseSafeInt(ast.kind === Kind.INT ? Number(ast.value) : undefined),
});
