import { congressMotions, congressResolutions, congressSessions, unions, type Database } from '@huigong/db';
import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { builder } from '../builder.ts';

/**
 * The union's transparency page (厂务公开): what a closed session decided. Built from published
 * sessions only, and from each of them only tallied resolutions and decided motions: a row that
 * is not published has no path to this page.
 */
interface PublicResolution {
  title: string;
  body: string;
  passed: boolean;
  delegateCount: number;
  presentCount: number;
  forCount: number;
  againstCount: number;
  abstainCount: number;
  closedAt: Date;
}
interface PublicMotion {
  title: string;
  body: string;
  status: string;
  statusLabel: string;
  decisionReason: string | null;
  answerDueAt: Date | null;
  answer: string | null;
  answeredAt: Date | null;
}
interface PublicSession {
  title: string;
  unionName: string;
  publishedAt: Date;
  resolutions: PublicResolution[];
  motions: PublicMotion[];
}

const PUBLIC_MOTION_LABELS: Record<string, string> = { accepted: '已立案，待答复', answered: '已答复', merged: '已并案', refused: '不予立案' };

const PublicResolutionRef = builder.objectRef<PublicResolution>('PublicCongressResolution').implement({
  description: '已公布的表决结果。',
  authScopes: { public: true },
  fields: (t) => ({
    title: t.exposeString('title'),
    body: t.exposeString('body'),
    passed: t.exposeBoolean('passed'),
    delegateCount: t.exposeInt('delegateCount'),
    presentCount: t.exposeInt('presentCount'),
    forCount: t.exposeInt('forCount'),
    againstCount: t.exposeInt('againstCount'),
    abstainCount: t.exposeInt('abstainCount'),
    closedAt: t.field({ type: 'DateTime', resolve: (r) => r.closedAt }),
  }),
});

const PublicMotionRef = builder.objectRef<PublicMotion>('PublicCongressMotion').implement({
  description: '已公布的提案及其处理、答复。',
  authScopes: { public: true },
  fields: (t) => ({
    title: t.exposeString('title'),
    body: t.exposeString('body'),
    statusLabel: t.exposeString('statusLabel'),
    decisionReason: t.exposeString('decisionReason', { nullable: true }),
    answerDueAt: t.field({ type: 'DateTime', nullable: true, resolve: (m) => m.answerDueAt }),
    answer: t.exposeString('answer', { nullable: true }),
    answeredAt: t.field({ type: 'DateTime', nullable: true, resolve: (m) => m.answeredAt }),
  }),
});

export const PublicCongressSessionRef = builder.objectRef<PublicSession>('PublicCongressSession').implement({
  description: '厂务公开：一次已闭幕的职工代表大会的决议与提案办理情况。',
  authScopes: { public: true },
  fields: (t) => ({
    title: t.exposeString('title'),
    unionName: t.exposeString('unionName'),
    publishedAt: t.field({ type: 'DateTime', description: '公布时间（闭幕时自动公布）。', resolve: (s) => s.publishedAt }),
    resolutions: t.field({ type: [PublicResolutionRef], resolve: (s) => s.resolutions }),
    motions: t.field({ type: [PublicMotionRef], resolve: (s) => s.motions }),
  }),
});

/** The published sessions of a union, newest first, at most 20. */
export async function publications(db: Database, unionId: string): Promise<PublicSession[]> {
  const sessions = await db
    .select({ id: congressSessions.id, title: congressSessions.title, publishedAt: congressSessions.publishedAt, unionName: unions.name })
    .from(congressSessions)
    .innerJoin(unions, eq(unions.id, congressSessions.unionId))
    .where(and(eq(congressSessions.unionId, unionId), isNotNull(congressSessions.publishedAt)))
    .orderBy(desc(congressSessions.publishedAt))
    .limit(20);
  if (sessions.length === 0) return [];
  const ids = sessions.map((s) => s.id);
  const resolutions = await db
    .select()
    .from(congressResolutions)
    .where(and(inArray(congressResolutions.sessionId, ids), inArray(congressResolutions.status, ['passed', 'failed'])))
    .orderBy(asc(congressResolutions.createdAt));
  const motions = await db
    .select()
    .from(congressMotions)
    .where(and(inArray(congressMotions.sessionId, ids), inArray(congressMotions.status, ['accepted', 'answered', 'merged', 'refused'])))
    .orderBy(asc(congressMotions.createdAt));
  return sessions.map((s) => ({
    title: s.title,
    unionName: s.unionName,
    publishedAt: s.publishedAt!,
    resolutions: resolutions
      .filter((r) => r.sessionId === s.id)
      .map((r) => ({
        title: r.title,
        body: r.body,
        passed: r.status === 'passed',
        delegateCount: r.delegateCount ?? 0,
        presentCount: r.presentCount ?? 0,
        forCount: r.forCount ?? 0,
        againstCount: r.againstCount ?? 0,
        abstainCount: r.abstainCount ?? 0,
        closedAt: r.closedAt!,
      })),
    motions: motions
      .filter((m) => m.sessionId === s.id)
      .map((m) => ({
        title: m.title,
        body: m.body,
        status: m.status,
        statusLabel: PUBLIC_MOTION_LABELS[m.status] ?? m.status,
        decisionReason: m.decisionReason,
        answerDueAt: m.answerDueAt,
        answer: m.answer,
        answeredAt: m.answeredAt,
      })),
  }));
}
