/**
 * `viewerCan` of the competitions types: what the viewer may do now, from the lifecycle tables
 * (lifecycle.ts) and the same checks the services make (who the viewer is, the deadlines). The
 * storefront shows a button only when its flag is true.
 */
import type { Database } from '@huigong/db';
import type { Viewer } from '../accounts/viewer.ts';
import { shanghaiToday } from '../common/dates.ts';
import { viewerCanType } from '../common/transitions.ts';
import { isCompetitionStaff } from './access.ts';
import { eligibilityRefusal, type CompetitionRow } from './competition.service.ts';
import {
  cancellationClosed,
  entryLifecycle,
  eventLifecycle,
  eventState,
  participantLifecycle,
  teamFormationClosed,
  type EntryRow,
  type ParticipantStatus,
} from './lifecycle.ts';

interface Who {
  db: Database;
  viewer: Viewer | null;
}

export const CompetitionEntryViewerCanRef = viewerCanType('CompetitionEntryViewerCan', {
  cancel: '可取消报名（或退出候补、放弃递补）：本人或队长，已占名额的须在自行取消截止前。',
  acceptOffer: '可确认递补名额：本人或队长，须在确认期限前。',
  invite: '可邀请队员：团体项目的队长，组队截止前。',
  leaveTeam: '可退出队伍：已加入的队员，组队截止前。',
  withdraw: '可撤销这份报名：主办工会工作人员，成绩公布前。',
  move: '可调整候补顺序：主办工会工作人员，报名在候补名单中。',
  recordScore: '可录入成绩：主办工会工作人员，参赛者已签到且成绩未公布。',
});

export const CompetitionEventViewerCanRef = viewerCanType('CompetitionEventViewerCan', {
  register: '可报名：会员、符合报名条件、在报名期内（团体项目在组队截止前），且在本项目没有有效报名。',
  checkIn: '可凭签到码为参赛者签到：主办工会工作人员。',
  changeCapacity: '可调整名额：主办工会工作人员。',
  publishResults: '可公布成绩：主办工会工作人员，成绩尚未公布。',
});

export const CompetitionParticipantViewerCanRef = viewerCanType('CompetitionParticipantViewerCan', {
  accept: '可接受组队邀请：被邀请的本人，队伍仍有效且在组队截止前。',
  decline: '可拒绝组队邀请：被邀请的本人。',
});

interface EntryForViewer {
  status: EntryRow['status'];
  kind: EntryRow['kind'];
  competitionId: string;
  registrantMemberId: string;
  checkedInAt: Date | null;
  offerExpiresAt: Date | null;
  event: { minTeamSize: number | null; teamFormationDeadline: Date | null; resultsPublishedAt: Date | null };
  competition: Pick<CompetitionRow, 'cancellationDeadline'>;
  participants: { memberId: string; role: string; status: ParticipantStatus }[];
}

export async function entryViewerCan(entry: EntryForViewer, { db, viewer }: Who) {
  const memberId = viewer?.member?.id;
  const owner = memberId !== undefined && entry.registrantMemberId === memberId;
  const teamMember = entry.participants.some((p) => p.memberId === memberId && p.role === 'member' && p.status === 'accepted');
  const staff = await isCompetitionStaff(db, viewer, { competitionId: entry.competitionId });
  const now = new Date();
  const teamOpen = entry.kind === 'team' && !teamFormationClosed(entry.event, now);
  const accepted = entry.participants.filter((p) => p.status === 'accepted').length;
  const formed = entry.kind === 'individual' || accepted >= (entry.event.minTeamSize ?? 1);
  return entryLifecycle.viewerCan(entry.status, {
    cancel: owner && !cancellationClosed(entry, entry.competition),
    acceptOffer:
      owner && entry.offerExpiresAt !== null && entry.offerExpiresAt > now && (formed || !teamFormationClosed(entry.event, now)),
    invite: owner && teamOpen,
    leaveTeam: teamMember && teamOpen,
    // The service still accepts a withdrawal after results are out (certificates stay issued);
    // the storefront has never offered it then, and viewerCan keeps it that way.
    withdraw: staff && entry.event.resultsPublishedAt === null,
    move: staff,
    recordScore: staff && entry.checkedInAt !== null && entry.event.resultsPublishedAt === null,
  });
}

export async function eventViewerCan(
  event: { id: string; kind: string; resultsPublishedAt: Date | null; teamFormationDeadline: Date | null; competition: CompetitionRow },
  { db, viewer }: Who,
  registeredHere: (memberId: string) => Promise<boolean>,
) {
  const state = eventState(event, event.competition, shanghaiToday());
  const staff = await isCompetitionStaff(db, viewer, { competitionId: event.competition.id });
  const memberId = viewer?.member?.id;
  const mayRegister =
    memberId !== undefined &&
    eventLifecycle.can(state, 'register') &&
    !teamFormationClosed(event) &&
    (await eligibilityRefusal(db, event.competition, memberId)) === null &&
    !(await registeredHere(memberId));
  return eventLifecycle.viewerCan(state, {
    register: mayRegister,
    checkIn: staff,
    changeCapacity: staff,
    publishResults: staff,
  });
}

export function participantViewerCan(
  participant: {
    memberId: string;
    status: ParticipantStatus;
    entry: Pick<EntryRow, 'status'> & { event: { teamFormationDeadline: Date | null } };
  },
  { viewer }: Pick<Who, 'viewer'>,
) {
  const own = viewer?.member?.id === participant.memberId;
  return participantLifecycle.viewerCan(participant.status, {
    accept: own && entryLifecycle.can(participant.entry.status, 'joinTeam') && !teamFormationClosed(participant.entry.event),
    decline: own,
    leave: false,
  });
}
