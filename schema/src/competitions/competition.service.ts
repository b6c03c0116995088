import {
  competitionEvents,
  competitionPrizes,
  competitions,
  memberSkillCertificates,
  uniqueViolation,
  type Database,
} from '@huigong/db';
import { and, eq, gte } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { NotEligible, SkillCertificateTaken, type EligibilityRefusal } from './errors.ts';

export type CompetitionLevel = 'enterprise' | 'district' | 'city' | 'province' | 'national';
export type SkillLevel = 'junior' | 'intermediate' | 'senior' | 'technician' | 'senior_technician';
export type EventKind = 'individual' | 'team';

export type CompetitionRow = typeof competitions.$inferSelect;
export type CompetitionEventRow = typeof competitionEvents.$inferSelect;

/** Completed years between two YYYY-MM-DD dates. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export interface PrizeInput {
  tier: number;
  name: string;
  quantity: number;
}

export interface EventInput {
  name: string;
  kind: EventKind;
  capacity: number;
  minTeamSize?: number | null;
  maxTeamSize?: number | null;
  teamFormationDeadline?: Date | null;
  prizes: PrizeInput[];
}

export interface CreateCompetitionInput {
  title: string;
  trade: string;
  level: CompetitionLevel;
  organizerUnionId: string;
  registrationOpensOn: string;
  registrationClosesOn: string;
  cancellationDeadline: Date;
  startsOn: string;
  endsOn: string;
  venue?: string | null;
  isOnline: boolean;
  minAge?: number | null;
  maxAge?: number | null;
  requiredSkillLevel?: SkillLevel | null;
  offerHoldHours?: number | null;
  events: EventInput[];
}

/** Checks that need more than one field; zod handles the single-field rules. */
function validateCompetition(input: CreateCompetitionInput): void {
  const at = (...path: (string | number)[]) => ['input', ...path.map(String)];
  if (input.registrationClosesOn < input.registrationOpensOn) {
    throw fieldError(at('registrationClosesOn'), 'BEFORE_OPENING', '报名截止日期不能早于报名开始日期');
  }
  if (input.startsOn < input.registrationOpensOn) {
    throw fieldError(at('startsOn'), 'BEFORE_REGISTRATION', '比赛日期不能早于报名开始日期');
  }
  if (input.endsOn < input.startsOn) {
    throw fieldError(at('endsOn'), 'BEFORE_START', '比赛结束日期不能早于开始日期');
  }
  if (!input.isOnline && !input.venue) {
    throw fieldError(at('venue'), 'REQUIRED', '线下比赛须填写比赛地点');
  }
  if (input.minAge != null && input.maxAge != null && input.maxAge < input.minAge) {
    throw fieldError(at('maxAge'), 'BELOW_MIN_AGE', '最高年龄不能小于最低年龄');
  }
  input.events.forEach((event, i) => {
    if (event.kind === 'team') {
      if (event.minTeamSize == null || event.minTeamSize < 2) {
        throw fieldError(at('events', i, 'minTeamSize'), 'TOO_SMALL', '团体项目每队至少 2 人');
      }
      if (event.maxTeamSize == null || event.maxTeamSize < event.minTeamSize) {
        throw fieldError(at('events', i, 'maxTeamSize'), 'BELOW_MIN_TEAM_SIZE', '每队人数上限不能小于下限');
      }
      if (!event.teamFormationDeadline) {
        throw fieldError(at('events', i, 'teamFormationDeadline'), 'REQUIRED', '团体项目须设定组队截止时间');
      }
    } else if (event.minTeamSize != null || event.maxTeamSize != null || event.teamFormationDeadline != null) {
      throw fieldError(at('events', i, 'kind'), 'NOT_A_TEAM_EVENT', '个人项目不设队伍人数与组队截止时间');
    }
    const tiers = new Set<number>();
    event.prizes.forEach((prize, j) => {
      if (tiers.has(prize.tier)) {
        throw fieldError(at('events', i, 'prizes', j, 'tier'), 'DUPLICATE_TIER', '同一项目的奖项等级不能重复');
      }
      tiers.add(prize.tier);
    });
  });
}

export async function createCompetition(
  db: Database,
  actorUserId: string,
  input: CreateCompetitionInput,
): Promise<CompetitionRow> {
  validateCompetition(input);
  return db.transaction(async (tx) => {
    const organizer = await tx.query.unions.findFirst({ where: { id: input.organizerUnionId }, columns: { id: true } });
    if (!organizer) throw fieldError(['input', 'organizer'], 'NOT_FOUND', '主办工会不存在');
    const [competition] = await tx
      .insert(competitions)
      .values({
        title: input.title,
        trade: input.trade,
        level: input.level,
        organizerUnionId: input.organizerUnionId,
        registrationOpensOn: input.registrationOpensOn,
        registrationClosesOn: input.registrationClosesOn,
        cancellationDeadline: input.cancellationDeadline,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        venue: input.venue ?? null,
        isOnline: input.isOnline,
        minAge: input.minAge ?? null,
        maxAge: input.maxAge ?? null,
        requiredSkillLevel: input.requiredSkillLevel ?? null,
        offerHoldHours: input.offerHoldHours ?? 48,
        createdByUserId: actorUserId,
      })
      .returning();
    if (!competition) throw new Error('insert into competitions returned no row');
    for (const event of input.events) {
      const [row] = await tx
        .insert(competitionEvents)
        .values({
          competitionId: competition.id,
          name: event.name,
          kind: event.kind,
          capacity: event.capacity,
          minTeamSize: event.kind === 'team' ? (event.minTeamSize ?? null) : null,
          maxTeamSize: event.kind === 'team' ? (event.maxTeamSize ?? null) : null,
          teamFormationDeadline: event.kind === 'team' ? (event.teamFormationDeadline ?? null) : null,
        })
        .returning({ id: competitionEvents.id });
      if (event.prizes.length > 0) {
        await tx.insert(competitionPrizes).values(event.prizes.map((prize) => ({ ...prize, eventId: row!.id })));
      }
    }
    await recordAudit(tx, {
      actorUserId,
      action: 'competition.created',
      subjectType: 'competition',
      subjectId: competition.id,
      toState: 'open',
      data: { title: input.title, events: input.events.length },
    });
    return competition;
  });
}

/**
 * The reason `memberId` may not enter `competition`, or null when eligible. Eligibility reads
 * facts that do not race with registration (union, birth date, certificates), so a plain read is fine.
 */
export async function eligibilityRefusal(
  db: Database,
  competition: Pick<CompetitionRow, 'organizerUnionId' | 'minAge' | 'maxAge' | 'startsOn' | 'trade' | 'requiredSkillLevel'>,
  memberId: string | null | undefined,
): Promise<EligibilityRefusal | null> {
  if (!memberId) return 'NOT_A_MEMBER';
  const member = await db.query.members.findFirst({
    where: { id: memberId },
    columns: { birthDate: true },
    with: { union: { columns: { path: true } } },
  });
  if (!member) return 'NOT_A_MEMBER';
  const organizer = await db.query.unions.findFirst({
    where: { id: competition.organizerUnionId },
    columns: { path: true },
  });
  if (!organizer || !member.union.path.startsWith(organizer.path)) return 'OUTSIDE_ORGANIZER';
  if (competition.minAge != null || competition.maxAge != null) {
    if (!member.birthDate) return 'BIRTH_DATE_UNKNOWN';
    const age = ageOn(member.birthDate, competition.startsOn);
    if (competition.minAge != null && age < competition.minAge) return 'TOO_YOUNG';
    if (competition.maxAge != null && age > competition.maxAge) return 'TOO_OLD';
  }
  if (competition.requiredSkillLevel) {
    const [held] = await db
      .select({ id: memberSkillCertificates.id })
      .from(memberSkillCertificates)
      .where(
        and(
          eq(memberSkillCertificates.memberId, memberId),
          eq(memberSkillCertificates.trade, competition.trade),
          gte(memberSkillCertificates.level, competition.requiredSkillLevel),
        ),
      )
      .limit(1);
    if (!held) return 'SKILL_CERTIFICATE_REQUIRED';
  }
  return null;
}

export async function assertEligible(
  db: Database,
  competition: Parameters<typeof eligibilityRefusal>[1],
  memberId: string | null | undefined,
): Promise<void> {
  const refusal = await eligibilityRefusal(db, competition, memberId);
  if (refusal) throw new NotEligible(refusal);
}

export async function recordSkillCertificate(
  db: Database,
  actorUserId: string,
  input: { memberId: string; trade: string; level: SkillLevel; certificateNumber: string; issuedOn?: string | null },
) {
  return db.transaction(async (tx) => {
    try {
      const [row] = await tx
        .insert(memberSkillCertificates)
        .values({ ...input, issuedOn: input.issuedOn ?? null, recordedByUserId: actorUserId })
        .returning();
      await recordAudit(tx, {
        actorUserId,
        action: 'skill_certificate.recorded',
        subjectType: 'member',
        subjectId: input.memberId,
        data: { trade: input.trade, level: input.level, certificateNumber: input.certificateNumber },
      });
      return row!;
    } catch (error) {
      if (uniqueViolation(error)?.startsWith('member_skill_certificates_certificate_number')) {
        throw new SkillCertificateTaken();
      }
      throw error;
    }
  });
}
