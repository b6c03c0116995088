/**
 * Registration for competition events: seats, the waiting list, offers and teams.
 *
 * Entry states:
 *   register ─┬─ seat free ──► confirmed (individual) │ forming (team, until it has minTeamSize)
 *             └─ event full ─► waiting ── seat frees ──► offered ──accept──► confirmed │ forming
 *                                                          └── offerExpiresAt passes ──► lapsed
 *   forming ── minimum reached ──► confirmed;  forming/waiting/offered team below minimum at the
 *   formation deadline ──► expired;  any live state ──► cancelled (member) │ withdrawn (staff).
 *
 * Every decision about an event's seats is taken under that event's row lock (pretix's approach),
 * so 100 simultaneous registrations are decided one after another in arrival order; a trigger
 * (migrations, competitions_custom) refuses any write that would overbook all the same. Deadlines
 * need no timer: they are applied under the lock before every write, on reads that show seats,
 * and by processCompetitionDeadlines, which a scheduler may call.
 */
import { randomInt } from 'node:crypto';
import {
  competitionEntries,
  competitionEvents,
  competitionParticipants,
  uniqueViolation,
  type Database,
} from '@huigong/db';
import { and, asc, count, eq, inArray, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { NotFound } from '../common/not-found.ts';
import { DomainError, fieldError, InputValidationError } from '../common/errors.ts';
import {
  assertEligible,
  shanghaiToday,
  type CompetitionEventRow,
  type CompetitionRow,
} from './competition.service.ts';

export type EntryRow = typeof competitionEntries.$inferSelect;
export type EntryStatus = EntryRow['status'];

/** Statuses that hold one of the event's seats. */
export const SEAT_HOLDING: EntryStatus[] = ['forming', 'confirmed', 'offered'];
/** Statuses of an entry that is still in the event (holding a seat or in line). */
export const LIVE: EntryStatus[] = [...SEAT_HOLDING, 'waiting'];

export class RegistrationNotOpen extends DomainError {
  readonly code = 'REGISTRATION_NOT_OPEN';
  constructor(readonly opensOn: string) {
    super(`报名将于 ${opensOn} 开始`);
  }
}

export class RegistrationClosed extends DomainError {
  readonly code = 'REGISTRATION_CLOSED';
  constructor(readonly closedOn: string) {
    super(`报名已于 ${closedOn} 截止`);
  }
}

export class AlreadyRegistered extends DomainError {
  readonly code = 'ALREADY_REGISTERED';
  constructor() {
    super('你已报名该项目（或已加入该项目的一支队伍）');
  }
}

export class EntryNotActive extends DomainError {
  readonly code = 'ENTRY_NOT_ACTIVE';
  constructor(readonly status: EntryStatus) {
    super('该报名当前状态不允许此操作');
  }
}

export class CancellationClosed extends DomainError {
  readonly code = 'CANCELLATION_CLOSED';
  constructor(readonly deadline: Date) {
    super('已过自行取消报名的截止时间，如需退出请联系主办工会');
  }
}

export class OfferExpired extends DomainError {
  readonly code = 'OFFER_EXPIRED';
  constructor() {
    super('候补名额的确认期限已过，名额已顺延给下一位');
  }
}

export class TeamFull extends DomainError {
  readonly code = 'TEAM_FULL';
  constructor(readonly maxTeamSize: number) {
    super(`每队最多 ${maxTeamSize} 人`);
  }
}

export class TeamFormationClosed extends DomainError {
  readonly code = 'TEAM_FORMATION_CLOSED';
  constructor() {
    super('组队截止时间已过');
  }
}

export class AlreadyInvited extends DomainError {
  readonly code = 'ALREADY_INVITED';
  constructor() {
    super('已邀请过该会员');
  }
}

export class NoPendingInvitation extends DomainError {
  readonly code = 'NO_PENDING_INVITATION';
  constructor() {
    super('没有待回复的组队邀请');
  }
}

export class NotATeamMember extends DomainError {
  readonly code = 'NOT_A_TEAM_MEMBER';
  constructor() {
    super('你不是该队的队员（队长请取消报名）');
  }
}

export class NotOnWaitingList extends DomainError {
  readonly code = 'NOT_ON_WAITING_LIST';
  constructor() {
    super('该报名不在候补名单中');
  }
}

/** Unambiguous characters for codes read aloud or typed at a desk (no 0/O, 1/I/L). */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export function randomCode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return out;
}

interface Locked {
  event: CompetitionEventRow;
  competition: CompetitionRow;
}

/**
 * Takes the event's row lock: every decision about the event's seats and waiting list is made
 * while holding it (the pretix pattern), so counts read under it cannot go stale before the write.
 * Always lock the event before any entry of it, in that order.
 */
async function lockEvent(tx: Database, eventId: string): Promise<Locked> {
  const [event] = await tx.select().from(competitionEvents).where(eq(competitionEvents.id, eventId)).for('update');
  if (!event) throw new NotFound('比赛项目');
  const competition = await tx.query.competitions.findFirst({ where: { id: event.competitionId } });
  if (!competition) throw new NotFound('竞赛');
  return { event, competition };
}

async function seatsHeld(tx: Database, eventId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(competitionEntries)
    .where(and(eq(competitionEntries.eventId, eventId), inArray(competitionEntries.status, SEAT_HOLDING)));
  return Number(row?.n ?? 0);
}

async function acceptedCount(tx: Database, entryId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(competitionParticipants)
    .where(and(eq(competitionParticipants.entryId, entryId), eq(competitionParticipants.status, 'accepted')));
  return Number(row?.n ?? 0);
}

async function deactivateParticipants(tx: Database, entryIds: string[]): Promise<void> {
  if (entryIds.length === 0) return;
  await tx
    .update(competitionParticipants)
    .set({ active: false })
    .where(and(inArray(competitionParticipants.entryId, entryIds), eq(competitionParticipants.active, true)));
}

/** Ends live entries (cancel, withdraw, lapse, expiry): frees their seat and their members. */
async function endEntries(
  tx: Database,
  where: SQL | undefined,
  status: 'cancelled' | 'withdrawn' | 'lapsed' | 'expired',
  reason: string | null,
): Promise<{ id: string; status: EntryStatus }[]> {
  const rows = await tx
    .select({ id: competitionEntries.id, status: competitionEntries.status })
    .from(competitionEntries)
    .where(where);
  if (rows.length === 0) return [];
  await tx
    .update(competitionEntries)
    .set({ status, queueOrder: null, endedAt: new Date(), endReason: reason })
    .where(inArray(competitionEntries.id, rows.map((r) => r.id)));
  await deactivateParticipants(tx, rows.map((r) => r.id));
  return rows;
}

/** A seat becomes the entry's for good: a check-in code is issued with it. */
function confirmation(now: Date) {
  return { status: 'confirmed' as const, confirmedAt: now, checkInCode: randomCode(8), offerExpiresAt: null };
}

/**
 * Numbers the event's waiting list 1, 2, 3… in its current order (queue order, then arrival), in
 * one statement. Run under the event lock after anything leaves or moves in the line, so the
 * stored order is always a dense, unique sequence and equals the position members are shown.
 */
async function renumberWaitingList(tx: Database, eventId: string): Promise<void> {
  await tx.execute(sql`
    update ${competitionEntries} e set queue_order = line.position
    from (
      select id, (row_number() over (order by queue_order, arrival_seq))::int as position
      from ${competitionEntries}
      where event_id = ${eventId} and status = 'waiting'
    ) line
    where e.id = line.id and e.queue_order is distinct from line.position`);
}

/** Offers freed seats to the head of the waiting list, one offer per free seat; closes the gaps left. */
async function offerFreeSeats(tx: Database, { event, competition }: Locked): Promise<number> {
  const free = event.capacity - (await seatsHeld(tx, event.id));
  const next =
    free <= 0
      ? []
      : await tx
          .select({ id: competitionEntries.id })
          .from(competitionEntries)
          .where(and(eq(competitionEntries.eventId, event.id), eq(competitionEntries.status, 'waiting')))
          .orderBy(asc(competitionEntries.queueOrder), asc(competitionEntries.arrivalSeq))
          .limit(free);
  const offerExpiresAt = new Date(Date.now() + competition.offerHoldHours * 60 * 60 * 1000);
  for (const entry of next) {
    await tx
      .update(competitionEntries)
      .set({ status: 'offered', queueOrder: null, offerExpiresAt })
      .where(eq(competitionEntries.id, entry.id));
    await recordAudit(tx, {
      actorUserId: null,
      action: 'competition_entry.offered',
      subjectType: 'competition_entry',
      subjectId: entry.id,
      fromState: 'waiting',
      toState: 'offered',
      data: { offerExpiresAt: offerExpiresAt.toISOString() },
    });
  }
  // Entries that left the line (offered, cancelled, withdrawn, expired) leave no gap behind.
  await renumberWaitingList(tx, event.id);
  return next.length;
}

/**
 * Applies every deadline that has passed for a locked event: offers not confirmed in time lapse,
 * teams still below their minimum size at the formation deadline lose their seat, and the seats
 * so freed go to the next in line. Run at the start of every write on the event, on reads that
 * show seats, and by `processCompetitionDeadlines` (what a scheduler would call).
 */
async function applyDeadlines(tx: Database, locked: Locked): Promise<void> {
  const now = new Date();
  const { event } = locked;
  const lapsed = await endEntries(
    tx,
    and(
      eq(competitionEntries.eventId, event.id),
      eq(competitionEntries.status, 'offered'),
      lte(competitionEntries.offerExpiresAt, now),
    ),
    'lapsed',
    'offer_expired',
  );
  // At the formation deadline every team still below its minimum is out: one holding a seat
  // frees it, one in line could never take a seat anyway.
  const expired =
    event.kind === 'team' && event.teamFormationDeadline && event.teamFormationDeadline <= now
      ? await endEntries(
          tx,
          and(
            eq(competitionEntries.eventId, event.id),
            inArray(competitionEntries.status, ['forming', 'waiting', 'offered']),
            sql`(select count(*) from ${competitionParticipants} p
                 where p.entry_id = ${competitionEntries.id} and p.status = 'accepted') < ${event.minTeamSize}`,
          ),
          'expired',
          'team_below_minimum',
        )
      : [];
  for (const [rows, toState, action] of [
    [lapsed, 'lapsed', 'competition_entry.offer_lapsed'],
    [expired, 'expired', 'competition_entry.team_expired'],
  ] as const) {
    for (const row of rows) {
      await recordAudit(tx, {
        actorUserId: null,
        action,
        subjectType: 'competition_entry',
        subjectId: row.id,
        fromState: row.status,
        toState,
      });
    }
  }
  await offerFreeSeats(tx, locked);
}

/**
 * Runs `work` under the event lock after applying passed deadlines. `work` runs in a savepoint:
 * when it fails with an expected error its writes roll back, but the deadline processing above
 * (a lapse that the member is just now learning about) still commits.
 */
async function withEventLock<T>(db: Database, eventId: string, work: (tx: Database, locked: Locked) => Promise<T>): Promise<T> {
  const outcome = await db.transaction(async (tx) => {
    const locked = await lockEvent(tx, eventId);
    await applyDeadlines(tx, locked);
    try {
      return { ok: true as const, value: await tx.transaction((sp) => work(sp, locked)) };
    } catch (error) {
      if (error instanceof DomainError || error instanceof InputValidationError) return { ok: false as const, error };
      throw error;
    }
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

async function entryOf(tx: Database, entryId: string): Promise<EntryRow> {
  const [entry] = await tx.select().from(competitionEntries).where(eq(competitionEntries.id, entryId)).for('update');
  if (!entry) throw new NotFound('报名');
  return entry;
}

async function eventIdOfEntry(db: Database, entryId: string): Promise<string> {
  const entry = await db.query.competitionEntries.findFirst({ where: { id: entryId }, columns: { eventId: true } });
  if (!entry) throw new NotFound('报名');
  return entry.eventId;
}

function assertRegistrationOpen(competition: CompetitionRow): void {
  const today = shanghaiToday();
  if (today < competition.registrationOpensOn) throw new RegistrationNotOpen(competition.registrationOpensOn);
  if (today > competition.registrationClosesOn) throw new RegistrationClosed(competition.registrationClosesOn);
}

/**
 * Registers a member (individual events) or a team with its captain (team events). With a free
 * seat the entry is confirmed (a team: holds the seat while forming); without one it joins the
 * waiting list. One live participation per member per event is a unique index.
 */
export async function register(
  db: Database,
  actorUserId: string,
  memberId: string | null,
  input: { eventId: string; teamName?: string | null },
): Promise<EntryRow> {
  return withEventLock(db, input.eventId, async (tx, locked) => {
    const { event, competition } = locked;
    if (event.kind === 'team' && !input.teamName) {
      throw fieldError(['input', 'teamName'], 'REQUIRED', '团体项目须填写队名');
    }
    if (event.kind === 'individual' && input.teamName) {
      throw fieldError(['input', 'teamName'], 'NOT_A_TEAM_EVENT', '个人项目不填写队名');
    }
    assertRegistrationOpen(competition);
    await assertEligible(tx, competition, memberId);
    if (event.kind === 'team' && event.teamFormationDeadline && event.teamFormationDeadline <= new Date()) {
      throw new TeamFormationClosed();
    }

    // Decided under the event lock: nobody else can take or free a seat between count and insert.
    const hasSeat = (await seatsHeld(tx, event.id)) < event.capacity;
    const now = new Date();
    let seated: Partial<EntryRow> = {};
    if (hasSeat) seated = event.kind === 'team' ? { status: 'forming' } : confirmation(now);
    const [entry] = await tx
      .insert(competitionEntries)
      .values({
        eventId: event.id,
        competitionId: competition.id,
        kind: event.kind,
        registrantMemberId: memberId!,
        teamName: event.kind === 'team' ? input.teamName! : null,
        status: 'waiting',
        queueOrder: hasSeat
          ? null
          : sql`(select coalesce(max(${competitionEntries.queueOrder}), 0) + 1 from ${competitionEntries}
                 where ${competitionEntries.eventId} = ${event.id} and ${competitionEntries.status} = 'waiting')`,
        ...seated,
      })
      .returning();
    if (!entry) throw new Error('insert into competition_entries returned no row');
    try {
      await tx.insert(competitionParticipants).values({
        entryId: entry.id,
        eventId: event.id,
        memberId: memberId!,
        role: event.kind === 'team' ? 'captain' : 'individual',
        status: 'accepted',
        active: true,
        respondedAt: now,
      });
    } catch (error) {
      if (uniqueViolation(error) === 'competition_participants_one_per_event') throw new AlreadyRegistered();
      throw error;
    }
    await recordAudit(tx, {
      actorUserId,
      action: 'competition_entry.registered',
      subjectType: 'competition_entry',
      subjectId: entry.id,
      toState: entry.status,
      data: { eventId: event.id, arrivalSeq: entry.arrivalSeq, ...(entry.teamName && { teamName: entry.teamName }) },
    });
    return entry;
  });
}

/**
 * The member (or captain) takes back their entry: a held seat before the competition's cancellation
 * deadline, a place in line or an offer at any time.
 */
export async function cancelEntry(db: Database, actorUserId: string, entryId: string): Promise<EntryRow> {
  const eventId = await eventIdOfEntry(db, entryId);
  return withEventLock(db, eventId, async (tx, locked) => {
    const entry = await entryOf(tx, entryId);
    if (!LIVE.includes(entry.status)) throw new EntryNotActive(entry.status);
    // Leaving the waiting list (or declining an offer) harms nobody, so only a held seat has a cut-off.
    if (['confirmed', 'forming'].includes(entry.status) && locked.competition.cancellationDeadline <= new Date()) {
      throw new CancellationClosed(locked.competition.cancellationDeadline);
    }
    return endAndRefill(tx, locked, entry, 'cancelled', actorUserId, null);
  });
}

/** Staff take an entry out of the event, with a reason; no deadline applies. */
export async function withdrawEntry(
  db: Database,
  actorUserId: string,
  entryId: string,
  reason: string,
): Promise<EntryRow> {
  const eventId = await eventIdOfEntry(db, entryId);
  return withEventLock(db, eventId, async (tx, locked) => {
    const entry = await entryOf(tx, entryId);
    if (!LIVE.includes(entry.status)) throw new EntryNotActive(entry.status);
    return endAndRefill(tx, locked, entry, 'withdrawn', actorUserId, reason);
  });
}

async function endAndRefill(
  tx: Database,
  locked: Locked,
  entry: EntryRow,
  status: 'cancelled' | 'withdrawn',
  actorUserId: string,
  reason: string | null,
): Promise<EntryRow> {
  await endEntries(tx, eq(competitionEntries.id, entry.id), status, reason);
  await recordAudit(tx, {
    actorUserId,
    action: `competition_entry.${status}`,
    subjectType: 'competition_entry',
    subjectId: entry.id,
    fromState: entry.status,
    toState: status,
    reason,
  });
  await offerFreeSeats(tx, locked);
  return (await tx.query.competitionEntries.findFirst({ where: { id: entry.id } }))!;
}

/** The first in line confirms the seat offered to them before the offer's deadline. */
export async function acceptOffer(db: Database, actorUserId: string, entryId: string): Promise<EntryRow> {
  const eventId = await eventIdOfEntry(db, entryId);
  return withEventLock(db, eventId, async (tx, { event }) => {
    const entry = await entryOf(tx, entryId);
    // Deadlines were applied under the lock just now, so an offer past its time is already lapsed.
    if (entry.status === 'lapsed') throw new OfferExpired();
    if (entry.status !== 'offered') throw new EntryNotActive(entry.status);
    const now = new Date();
    const formed = event.kind === 'individual' || (await acceptedCount(tx, entry.id)) >= (event.minTeamSize ?? 1);
    // A team below its minimum after the formation deadline could only hold the seat to lose it.
    if (!formed && event.teamFormationDeadline && event.teamFormationDeadline <= now) throw new TeamFormationClosed();
    const [updated] = await tx
      .update(competitionEntries)
      .set(formed ? confirmation(now) : { status: 'forming', offerExpiresAt: null })
      .where(and(eq(competitionEntries.id, entry.id), eq(competitionEntries.status, 'offered')))
      .returning();
    await recordAudit(tx, {
      actorUserId,
      action: 'competition_entry.offer_accepted',
      subjectType: 'competition_entry',
      subjectId: entry.id,
      fromState: 'offered',
      toState: updated!.status,
    });
    return updated!;
  });
}

/**
 * Staff move a waiting entry to another place in line; the reason goes into the audit trail. The
 * line is dense (see renumberWaitingList), so a move is two conditional updates: the entries
 * between the old and the new place shift by one, then the entry takes its place.
 */
export async function moveOnWaitingList(
  db: Database,
  actorUserId: string,
  input: { entryId: string; position: number; reason: string },
): Promise<EntryRow> {
  const eventId = await eventIdOfEntry(db, input.entryId);
  // withEventLock has just applied deadlines and renumbered the line under the lock.
  return withEventLock(db, eventId, async (tx) => {
    const entry = await entryOf(tx, input.entryId);
    if (entry.status !== 'waiting' || entry.queueOrder === null) throw new NotOnWaitingList();
    const [line] = await tx
      .select({ n: count() })
      .from(competitionEntries)
      .where(and(eq(competitionEntries.eventId, eventId), eq(competitionEntries.status, 'waiting')));
    const length = Number(line?.n ?? 0);
    if (input.position > length) {
      throw fieldError(['input', 'position'], 'OUT_OF_RANGE', `候补名单共 ${length} 位`);
    }
    const from = entry.queueOrder;
    const to = input.position;
    if (from !== to) {
      const waitingHere = and(eq(competitionEntries.eventId, eventId), eq(competitionEntries.status, 'waiting'));
      await tx
        .update(competitionEntries)
        .set({ queueOrder: to < from ? sql`${competitionEntries.queueOrder} + 1` : sql`${competitionEntries.queueOrder} - 1` })
        .where(
          and(
            waitingHere,
            to < from
              ? sql`${competitionEntries.queueOrder} >= ${to} and ${competitionEntries.queueOrder} < ${from}`
              : sql`${competitionEntries.queueOrder} > ${from} and ${competitionEntries.queueOrder} <= ${to}`,
            sql`${competitionEntries.id} <> ${entry.id}`,
          ),
        );
      await tx
        .update(competitionEntries)
        .set({ queueOrder: to })
        .where(and(eq(competitionEntries.id, entry.id), eq(competitionEntries.status, 'waiting')));
    }
    await recordAudit(tx, {
      actorUserId,
      action: 'competition_entry.waitlist_moved',
      subjectType: 'competition_entry',
      subjectId: input.entryId,
      fromState: String(from),
      toState: String(to),
      reason: input.reason,
    });
    return (await tx.query.competitionEntries.findFirst({ where: { id: input.entryId } }))!;
  });
}

/** The captain invites a member (by the phone of their account) to the team. */
export async function inviteTeamMember(
  db: Database,
  actorUserId: string,
  input: { entryId: string; phone: string },
): Promise<typeof competitionParticipants.$inferSelect> {
  const eventId = await eventIdOfEntry(db, input.entryId);
  return withEventLock(db, eventId, async (tx, { event, competition }) => {
    const entry = await entryOf(tx, input.entryId);
    if (entry.kind !== 'team') throw fieldError(['input', 'entry'], 'NOT_A_TEAM_EVENT', '个人项目不能邀请队员');
    if (!LIVE.includes(entry.status)) throw new EntryNotActive(entry.status);
    if (event.teamFormationDeadline && event.teamFormationDeadline <= new Date()) throw new TeamFormationClosed();
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
      .where(
        and(
          eq(competitionParticipants.entryId, entry.id),
          inArray(competitionParticipants.status, ['invited', 'accepted']),
        ),
      );
    if (Number(pending?.n ?? 0) >= event.maxTeamSize!) throw new TeamFull(event.maxTeamSize!);
    try {
      const [invitation] = await tx
        .insert(competitionParticipants)
        .values({
          entryId: entry.id,
          eventId,
          memberId: user.member.id,
          role: 'member',
          status: 'invited',
          active: false,
          invitedByUserId: actorUserId,
        })
        .returning();
      await recordAudit(tx, {
        actorUserId,
        action: 'competition_team.invited',
        subjectType: 'competition_entry',
        subjectId: entry.id,
        toState: 'invited',
        data: { memberId: user.member.id },
      });
      return invitation!;
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
  const eventId = await eventIdOfEntry(db, input.entryId);
  return withEventLock(db, eventId, async (tx, { event, competition }) => {
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
      await recordAudit(tx, {
        actorUserId,
        action: 'competition_team.declined',
        subjectType: 'competition_entry',
        subjectId: entry.id,
        fromState: 'invited',
        toState: 'declined',
        data: { memberId },
      });
      return entry;
    }
    if (!LIVE.includes(entry.status)) throw new EntryNotActive(entry.status);
    if (event.teamFormationDeadline && event.teamFormationDeadline <= now) throw new TeamFormationClosed();
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
    await recordAudit(tx, {
      actorUserId,
      action: 'competition_team.accepted',
      subjectType: 'competition_entry',
      subjectId: entry.id,
      fromState: 'invited',
      toState: 'accepted',
      data: { memberId, teamSize: accepted + 1 },
    });
    if (entry.status === 'forming' && accepted + 1 >= event.minTeamSize!) {
      await tx.update(competitionEntries).set(confirmation(now)).where(eq(competitionEntries.id, entry.id));
      await recordAudit(tx, {
        actorUserId: null,
        action: 'competition_entry.team_formed',
        subjectType: 'competition_entry',
        subjectId: entry.id,
        fromState: 'forming',
        toState: 'confirmed',
      });
    }
    return (await tx.query.competitionEntries.findFirst({ where: { id: entry.id } }))!;
  });
}

/**
 * A team member leaves before the formation deadline. A confirmed team that drops below its
 * minimum goes back to forming: it keeps the seat until the deadline, but its check-in code is void.
 */
export async function leaveTeam(
  db: Database,
  actorUserId: string,
  memberId: string,
  entryId: string,
): Promise<EntryRow> {
  const eventId = await eventIdOfEntry(db, entryId);
  return withEventLock(db, eventId, async (tx, { event }) => {
    const entry = await entryOf(tx, entryId);
    const membership = await tx.query.competitionParticipants.findFirst({
      where: { entryId, memberId, role: 'member', status: 'accepted' },
    });
    if (!membership) throw new NotATeamMember();
    if (!LIVE.includes(entry.status)) throw new EntryNotActive(entry.status);
    const now = new Date();
    if (event.teamFormationDeadline && event.teamFormationDeadline <= now) throw new TeamFormationClosed();
    await tx
      .update(competitionParticipants)
      .set({ status: 'left', active: false, respondedAt: now })
      .where(eq(competitionParticipants.id, membership.id));
    const remaining = await acceptedCount(tx, entryId);
    await recordAudit(tx, {
      actorUserId,
      action: 'competition_team.left',
      subjectType: 'competition_entry',
      subjectId: entryId,
      fromState: 'accepted',
      toState: 'left',
      data: { memberId, teamSize: remaining },
    });
    if (entry.status === 'confirmed' && remaining < event.minTeamSize!) {
      await tx
        .update(competitionEntries)
        .set({ status: 'forming', checkInCode: null, confirmedAt: null })
        .where(eq(competitionEntries.id, entryId));
      await recordAudit(tx, {
        actorUserId: null,
        action: 'competition_entry.team_below_minimum',
        subjectType: 'competition_entry',
        subjectId: entryId,
        fromState: 'confirmed',
        toState: 'forming',
      });
    }
    return (await tx.query.competitionEntries.findFirst({ where: { id: entryId } }))!;
  });
}

/**
 * Staff change an event's capacity. More seats go straight to the waiting list, in order; fewer
 * than the seats already held is refused (withdraw entries first, with reasons).
 */
export async function changeCapacity(
  db: Database,
  actorUserId: string,
  input: { eventId: string; capacity: number; reason: string },
): Promise<CompetitionEventRow> {
  return withEventLock(db, input.eventId, async (tx, locked) => {
    const held = await seatsHeld(tx, locked.event.id);
    if (input.capacity < held) {
      throw fieldError(['input', 'capacity'], 'BELOW_SEATS_TAKEN', `已有 ${held} 个名额被占用，容量不能低于此数`);
    }
    const [event] = await tx
      .update(competitionEvents)
      .set({ capacity: input.capacity })
      .where(eq(competitionEvents.id, locked.event.id))
      .returning();
    await recordAudit(tx, {
      actorUserId,
      action: 'competition_event.capacity_changed',
      subjectType: 'competition_event',
      subjectId: locked.event.id,
      fromState: String(locked.event.capacity),
      toState: String(input.capacity),
      reason: input.reason,
    });
    await offerFreeSeats(tx, { ...locked, event: event! });
    return event!;
  });
}

/**
 * What a scheduler calls (and reads call lazily): applies passed deadlines on every event that
 * has one due. Returns how many events were processed.
 */
export async function processCompetitionDeadlines(db: Database, onlyEventIds?: string[]): Promise<number> {
  const now = new Date();
  const dueOffers = db
    .selectDistinct({ eventId: competitionEntries.eventId })
    .from(competitionEntries)
    .where(
      and(
        eq(competitionEntries.status, 'offered'),
        lte(competitionEntries.offerExpiresAt, now),
        onlyEventIds ? inArray(competitionEntries.eventId, onlyEventIds) : undefined,
      ),
    );
  const dueTeams = db
    .selectDistinct({ eventId: competitionEntries.eventId })
    .from(competitionEntries)
    .innerJoin(competitionEvents, eq(competitionEvents.id, competitionEntries.eventId))
    .where(
      and(
        inArray(competitionEntries.status, ['forming', 'waiting', 'offered']),
        eq(competitionEntries.kind, 'team'),
        isNotNull(competitionEvents.teamFormationDeadline),
        lte(competitionEvents.teamFormationDeadline, now),
        sql`(select count(*) from ${competitionParticipants} p
             where p.entry_id = ${competitionEntries.id} and p.status = 'accepted') < ${competitionEvents.minTeamSize}`,
        onlyEventIds ? inArray(competitionEntries.eventId, onlyEventIds) : undefined,
      ),
    );
  const events = new Set([...(await dueOffers), ...(await dueTeams)].map((r) => r.eventId));
  for (const eventId of events) {
    await db.transaction(async (tx) => {
      await applyDeadlines(tx, await lockEvent(tx, eventId));
    });
  }
  return events.size;
}

/** Lazily applies due deadlines before showing entries of these events. */
export async function processDeadlinesForEntriesOf(db: Database, memberId: string): Promise<void> {
  const rows = await db
    .selectDistinct({ eventId: competitionParticipants.eventId })
    .from(competitionParticipants)
    .innerJoin(competitionEntries, eq(competitionEntries.id, competitionParticipants.entryId))
    .where(
      and(
        eq(competitionParticipants.memberId, memberId),
        // Waiting entries too: an offer lapsing ahead of them moves them up or offers them the seat.
        inArray(competitionEntries.status, ['offered', 'forming', 'waiting']),
      ),
    );
  if (rows.length > 0) await processCompetitionDeadlines(db, rows.map((r) => r.eventId));
}
