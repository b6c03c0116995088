import { NotFound } from './not-found.ts';

/**
 * Reload-or-not-found, as Vendure's `assertFound(this.findOne(...))`: awaits a lookup and throws
 * NotFound(`what`) when it found nothing. Mutations use it to reload the changed row through the
 * field's query plan:
 *
 *   resolve: async (query, _root, { input }, ctx) => {
 *     const id = await publishPosting(ctx.db, requireViewer(ctx), input.posting.id);
 *     return found(ctx.db.query.jobPostings.findFirst(query({ where: { id } })), '岗位');
 *   }
 */
export async function found<T>(lookup: Promise<T | null | undefined> | T | null | undefined, what: string): Promise<T> {
  const row = await lookup;
  if (row == null) throw new NotFound(what);
  return row;
}
