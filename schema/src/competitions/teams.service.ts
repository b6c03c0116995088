/**
 * Teams: the captain invites members by phone, they accept or decline, and members leave, all
 * before the event's team formation deadline and under the event lock (event-lock.ts), since a
 * team's size decides whether it holds its seat.
 */
import { competitionEntries, competitionParticipants, uniqueViolation, type Database } from '@huigong/db';
import { and, count, eq, inArray } from 'drizzle-orm';
import { fieldError } from '../common/errors.ts';
import { found } from '../common/reload.ts';
import { assertEligible } from './competition.service.ts';
import { acceptedCount, confirmation, entryOf, recordEntryChange } from './entries.ts';
import { AlreadyInvited, AlreadyRegistered, NoPendingInvitation, NotATeamMember, TeamFormationClosed, TeamFull } from './errors.ts';
import { withEntryEventLock } from './event-lock.ts';
import { entryLifecycle, teamFormationClosed, type EntryRow } from './lifecycle.ts';

export type ParticipantRow = typeof competitionParticipants.$inferSelect;

/** The captain invites a member (by the phone of their account) to the team. */
export async function inviteTeamMember(
  db: Database,
  actorUserId: string,
  input: { entryId: string; phone: string },
): Promise<ParticipantRow> {
  return withEntryEventLock(db, input.entryId, async (tx, { event, competition }) => {
    const entry = await entryOf(tx, input.entryId);
    if (entry.kind !== 'team') throw fieldError(['input', 'entry'], 'NOT_A_TEAM_EVENT', '个人项目不能邀请队员');
    entryLifecycle.assert(entry.status, 'invite');
    if (teamFormationClosed(event)) throw new TeamFormationClosed();
    const user = await tx.query.users.findFirst({
      where: { phone: input.phone },
      columns: { id: true },
      with: { member: { columns: { id: true } } },
    });
    if (!user?.member) throw fieldError(['input', 'phone'], 'NOT_A_MEMBER', '该手机号未绑定工会会员');
    await assertEligible(tx, competition, user.member.id);
    const [pending] = await tx
      .select({ n: count() })
      .from(competitionParticipants)
      .where(and(eq(competitionParticipants.entryId, entry.id), inArray(competitionParticipants.status, ['invited', 'accepted'])));
    if (Number(pending?.n ?? 0) >= event.maxTeamSize!) throw new TeamFull(event.maxTeamSize!);
    try {
      const [invitation] = await tx
        .insert(competitionParticipants)
        .values({
          entryId: entry.id,
          eventId: event.id,
          memberId: user.member.id,
          role: 'member',
          status: 'invited',
          active: false,
          invitedByUserId: actorUserId,
        })
        .returning();
      await recordEntryChange(tx, actorUserId, entry.id, {
        action: 'competition_team.invited',
        toState: 'invited',
        data: { memberId: user.member.id },
      });
      return found(invitation, '组队邀请');
    } catch (error) {
      if (uniqueViolation(error) === 'competition_participants_entry_member') throw new AlreadyInvited();
      throw error;
    }
  });
}

/**
 * The invited member accepts or declines. Accepting counts towards the team's size under the
 * event lock; the team that reaches its minimum while holding a seat is confirmed.
 */
export async function respondToInvitation(
  db: Database,
  actorUserId: string,
  memberId: string,
  input: { entryId: string; accept: boolean },
): Promise<EntryRow> {
  return withEntryEventLock(db, input.entryId, async (tx, { event, competition }) => {
    const entry = await entryOf(tx, input.entryId);
    const invitation = await tx.query.competitionParticipants.findFirst({
      where: { entryId: entry.id, memberId, status: 'invited' },
    });
    if (!invitation) throw new NoPendingInvitation();
    const now = new Date();
    if (!input.accept) {
      await tx
        .update(competitionParticipants)
        .set({ status: 'declined', respondedAt: now })
        .where(eq(competitionParticipants.id, invitation.id));
      await recordEntryChange(tx, actorUserId, entry.id, {
        action: 'competition_team.declined',
        fromState: 'invited',
        toState: 'declined',
        data: { memberId },
      });
      return entry;
    }
    entryLifecycle.assert(entry.status, 'joinTeam');
    if (teamFormationClosed(event, now)) throw new TeamFormationClosed();
    await assertEligible(tx, competition, memberId);
    const accepted = await acceptedCount(tx, entry.id);
    if (accepted >= event.maxTeamSize!) throw new TeamFull(event.maxTeamSize!);
    try {
      await tx
        .update(competitionParticipants)
        .set({ status: 'accepted', active: true, respondedAt: now })
        .where(eq(competitionParticipants.id, invitation.id));
    } catch (error) {
      if (uniqueViolation(error) === 'competition_participants_one_per_event') throw new AlreadyRegistered();
      throw error;
    }
    await recordEntryChange(tx, actorUserId, entry.id, {
      action: 'competition_team.accepted',
      fromState: 'invited',
      toState: 'accepted',
      data: { memberId, teamSize: accepted + 1 },
    });
    if (entryLifecycle.can(entry.status, 'formTeam') && accepted + 1 >= event.minTeamSize!) {
      await moveEntry(tx, entry, 'formTeam', confirmation(now), 'competition_entry.team_formed');
    }
    return entryOf(tx, entry.id);
  });
}

/**
 * A team member leaves before the formation deadline. A confirmed team that drops below its
 * minimum goes back to forming: it keeps the seat until the deadline, but its check-in code is void.
 */
export async function leaveTeam(db: Database, actorUserId: string, memberId: string, entryId: string): Promise<EntryRow> {
  return withEntryEventLock(db, entryId, async (tx, { event }) => {
    const entry = await entryOf(tx, entryId);
    const membership = await tx.query.competitionParticipants.findFirst({
      where: { entryId, memberId, role: 'member', status: 'accepted' },
    });
    if (!membership) throw new NotATeamMember();
    entryLifecycle.assert(entry.status, 'leaveTeam');
    const now = new Date();
    if (teamFormationClosed(event, now)) throw new TeamFormationClosed();
    await tx
      .update(competitionParticipants)
      .set({ status: 'left', active: false, respondedAt: now })
      .where(eq(competitionParticipants.id, membership.id));
    const remaining = await acceptedCount(tx, entryId);
    await recordEntryChange(tx, actorUserId, entryId, {
      action: 'competition_team.left',
      fromState: 'accepted',
      toState: 'left',
      data: { memberId, teamSize: remaining },
    });
    if (entryLifecycle.can(entry.status, 'dropBelowMinimum') && remaining < event.minTeamSize!) {
      await moveEntry(
        tx,
        entry,
        'dropBelowMinimum',
        { status: 'forming', checkInCode: null, confirmedAt: null },
        'competition_entry.team_below_minimum',
      );
    }
    return entryOf(tx, entryId);
  });
}

/** A change of the team's entry that the team's size decides, audited as the system's. */
async function moveEntry(
  tx: Database,
  entry: EntryRow,
  step: 'formTeam' | 'dropBelowMinimum',
  values: Partial<EntryRow>,
  action: string,
): Promise<void> {
  const toState = entryLifecycle.assert(entry.status, step);
  await tx
    .update(competitionEntries)
    .set(values)
    .where(and(eq(competitionEntries.id, entry.id), inArray(competitionEntries.status, entryLifecycle.from(step))));
  await recordEntryChange(tx, null, entry.id, { action, fromState: entry.status, toState });
}
