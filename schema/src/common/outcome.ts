import type { Database } from '@huigong/db';
import { DomainError, InputValidationError } from './errors.ts';

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

/**
 * Runs `work` in a savepoint of `tx`: an expected failure rolls back only its own writes and
 * becomes the outcome, so what the transaction did before (deadlines applied under a lock) can
 * still commit through commitThenFail. Shared by the competitions' event lock and the classes'
 * course lock.
 */
export async function attemptInSavepoint<T>(tx: Database, work: (sp: Database) => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: await tx.transaction(work) };
  } catch (error) {
    if (error instanceof DomainError || error instanceof InputValidationError) return { error };
    throw error;
  }
}
