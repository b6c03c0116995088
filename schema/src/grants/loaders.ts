import DataLoader from 'dataloader';
import type { Context } from '../context.ts';
import { activeReviewerApplicationIds, applicationIdsWithReviewsVisibleTo, callIdsWithLiveApplication } from './access.ts';
import { reviewWeightedScores, weightedAverageScores } from './scores.service.ts';

/**
 * Per-request batching for what a list of grant applications asks per row: the scores shown to
 * staff, and the reviewer checks behind the scopes. Every application (or review) on a page is
 * answered by one grouped statement, so a page of 10 costs what a page of 1 does.
 *
 * Each loader answers exactly one question that used to be one query per row. They batch but do
 * not cache (`cache: false`): a mutation and the reads after it in one operation see the database
 * as it is then, exactly as the per-row queries did; scope-auth keeps its own per-request cache of
 * each scope's answer, as before.
 */
export interface GrantLoaders {
  /** Weighted average of an application's submitted reviews; null before any is in. */
  applicationScore: DataLoader<string, number | null>;
  /** Weighted score of one review; null before it is scored. */
  reviewScore: DataLoader<string, number | null>;
  /** The signed-in user is an active (not conflicted) reviewer of the application. */
  viewerIsActiveReviewer: DataLoader<string, boolean>;
  /** The signed-in user may read the other reviewers' scores of the application. */
  viewerSeesAllReviews: DataLoader<string, boolean>;
  /** The signed-in member already has a live (not withdrawn) application in the call. */
  viewerHasLiveApplication: DataLoader<string, boolean>;
}

const perRequest = new WeakMap<Context, GrantLoaders>();
const batchOnly = { cache: false } as const;
const unique = (ids: readonly string[]) => [...new Set(ids)];

export function grantLoaders(ctx: Context): GrantLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    const userId = ctx.viewer?.userId ?? null;
    const memberId = ctx.viewer?.member?.id ?? null;
    loaders = {
      applicationScore: new DataLoader(async (ids) => {
        const scores = await weightedAverageScores(ctx.db, unique(ids));
        return ids.map((id) => scores.get(id) ?? null);
      }, batchOnly),
      reviewScore: new DataLoader(async (ids) => {
        const scores = await reviewWeightedScores(ctx.db, unique(ids));
        return ids.map((id) => scores.get(id) ?? null);
      }, batchOnly),
      viewerIsActiveReviewer: new DataLoader(async (ids) => {
        if (userId === null) return ids.map(() => false);
        const active = await activeReviewerApplicationIds(ctx.db, userId, unique(ids));
        return ids.map((id) => active.has(id));
      }, batchOnly),
      viewerSeesAllReviews: new DataLoader(async (ids) => {
        if (userId === null) return ids.map(() => false);
        const visible = await applicationIdsWithReviewsVisibleTo(ctx.db, userId, unique(ids));
        return ids.map((id) => visible.has(id));
      }, batchOnly),
      viewerHasLiveApplication: new DataLoader(async (ids) => {
        if (memberId === null) return ids.map(() => false);
        const live = await callIdsWithLiveApplication(ctx.db, memberId, unique(ids));
        return ids.map((id) => live.has(id));
      }, batchOnly),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
