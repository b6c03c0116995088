import { GraphQLError } from 'graphql';
import { TooManyAttempts } from '../common/attempt-guard.ts';
import { builder } from '../builder.ts';
import { UnionRef } from '../accounts/types.ts';
import { shanghaiToday } from '../common/dates.ts';
import { processCompetitionDeadlines, processDeadlinesForEntriesOf } from './scheduler.ts';
import { requireMember } from './access.ts';
import { CompetitionEventRef } from './types.ts';

builder.queryFields((t) => ({
  competitions: t.drizzleConnection({
    type: 'competitions',
    description: '浏览技能竞赛，最近开赛的在前；可按主办工会、工种、是否在报名期内筛选。',
    authScopes: { publicRead: 'read_competitions' },
    args: {
      organizer: t.arg.globalID({ description: '只看此工会本身主办的竞赛（不含下级工会主办的）。', for: [UnionRef], required: false }),
      trade: t.arg.string({ required: false, description: '工种，精确匹配，如 焊工。' }),
      registrationOpen: t.arg.boolean({ required: false, description: 'true：今天（北京时间）在报名期内。' }),
    },
    resolve: (query, _root, args, ctx) => {
      const today = shanghaiToday();
      return ctx.db.query.competitions.findMany(
        query({
          where: {
            ...(args.organizer ? { organizerUnionId: args.organizer.id } : {}),
            ...(args.trade ? { trade: args.trade.trim() } : {}),
            ...(args.registrationOpen === true
              ? { registrationOpensOn: { lte: today }, registrationClosesOn: { gte: today } }
              : {}),
            ...(args.registrationOpen === false
              ? { OR: [{ registrationOpensOn: { gt: today } }, { registrationClosesOn: { lt: today } }] }
              : {}),
          },
          orderBy: { startsOn: 'desc', id: 'asc' },
        }),
      );
    },
  }),
  competitionEvent: t.drizzleField({
    type: 'competitionEvents',
    nullable: true,
    description: '取一个比赛项目；先处理已到期的递补与组队期限，名额数即时准确。',
    authScopes: { publicRead: 'read_competitions' },
    args: { id: t.arg.globalID({ description: '比赛项目的全局 ID。', for: [CompetitionEventRef], required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const exists = await ctx.db.query.competitionEvents.findFirst({ where: { id: args.id.id }, columns: { id: true } });
      if (!exists) return null;
      await processCompetitionDeadlines(ctx.db, [args.id.id]);
      return ctx.db.query.competitionEvents.findFirst(query({ where: { id: args.id.id } }));
    },
  }),
  myCompetitionEntries: t.drizzleConnection({
    type: 'competitionEntries',
    description: '我参加（个人、队长或已加入的队员）的报名，最新的在前。',
    authScopes: { member: true },
    resolve: async (query, _root, _args, ctx) => {
      const memberId = requireMember(ctx).memberId;
      await processDeadlinesForEntriesOf(ctx.db, memberId);
      return ctx.db.query.competitionEntries.findMany(
        query({
          where: { participants: { memberId, status: 'accepted' } },
          orderBy: { createdAt: 'desc', id: 'asc' },
        }),
      );
    },
  }),
  myCompetitionInvitations: t.drizzleConnection({
    type: 'competitionParticipants',
    description: '待我回复的组队邀请。',
    authScopes: { member: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.competitionParticipants.findMany(
        query({
          where: { memberId: requireMember(ctx).memberId, status: 'invited' },
          orderBy: { createdAt: 'desc', id: 'asc' },
        }),
      ),
  }),
  myCompetitionCertificates: t.drizzleConnection({
    type: 'competitionCertificates',
    description: '我的获奖证书。',
    authScopes: { member: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.competitionCertificates.findMany(
        query({ where: { memberId: requireMember(ctx).memberId }, orderBy: { issuedAt: 'desc', id: 'asc' } }),
      ),
  }),
  competitionCertificate: t.drizzleField({
    type: 'competitionCertificates',
    nullable: true,
    description:
      '凭证书编号查验获奖证书（公开）；编号不存在时为 null。每个地址每小时可查不存在的编号有限，超出时报 TOO_MANY_ATTEMPTS。',
    authScopes: { publicRead: 'read_competitions' },
    args: { number: t.arg.string({ description: '证书编号（CompetitionCertificate.number）。', required: true }) },
    resolve: async (query, _root, args, ctx) => {
      // Numbers that do not exist count against the address, so certificates cannot be enumerated.
      // A query has no typed errors: the refusal is a top-level error, like THROTTLED.
      try {
        await ctx.codeGuard?.begin(null, ctx.clientIp);
      } catch (error) {
        if (!(error instanceof TooManyAttempts)) throw error;
        throw new GraphQLError(error.message, {
          extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: error.retryAfterSeconds, http: { status: 429 } },
        });
      }
      const certificate = await ctx.db.query.competitionCertificates.findFirst(
        query({ where: { number: args.number.trim().toUpperCase().slice(0, 40) } }),
      );
      if (certificate) await ctx.codeGuard?.succeeded(null, ctx.clientIp);
      return certificate;
    },
  }),
}));
