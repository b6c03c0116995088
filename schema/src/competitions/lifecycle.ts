/**
 * The lifecycles of the competitions domain as data (common/transitions.ts): the services enforce
 * them (`assert`, `from` in conditional UPDATEs) and the GraphQL types show them (`viewerCan`).
 *
 * Entry states:
 *   register ─┬─ seat free ──► confirmed (individual) │ forming (team, until it has minTeamSize)
 *             └─ event full ─► waiting ── seat frees ──► offered ──accept──► confirmed │ forming
 *                                                          └── offerExpiresAt passes ──► lapsed
 *   forming ── minimum reached ──► confirmed;  forming/waiting/offered team below minimum at the
 *   formation deadline ──► expired;  any live state ──► cancelled (member) │ withdrawn (staff).
 */
import type { competitionEntries, competitionParticipants } from '@huigong/db';
import { transitionTable } from '../common/transitions.ts';

export type EntryRow = typeof competitionEntries.$inferSelect;
export type EntryStatus = EntryRow['status'];
export type ParticipantStatus = (typeof competitionParticipants.$inferSelect)['status'];

export const ENTRY_STATUS_LABELS: Readonly<Record<string, string>> = {
  forming: '组队中',
  confirmed: '报名成功',
  waiting: '候补中',
  offered: '递补待确认',
  cancelled: '已取消',
  withdrawn: '主办方撤销',
  lapsed: '递补已过期',
  expired: '组队未成',
  // Steps that leave the entry in its state (InvalidTransition.toState names the step).
  acceptOffer: '确认递补',
  invite: '邀请队员',
  joinTeam: '加入队伍',
  leaveTeam: '退出队伍',
  checkIn: '签到',
  recordScore: '录入成绩',
  move: '调整候补顺序',
};

/** Statuses that hold one of the event's seats. */
export const SEAT_HOLDING: readonly EntryStatus[] = ['forming', 'confirmed', 'offered'];
/** Statuses of an entry that is still in the event (holding a seat or in line). */
export const LIVE: readonly EntryStatus[] = [...SEAT_HOLDING, 'waiting'];
/** Statuses a team entry can be in while it has not yet reached its minimum size. */
const UNFORMED: readonly EntryStatus[] = ['forming', 'waiting', 'offered'];

type EntryStep = 'acceptOffer' | 'invite' | 'joinTeam' | 'leaveTeam' | 'checkIn' | 'recordScore' | 'move';

const entryTable = transitionTable<EntryStatus | EntryStep, EntryAction>({
  what: '报名',
  labels: ENTRY_STATUS_LABELS,
  actions: {
    // What members and staff do (each a button on the storefront).
    cancel: { from: LIVE, to: 'cancelled' },
    withdraw: { from: LIVE, to: 'withdrawn' },
    // Confirmed, or forming for a team still below its minimum: no single next state.
    acceptOffer: { from: ['offered'], to: 'acceptOffer' },
    invite: { from: LIVE, to: 'invite' },
    joinTeam: { from: LIVE, to: 'joinTeam' },
    leaveTeam: { from: LIVE, to: 'leaveTeam' },
    checkIn: { from: ['confirmed'], to: 'checkIn' },
    recordScore: { from: ['confirmed'], to: 'recordScore' },
    move: { from: ['waiting'], to: 'move' },
    // What the event lock and the deadlines do on their own.
    offer: { from: ['waiting'], to: 'offered' },
    lapse: { from: ['offered'], to: 'lapsed' },
    expire: { from: UNFORMED, to: 'expired' },
    formTeam: { from: ['forming'], to: 'confirmed' },
    dropBelowMinimum: { from: ['confirmed'], to: 'forming' },
  },
});

/** The entry lifecycle; `from` gives the entry statuses an action starts from (for `where status in`). */
export const entryLifecycle = {
  ...entryTable,
  from: (action: EntryAction): readonly EntryStatus[] => entryTable.from(action) as readonly EntryStatus[],
};

export type EntryAction =
  | 'cancel'
  | 'withdraw'
  | 'acceptOffer'
  | 'invite'
  | 'joinTeam'
  | 'leaveTeam'
  | 'checkIn'
  | 'recordScore'
  | 'move'
  | 'offer'
  | 'lapse'
  | 'expire'
  | 'formTeam'
  | 'dropBelowMinimum';

/** A team invitation: the invited member answers it; an accepted member may leave. */
export const participantLifecycle = transitionTable<ParticipantStatus, 'accept' | 'decline' | 'leave'>({
  what: '组队邀请',
  labels: { invited: '待回复', accepted: '已加入', declined: '已拒绝', left: '已退出' },
  actions: {
    accept: { from: ['invited'], to: 'accepted' },
    decline: { from: ['invited'], to: 'declined' },
    leave: { from: ['accepted'], to: 'left' },
  },
});

/**
 * An event's state for its staff and entrants, derived from its competition's dates and its
 * results: registration opens and closes by date (Asia/Shanghai), results are published once.
 */
export type EventState = 'upcoming' | 'registration_open' | 'registration_closed' | 'results_published';
type EventStep = 'register' | 'checkIn' | 'changeCapacity';

export const eventLifecycle = transitionTable<EventState | EventStep, EventStep | 'publishResults'>({
  what: '比赛项目',
  labels: {
    upcoming: '报名未开始',
    registration_open: '报名中',
    registration_closed: '报名已截止',
    results_published: '成绩已公布',
    register: '报名',
    checkIn: '签到',
    changeCapacity: '调整名额',
  },
  actions: {
    register: { from: ['registration_open'], to: 'register' },
    checkIn: { from: ['upcoming', 'registration_open', 'registration_closed', 'results_published'], to: 'checkIn' },
    changeCapacity: { from: ['upcoming', 'registration_open', 'registration_closed', 'results_published'], to: 'changeCapacity' },
    publishResults: { from: ['upcoming', 'registration_open', 'registration_closed'], to: 'results_published' },
  },
});

export function eventState(
  event: { resultsPublishedAt: Date | null },
  competition: { registrationOpensOn: string; registrationClosesOn: string },
  today: string,
): EventState {
  if (event.resultsPublishedAt) return 'results_published';
  if (today < competition.registrationOpensOn) return 'upcoming';
  if (today > competition.registrationClosesOn) return 'registration_closed';
  return 'registration_open';
}

/** True once a team event's formation deadline has passed (never for individual events). */
export function teamFormationClosed(event: { teamFormationDeadline: Date | null }, now: Date = new Date()): boolean {
  return event.teamFormationDeadline !== null && event.teamFormationDeadline <= now;
}

/** A held seat (not a place in line or an offer) can be given back only before the cancellation deadline. */
export function cancellationClosed(
  entry: { status: EntryStatus },
  competition: { cancellationDeadline: Date },
  now: Date = new Date(),
): boolean {
  return (entry.status === 'confirmed' || entry.status === 'forming') && competition.cancellationDeadline <= now;
}
