import { builder } from '../../builder.ts';
import { found } from '../../common/reload.ts';
import { phone } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { requireMember } from '../access.ts';
import { CompetitionEntryRef } from '../entry-types.ts';
import {
  AlreadyInvited,
  AlreadyRegistered,
  NoPendingInvitation,
  NotATeamMember,
  NotEligible,
  TeamFormationClosed,
  TeamFull,
} from '../errors.ts';
import { inviteTeamMember, leaveTeam, respondToInvitation } from '../teams.service.ts';
import { ENTRY_ERRORS, EntryInput } from './registration.ts';

const InviteInput = builder.inputType('InviteCompetitionTeamMemberInput', {
  description: '队长邀请一名会员加入本队。',
  fields: (t) => ({
    entry: t.globalID({ description: '本人为队长的团体报名。', required: true, for: [CompetitionEntryRef] }),
    phone: t.string({ required: true, validate: phone, description: '被邀请会员的登录手机号。' }),
  }),
});

builder.mutationField('inviteCompetitionTeamMember', (t) =>
  t.drizzleField({
    type: 'competitionParticipants',
    description: '队长邀请会员入队；对方接受后计入队伍人数。',
    nullable: true,
    authScopes: (_root, { input }) => ({ competitionEntryOwner: input.entry.id }),
    args: { input: t.arg({ type: InviteInput, required: true }) },
    errors: {
      types: [...ENTRY_ERRORS, NotEligible, TeamFull, TeamFormationClosed, AlreadyInvited],
      dataField: { name: 'invitation' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const invitation = await inviteTeamMember(ctx.db, requireViewer(ctx).userId, {
        entryId: input.entry.id,
        phone: input.phone,
      });
      return found(ctx.db.query.competitionParticipants.findFirst(query({ where: { id: invitation.id } })), '组队邀请');
    },
  }),
);

const RespondInput = builder.inputType('RespondToCompetitionInvitationInput', {
  description: '被邀请的会员接受或拒绝组队邀请。',
  fields: (t) => ({
    entry: t.globalID({ description: '邀请本人加入的团体报名。', required: true, for: [CompetitionEntryRef] }),
    accept: t.boolean({ description: 'true 接受，false 拒绝。', required: true }),
  }),
});

builder.mutationField('respondToCompetitionInvitation', (t) =>
  t.drizzleField({
    type: 'competitionEntries',
    description: '接受或拒绝组队邀请。队伍在组队截止前达到最少人数即报名成功。',
    nullable: true,
    authScopes: (_root, { input }) => ({ competitionEntrant: input.entry.id }),
    args: { input: t.arg({ type: RespondInput, required: true }) },
    errors: {
      types: [...ENTRY_ERRORS, NoPendingInvitation, NotEligible, TeamFull, TeamFormationClosed, AlreadyRegistered],
      dataField: { name: 'entry' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const { userId, memberId } = requireMember(ctx);
      await respondToInvitation(ctx.db, userId, memberId, { entryId: input.entry.id, accept: input.accept });
      return found(ctx.db.query.competitionEntries.findFirst(query({ where: { id: input.entry.id } })), '报名');
    },
  }),
);

builder.mutationField('leaveCompetitionTeam', (t) =>
  t.drizzleField({
    type: 'competitionEntries',
    description: '队员在组队截止前退出队伍；已报名成功的队伍若因此不足最少人数，回到组队中（签到码作废）。',
    nullable: true,
    authScopes: (_root, { input }) => ({ competitionEntrant: input.entry.id }),
    args: { input: t.arg({ type: EntryInput, required: true }) },
    errors: { types: [...ENTRY_ERRORS, NotATeamMember, TeamFormationClosed], dataField: { name: 'entry' } },
    resolve: async (query, _root, { input }, ctx) => {
      const { userId, memberId } = requireMember(ctx);
      await leaveTeam(ctx.db, userId, memberId, input.entry.id);
      return found(ctx.db.query.competitionEntries.findFirst(query({ where: { id: input.entry.id } })), '报名');
    },
  }),
);
