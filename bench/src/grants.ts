/**
 * Craftsman-studio grants (工匠创新工作室资助): calls with two tiers and three criteria, applications
 * from craftsman members with budget lines that add up, and submitted expert reviews with scores.
 * A province names some sixty craftsmen a year; scale 1.0 holds 20 calls and 3,000 applications.
 * The runner signs in as the reviewers and as one union staff member per city running a call
 * (sessions with fixed tokens, written last so every other row stays as it was).
 */
import type { GenerationContext, GeneratorExtension } from './extensions.ts';
import type { Cell } from './writer.ts';
import { companyWords, competitionTrades, givenNameChars, surnames } from './words.ts';
import { GRANT_STAFF_PHONE_BASE, REVIEWER_PHONE_BASE, grantStaffToken, reviewerToken, tokenHash } from './fixtures.ts';

const DAY = 86_400_000;
const CRAFTSMAN_FEN = 5_000_000;
const MASTER_FEN = 25_000_000;

export const generateGrants: GeneratorExtension = async (ctx: GenerationContext) => {
  const { rng, now, write } = ctx;
  const callCount = Math.max(2, Math.round(20 * ctx.scale));
  const applicationCount = Math.max(20, Math.round(3_000 * ctx.scale));
  const reviewerCount = 20;
  const person = () => rng.pick(surnames) + rng.pick(givenNameChars) + rng.pick(givenNameChars);

  const reviewers: string[] = [];
  const reviewerUsers: Cell[][] = [];
  const reviewerGrants: Cell[][] = [];
  for (let i = 0; i < reviewerCount; i += 1) {
    const id = rng.uuid();
    reviewers.push(id);
    reviewerUsers.push([id, String(REVIEWER_PHONE_BASE + i), `${person()}（评审专家）`, 'x', new Date(now), new Date(now)]);
    reviewerGrants.push([rng.uuid(), id, 'grant_reviewer', new Date(now)]);
  }
  await write('users', ['id', 'phone', 'display_name', 'password_hash', 'created_at', 'updated_at'], reviewerUsers);
  await write('role_grants', ['id', 'user_id', 'role', 'created_at'], reviewerGrants);

  const calls: { id: string; tiers: [string, string]; criteria: string[]; approved: number; unionId: string; year: number }[] = [];
  const tierRows: Cell[][] = [];
  const criterionRows: Cell[][] = [];
  for (let c = 0; c < callCount; c += 1) {
    const city = ctx.cities[c % ctx.cities.length]!;
    const id = rng.uuid();
    const tiers: [string, string] = [rng.uuid(), rng.uuid()];
    tierRows.push([tiers[0], id, 0, '工匠创新工作室', CRAFTSMAN_FEN, CRAFTSMAN_FEN, 'craftsman', false]);
    tierRows.push([tiers[1], id, 1, '大工匠创新工作室', MASTER_FEN, MASTER_FEN, 'master_craftsman', true]);
    const criteria = [rng.uuid(), rng.uuid(), rng.uuid()];
    const weights: [string, number][] = [['创新成果', 40], ['团队建设', 30], ['经费计划', 30]];
    weights.forEach(([name, weight], position) => criterionRows.push([criteria[position]!, id, position, name, '', weight]));
    calls.push({ id, tiers, criteria, approved: 0, unionId: city.id, year: 2025 + (c % 2) });
  }

  const applicationRows: Cell[][] = [];
  const budgetRows: Cell[][] = [];
  const reviewRows: Cell[][] = [];
  const scoreRows: Cell[][] = [];
  const taken = new Set<string>();
  for (let a = 0; a < applicationCount; a += 1) {
    const call = calls[a % calls.length]!;
    let member = 0;
    do member = ctx.sessions + rng.int(0, ctx.memberIds.length - ctx.sessions - 1);
    while (taken.has(`${call.id}:${member}`));
    taken.add(`${call.id}:${member}`);
    const master = rng.chance(0.15);
    const requested = master ? MASTER_FEN : CRAFTSMAN_FEN;
    const roll = rng.next();
    const status = roll < 0.1 ? 'draft' : roll < 0.3 ? 'submitted' : roll < 0.6 ? 'under_review' : roll < 0.8 ? 'approved' : 'rejected';
    const created = new Date(now - rng.int(10, 300) * DAY);
    const submitted = status === 'draft' ? null : new Date(created.getTime() + 2 * DAY);
    const decided = status === 'approved' || status === 'rejected' ? new Date(created.getTime() + 40 * DAY) : null;
    if (status === 'approved') call.approved += requested;
    const trade = rng.pick(competitionTrades).trade;
    const id = rng.uuid();
    const lead = person();
    applicationRows.push([
      id, call.id, master ? call.tiers[1] : call.tiers[0], ctx.memberIds[member]!, ctx.userIds[member]!, status,
      `${lead}${trade}创新工作室`, `${rng.pick(ctx.cities).name}${rng.pick(companyWords)}集团有限公司`, trade,
      JSON.stringify([{ name: lead, role: '领衔人' }, { name: person(), role: '技术骨干' }, { name: person(), role: '技术骨干' }]),
      requested, `围绕${trade}关键工序开展技术攻关，三年内形成可推广的操作法并培养青年技工。`,
      master ? ['major_breakthrough'] : [], master ? '主持完成省级重点技术攻关项目' : null, status !== 'draft',
      status === 'approved' ? requested : null, decided ? (status === 'approved' ? '评审得分优良，同意资助。' : '创新成果支撑不足。') : null,
      decided, submitted, created, decided ?? submitted ?? created,
    ]);
    const equipment = Math.round(requested * 0.6);
    budgetRows.push([rng.uuid(), id, 0, '设备购置', equipment], [rng.uuid(), id, 1, '培训与交流', requested - equipment]);
    if (status === 'under_review' || status === 'approved' || status === 'rejected') {
      for (const reviewer of rng.sample(reviewers, 2)) {
        const reviewId = rng.uuid();
        const done = status !== 'under_review' || rng.chance(0.5);
        reviewRows.push([reviewId, id, reviewer, reviewer, done ? 'submitted' : 'assigned', done ? '方案可行，建议资助。' : null, done ? new Date(created.getTime() + 20 * DAY) : null, new Date(created.getTime() + 10 * DAY)]);
        if (done) call.criteria.forEach((criterion, position) => scoreRows.push([rng.uuid(), reviewId, criterion, position, rng.int(2, 5)]));
      }
    }
  }
  await write(
    'grant_calls',
    ['id', 'union_id', 'title', 'description', 'opens_at', 'closes_at', 'budget_fen', 'approved_fen', 'reviewers_per_application', 'eligibility_conditions', 'qualifying_distinctions', 'required_documents', 'created_by_user_id', 'created_at', 'updated_at'],
    calls.map((call, c) => [
      call.id, call.unionId, `${call.year}年度工匠创新工作室资助（第${c + 1}批）`, '资助具有示范带动作用的工匠创新工作室。',
      new Date(now - 200 * DAY), new Date(now + 30 * DAY), Math.max(100_000_000, Math.ceil((call.approved * 1.25) / 1_000_000) * 1_000_000), call.approved, 2,
      JSON.stringify(['本省在职职工', '从事本工种十年以上', '近三年无违纪记录', '所在单位同意推荐', '具有带徒传技经历']),
      ['major_breakthrough', 'key_provincial_project', 'national_model_worker', 'national_skill_award'], JSON.stringify(['推荐表', '工作室方案']),
      reviewers[0]!, new Date(now - 210 * DAY), new Date(now - 210 * DAY),
    ]),
  );
  await write('grant_tiers', ['id', 'call_id', 'position', 'name', 'min_amount_fen', 'max_amount_fen', 'required_title', 'requires_distinction'], tierRows);
  await write('grant_criteria', ['id', 'call_id', 'position', 'name', 'description', 'weight'], criterionRows);
  await write(
    'grant_applications',
    ['id', 'call_id', 'tier_id', 'applicant_member_id', 'applicant_user_id', 'status', 'studio_name', 'enterprise', 'trade', 'team_members', 'requested_fen', 'plan', 'distinctions', 'distinction_note', 'eligibility_attested', 'approved_fen', 'decision_rationale', 'decided_at', 'submitted_at', 'created_at', 'updated_at'],
    applicationRows,
  );
  await write('grant_budget_lines', ['id', 'application_id', 'position', 'item', 'amount_fen'], budgetRows);
  await write('grant_reviews', ['id', 'application_id', 'reviewer_user_id', 'assigned_by_user_id', 'status', 'comment', 'submitted_at', 'created_at'], reviewRows);
  await write('grant_review_scores', ['id', 'review_id', 'criterion_id', 'position', 'score'], scoreRows);

  // Sessions for the runner: every reviewer, and one staff member of each union running a call.
  const sessionColumns = ['id', 'user_id', 'token_hash', 'created_at', 'expires_at', 'user_agent'];
  await write('sessions', sessionColumns, reviewers.map((id, i) => [rng.uuid(), id, tokenHash(reviewerToken(i)), new Date(now), new Date(now + 60 * DAY), 'huigong-bench']));
  const callUnions = [...new Set(calls.map((call) => call.unionId))];
  const staffUsers: Cell[][] = [];
  const staffGrants: Cell[][] = [];
  const staffSessions: Cell[][] = [];
  callUnions.forEach((unionId, i) => {
    const id = rng.uuid();
    const city = ctx.cities.find((c) => c.id === unionId)!;
    staffUsers.push([id, String(GRANT_STAFF_PHONE_BASE + i), `${person()}（${city.name}·资助项目）`, 'x', new Date(now), new Date(now)]);
    staffGrants.push([rng.uuid(), id, 'union_staff', unionId, new Date(now)]);
    staffSessions.push([rng.uuid(), id, tokenHash(grantStaffToken(i)), new Date(now), new Date(now + 60 * DAY), 'huigong-bench']);
  });
  await write('users', ['id', 'phone', 'display_name', 'password_hash', 'created_at', 'updated_at'], staffUsers);
  await write('role_grants', ['id', 'user_id', 'role', 'union_id', 'created_at'], staffGrants);
  await write('sessions', sessionColumns, staffSessions);
};
