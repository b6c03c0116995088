import type { Database } from '@huigong/db';
import type { DomainError, InputValidationError } from './errors.ts';

/**
 * Commit, then fail: some refusals must keep what the transaction already wrote (stock of an
 * expired hold released, a lapsed seat offer passed on, an audit record of the refusal). The work
 * returns `{ error }` instead of throwing; the transaction commits, and the error is thrown after
 * the commit, so the mutation answers with its typed failure.
 *
 *   return commitThenFail(db, async (tx) => {
 *     if (expired) { await releaseStock(tx); return { error: new OfferExpired() }; }
 *     return { ok: await claim(tx) };
 *   });
 */
export type Outcome<T> = { ok: T } | { error: DomainError | InputValidationError };

export async function commitThenFail<T>(db: Database, work: (tx: Database) => Promise<Outcome<T>>): Promise<T> {
  const outcome = await db.transaction((tx) => work(tx));
  if ('error' in outcome) throw outcome.error;
  return outcome.ok;
}

/** Former name (offers/claims.service.ts). */
export const settle = commitThenFail;
