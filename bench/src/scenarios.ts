/**
 * The load scenarios. Each has the GraphQL request a client sends and, for reads, the same answer
 * computed by hand-written SQL (baseline.ts). Variants are drawn up front from the generated data
 * so every request in a run asks something slightly different, as real traffic does.
 */
import type { Sql } from 'postgres';
import { BENCH_EVENT_ID, benchToken, globalId } from './fixtures.ts';
import { Random } from './random.ts';

/** Distinct lower-cased character pairs, as the database's text_bigrams() computes them. */
function bigrams(term: string): string[] {
  const chars = [...term.toLowerCase()];
  return [...new Set(chars.slice(0, -1).map((c, i) => c + chars[i + 1]))];
}

export interface RequestVariant {
  /** GraphQL variables (the baseline receives the same). */
  variables: Record<string, unknown>;
  token?: string;
}

export interface ScenarioData {
  sql: Sql;
  sessions: number;
  /** Open job postings, a sample. */
  openPostingIds: string[];
  /** City and district union ids. */
  regionIds: string[];
  /** Names of occupational categories, for text search. */
  searchWords: string[];
  trades: string[];
}

export interface Scenario {
  name: string;
  description: string;
  kind: 'read' | 'write';
  query: string;
  /** `level` is the index of the concurrency level, so write scenarios use fresh members per level. */
  variants(data: ScenarioData, level: number, rng: Random): RequestVariant[];
  /** Answers with the `data` the GraphQL server would return; counts its statements on `sql`. */
  baseline?: (sql: Sql, variables: Record<string, any>, token: string | undefined) => Promise<unknown>;
  /** Puts the scenario's target rows back before a run (write scenarios). */
  reset?: (sql: Sql, data: ScenarioData) => Promise<void>;
  /** Rows the write scenario created since its last reset (how many requests succeeded). */
  countWrites?: (sql: Sql) => Promise<number>;
}

const PAGE = 20;
/** Members a write scenario may use at one concurrency level. */
const WRITE_SLICE = 6000;

const cny = (amount: number) => ({ amount, currency: 'CNY' });

const JOB_SEARCH = /* GraphQL */ `
  query JobSearch($filter: JobPostingFilter, $first: Int) {
    jobPostings(filter: $filter, first: $first) {
      totalCount
      pageInfo { hasNextPage }
      nodes {
        id title category employmentType datePosted
        salary { min { amount currency } max { amount currency } }
        employer { id name }
        region { name }
      }
    }
  }`;

async function jobSearchBaseline(sql: Sql, v: Record<string, any>) {
  const first: number = v.first ?? PAGE;
  const text: string | undefined = v.filter?.text;
  const region: string | undefined = v.filter?.region;
  const regionId = region ? Buffer.from(region, 'base64').toString().split(':')[1] : undefined;
  const path = regionId ? (await sql`select path from unions where id = ${regionId}`)[0]?.path ?? '/none/' : undefined;
  const where = sql`p.status = 'published' and p.valid_through > now()
    ${text ? sql`and (p.title || ' ' || p.category || ' ' || p.description) ilike ${'%' + text + '%'}` : sql``}
    ${text && bigrams(text).length ? sql`and text_bigrams(p.title || ' ' || p.category || ' ' || p.description) @> ${bigrams(text)}::text[]` : sql``}
    ${path ? sql`and p.location_path like ${path + '%'}` : sql``}`;
  const [rows, [count]] = await Promise.all([
    sql`select p.id, p.title, p.category, p.employment_type, p.date_posted, p.salary_min_fen, p.salary_max_fen,
          e.id as employer_id, e.name as employer_name, u.name as region_name
        from job_postings p join employers e on e.id = p.employer_id join unions u on u.id = p.location_union_id
        where ${where} order by p.date_posted desc, p.id desc limit ${first + 1}`,
    sql`select count(*)::int as n from job_postings p where ${where}`,
  ]);
  return {
    jobPostings: {
      totalCount: count!.n,
      pageInfo: { hasNextPage: rows.length > first },
      nodes: rows.slice(0, first).map((r) => ({
        id: globalId('JobPosting', r.id),
        title: r.title,
        category: r.category,
        employmentType: r.employment_type,
        datePosted: r.date_posted.toISOString(),
        salary: { min: cny(r.salary_min_fen), max: cny(r.salary_max_fen) },
        employer: { id: globalId('Employer', r.employer_id), name: r.employer_name },
        region: { name: r.region_name },
      })),
    },
  };
}

const COMPETITIONS = /* GraphQL */ `
  query Competitions($trade: String, $first: Int) {
    competitions(trade: $trade, first: $first) {
      nodes {
        id title trade level startsOn registrationOpensOn registrationClosesOn
        organizer { name }
        events(first: 5) { totalCount nodes { id name capacity seatsTaken prizes { tier name quantity } } }
      }
    }
  }`;

async function competitionsBaseline(sql: Sql, v: Record<string, any>) {
  const first: number = v.first ?? 10;
  const competitions = await sql`
    select c.id, c.title, c.trade, c.level, c.starts_on::text, c.registration_opens_on::text, c.registration_closes_on::text,
      u.name as organizer_name
    from competitions c join unions u on u.id = c.organizer_union_id
    where ${v.trade ? sql`c.trade = ${v.trade}` : sql`true`}
    order by c.starts_on desc, c.id asc limit ${first}`;
  const ids = competitions.map((c) => c.id);
  const events = ids.length
    ? await sql`
      select e.competition_id, e.id, e.name, e.capacity, e.total,
        (select count(*)::int from competition_entries ce where ce.event_id = e.id and ce.status in ('forming', 'confirmed', 'offered')) as seats_taken,
        coalesce((select json_agg(json_build_object('tier', p.tier, 'name', p.name, 'quantity', p.quantity) order by p.tier)
          from competition_prizes p where p.event_id = e.id), '[]') as prizes
      from (select e.*, row_number() over w as n, count(*) over (partition by e.competition_id)::int as total
            from competition_events e where e.competition_id in ${sql(ids)}
            window w as (partition by e.competition_id order by e.created_at, e.id)) e
      where e.n <= 5 order by e.competition_id, e.n`
    : [];
  return {
    competitions: {
      nodes: competitions.map((c) => {
        const own = events.filter((e) => e.competition_id === c.id);
        return {
          id: globalId('Competition', c.id),
          title: c.title,
          trade: c.trade,
          level: c.level.toUpperCase(),
          startsOn: c.starts_on,
          registrationOpensOn: c.registration_opens_on,
          registrationClosesOn: c.registration_closes_on,
          organizer: { name: c.organizer_name },
          events: {
            totalCount: own[0]?.total ?? 0,
            nodes: own.map((e) => ({
              id: globalId('CompetitionEvent', e.id),
              name: e.name,
              capacity: e.capacity,
              seatsTaken: e.seats_taken,
              prizes: e.prizes,
            })),
          },
        };
      }),
    },
  };
}

const ME = /* GraphQL */ `
  query Me {
    me { id displayName member { cardNumber realName isHardship union { name } } }
  }`;

async function meBaseline(sql: Sql, _v: Record<string, any>, token: string | undefined) {
  if (!token) return { me: null };
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256').update(token).digest('base64url');
  const [row] = await sql`
    select u.id, u.display_name, m.card_number, m.real_name, m.is_hardship, un.name as union_name
    from sessions s join users u on u.id = s.user_id
      left join members m on m.user_id = u.id left join unions un on un.id = m.union_id
    where s.token_hash = ${hash} and s.revoked_at is null and s.expires_at > now()`;
  if (!row) return { me: null };
  return {
    me: {
      id: globalId('User', row.id),
      displayName: row.display_name,
      member: row.card_number
        ? { cardNumber: row.card_number, realName: row.real_name, isHardship: row.is_hardship, union: { name: row.union_name } }
        : null,
    },
  };
}

const APPLY = /* GraphQL */ `
  mutation Apply($input: ApplyForJobInput!) {
    applyForJob(input: $input) {
      __typename
      ... on ApplyForJobSuccess { application { id status } }
      ... on Error { code }
    }
  }`;

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterForCompetitionEventInput!) {
    registerForCompetitionEvent(input: $input) {
      __typename
      ... on RegisterForCompetitionEventSuccess { entry { id status } }
      ... on Error { code }
    }
  }`;

/** Session members [level * WRITE_SLICE, ...) of the first `sessions`, so each level meets fresh members. */
function writeMembers(data: ScenarioData, level: number): number[] {
  const start = (level * WRITE_SLICE) % data.sessions;
  const n = Math.min(WRITE_SLICE, data.sessions);
  return Array.from({ length: n }, (_, i) => (start + i) % data.sessions);
}

export const scenarios: Scenario[] = [
  {
    name: 'job-search-text',
    description: '公开岗位搜索：中文关键词，20 条，含单位与地区',
    kind: 'read',
    query: JOB_SEARCH,
    variants: (d, _l, rng) => Array.from({ length: 200 }, () => ({ variables: { filter: { text: rng.pick(d.searchWords) }, first: PAGE } })),
    baseline: jobSearchBaseline,
  },
  {
    name: 'job-search-region',
    description: '公开岗位搜索：按市/区，最新在前，20 条',
    kind: 'read',
    query: JOB_SEARCH,
    variants: (d, _l, rng) =>
      Array.from({ length: 200 }, () => ({ variables: { filter: { region: globalId('Union', rng.pick(d.regionIds)) }, first: PAGE } })),
    baseline: jobSearchBaseline,
  },
  {
    name: 'competitions-with-events',
    description: '技能竞赛列表（按工种）：10 场，各含项目、已占名额与奖项',
    kind: 'read',
    query: COMPETITIONS,
    variants: (d, _l, rng) => Array.from({ length: 100 }, () => ({ variables: { trade: rng.pick(d.trades), first: 10 } })),
    baseline: competitionsBaseline,
  },
  {
    name: 'me',
    description: '当前会员（会话令牌）：账号、会员卡与所属工会',
    kind: 'read',
    query: ME,
    variants: (d, _l, rng) => Array.from({ length: 500 }, () => ({ variables: {}, token: benchToken(rng.int(0, d.sessions - 1)) })),
    baseline: meBaseline,
  },
  {
    name: 'apply-for-job',
    description: '会员投递岗位（每个请求不同会员与岗位）',
    kind: 'write',
    query: APPLY,
    variants: (d, level, rng) =>
      writeMembers(d, level).map((m) => ({
        variables: { input: { posting: globalId('JobPosting', rng.pick(d.openPostingIds)), note: '本人有相关工作经验' } },
        token: benchToken(m),
      })),
    reset: async (sql, d) => {
      await sql`delete from job_applications a using sessions s
        where s.user_agent = 'huigong-bench' and a.applicant_user_id = s.user_id`;
      void d;
    },
    countWrites: async (sql) =>
      (await sql`select count(*)::int as n from job_applications a join sessions s on s.user_id = a.applicant_user_id and s.user_agent = 'huigong-bench'`)[0]!.n,
  },
  {
    name: 'register-competition',
    description: '报名同一比赛项目（全省会员争抢同一项目的名额锁）',
    kind: 'write',
    query: REGISTER,
    variants: (d, level) =>
      writeMembers(d, level).map((m) => ({ variables: { input: { event: globalId('CompetitionEvent', BENCH_EVENT_ID) } }, token: benchToken(m) })),
    reset: async (sql) => {
      await sql`delete from competition_participants where event_id = ${BENCH_EVENT_ID}`;
      await sql`delete from competition_entries where event_id = ${BENCH_EVENT_ID}`;
    },
    countWrites: async (sql) => (await sql`select count(*)::int as n from competition_entries where event_id = ${BENCH_EVENT_ID}`)[0]!.n,
  },
];
