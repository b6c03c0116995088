/** SQLSTATE codes the services react to; anything else is a bug and surfaces as an internal error. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_CHECK_VIOLATION = '23514';

interface PgErrorLike {
  code?: unknown;
  constraint?: unknown;
  constraint_name?: unknown;
  cause?: unknown;
}

/** Both drivers wrap the server error differently (drizzle adds a `cause`); find the one with a SQLSTATE. */
function pgError(error: unknown): PgErrorLike | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const candidate = current as PgErrorLike;
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return undefined;
}

/** The name of the violated constraint when `error` is a unique violation, else undefined. */
export function uniqueViolation(error: unknown): string | undefined {
  const pg = pgError(error);
  if (pg?.code !== PG_UNIQUE_VIOLATION) return undefined;
  const name = pg.constraint ?? pg.constraint_name;
  return typeof name === 'string' ? name : '';
}

export function sqlState(error: unknown): string | undefined {
  const code = pgError(error)?.code;
  return typeof code === 'string' ? code : undefined;
}
