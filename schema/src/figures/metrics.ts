/**
 * Every figure of every programme: where its rows live, which union runs them, and which instant
 * places a row in a period. One list, so the figures query, the docs and the tests agree.
 *
 * A row is counted for the union that runs the programme it belongs to (the offer's reviewing
 * union, the employer's union, the competition's or fair's organizer, the grant call's union, the
 * union a hardship file / mutual-aid claim / rights case / congress session sits at), and rolled up
 * by path prefix: a union's figure is what its subtree holds.
 */
import { sql, type SQL } from 'drizzle-orm';

export const PROGRAMMES = ['discounts', 'jobs', 'competitions', 'grants', 'hardship', 'mutualAid', 'rights', 'congress'] as const;
export type Programme = (typeof PROGRAMMES)[number];

export interface Metric {
  programme: Programme;
  key: string;
  /** Chinese label (export headers and the dashboard). */
  label: string;
  /** True for amounts in fen. */
  money: boolean;
  description: string;
  /** Selects `path` (the running union's path), `at` (timestamptz) and `v` (the amount, 1 for a count). */
  source: SQL;
}

const shanghaiMidnight = (column: string) => sql.raw(`(${column}::timestamp at time zone 'Asia/Shanghai')`);

const m = (programme: Programme, key: string, label: string, money: boolean, description: string, source: SQL): Metric => ({
  programme,
  key,
  label,
  money,
  description,
  source,
});

export const METRICS: Metric[] = [
  m('discounts', 'merchants', '入驻商家', false, '期内申请入驻并已通过审核的普惠商家数（按申请时间，计入审核工会）。',
    sql`select u.path, x.created_at as at, 1 as v from merchants x join unions u on u.id = x.union_id where x.status = 'approved'`),
  m('discounts', 'offers', '上线优惠', false, '期内上线（首次发布）的优惠数（按发布时间）。',
    sql`select u.path, x.published_at as at, 1 as v from offers x join unions u on u.id = x.union_id where x.published_at is not null`),
  m('discounts', 'claims', '领取', false, '期内会员领取优惠的次数（按领取时间，含已取消和过期）。',
    sql`select u.path, c.created_at as at, 1 as v from offer_claims c join offers x on x.id = c.offer_id join unions u on u.id = x.union_id`),
  m('discounts', 'redemptions', '核销', false, '期内到店核销的次数（按核销时间）。',
    sql`select u.path, c.redeemed_at as at, 1 as v from offer_claims c join offers x on x.id = c.offer_id join unions u on u.id = x.union_id where c.redeemed_at is not null`),
  m('discounts', 'savingsFen', '会员节省', true,
    '期内核销为会员节省的金额（分）：满减为减免额，会员价和代金券为原价与会员价之差；折扣类优惠不知消费额，不计入。',
    sql`select u.path, c.redeemed_at as at,
          case x.kind when 'amount_off' then x.reduction_fen
                      when 'percentage_off' then 0
                      else x.regular_price_fen - x.member_price_fen end as v
        from offer_claims c join offers x on x.id = c.offer_id join unions u on u.id = x.union_id where c.redeemed_at is not null`),

  m('jobs', 'employers', '认证用人单位', false, '期内登记并已认证的用人单位数（按登记时间）。',
    sql`select u.path, x.created_at as at, 1 as v from employers x join unions u on u.id = x.union_id where x.status = 'verified'`),
  m('jobs', 'postings', '岗位', false, '期内创建并已提交的岗位数（不含草稿，按创建时间）。',
    sql`select u.path, p.created_at as at, 1 as v from job_postings p join employers x on x.id = p.employer_id join unions u on u.id = x.union_id where p.status <> 'draft'`),
  m('jobs', 'applications', '求职申请', false, '期内会员投递的求职申请数（按投递时间）。',
    sql`select u.path, a.created_at as at, 1 as v from job_applications a join employers x on x.id = a.employer_id join unions u on u.id = x.union_id`),
  m('jobs', 'hires', '录用', false, '期内录用的人数（申请状态为已录用，按状态变更时间）。',
    sql`select u.path, a.status_changed_at as at, 1 as v from job_applications a join employers x on x.id = a.employer_id join unions u on u.id = x.union_id where a.status = 'hired'`),
  m('jobs', 'fairs', '招聘会', false, '期内举办的招聘会场次（按举办日期，计入主办工会）。',
    sql`select f.organizer_path as path, ${shanghaiMidnight('f.fair_date')} as at, 1 as v from job_fairs f`),
  m('jobs', 'fairRegistrations', '招聘会报名', false, '期内招聘会报名人次（按报名时间，计入主办工会）。',
    sql`select f.organizer_path as path, r.created_at as at, 1 as v from job_fair_registrations r join job_fairs f on f.id = r.fair_id`),

  m('competitions', 'competitions', '技能竞赛', false, '期内开赛的竞赛数（按开赛日期，计入主办工会）。',
    sql`select u.path, ${shanghaiMidnight('x.starts_on')} as at, 1 as v from competitions x join unions u on u.id = x.organizer_union_id`),
  m('competitions', 'entries', '报名', false, '期内的竞赛报名数（个人或团队，含候补和已取消，按报名时间）。',
    sql`select u.path, e.created_at as at, 1 as v from competition_entries e join competitions x on x.id = e.competition_id join unions u on u.id = x.organizer_union_id`),
  m('competitions', 'seatsFilled', '占用名额', false, '期内报名且当前占有名额的报名数（组队中、已确认、候补递补待确认）。',
    sql`select u.path, e.created_at as at, 1 as v from competition_entries e join competitions x on x.id = e.competition_id join unions u on u.id = x.organizer_union_id
        where e.status in ('forming', 'confirmed', 'offered')`),
  m('competitions', 'certificates', '获奖证书', false, '期内颁发的获奖证书数（按颁发时间）。',
    sql`select u.path, c.issued_at as at, 1 as v from competition_certificates c join competition_entries e on e.id = c.entry_id
        join competitions x on x.id = e.competition_id join unions u on u.id = x.organizer_union_id`),

  m('grants', 'applications', '资助申请', false, '期内提交的资助申请数（按首次提交时间，计入项目所属工会）。',
    sql`select u.path, a.submitted_at as at, 1 as v from grant_applications a join grant_calls x on x.id = a.call_id join unions u on u.id = x.union_id where a.submitted_at is not null`),
  m('grants', 'approved', '批准', false, '期内批准的资助申请数（按决定时间）。',
    sql`select u.path, a.decided_at as at, 1 as v from grant_applications a join grant_calls x on x.id = a.call_id join unions u on u.id = x.union_id where a.status = 'approved'`),
  m('grants', 'approvedFen', '批准金额', true, '期内批准的资助金额（分，按决定时间）。',
    sql`select u.path, a.decided_at as at, a.approved_fen as v from grant_applications a join grant_calls x on x.id = a.call_id join unions u on u.id = x.union_id where a.status = 'approved'`),
  m('grants', 'paidFen', '已拨付', true, '期内已拨付的分期款（分，按拨付时间）。',
    sql`select u.path, t.paid_at as at, t.amount_fen as v from grant_tranches t join grant_applications a on a.id = t.application_id
        join grant_calls x on x.id = a.call_id join unions u on u.id = x.union_id where t.status = 'paid'`),
  m('grants', 'budgetFen', '项目预算', true, '期内开放申报的资助项目预算合计（分，按开放时间）。',
    sql`select u.path, x.opens_at as at, x.budget_fen as v from grant_calls x join unions u on u.id = x.union_id`),
  m('grants', 'budgetUsedFen', '预算已用', true, '上述项目中已批准占用的预算（分）。',
    sql`select u.path, x.opens_at as at, x.approved_fen as v from grant_calls x join unions u on u.id = x.union_id`),

  m('hardship', 'filesOpened', '困难职工建档', false, '期内新建的困难职工档案数（按建档时间，计入档案所在工会）。',
    sql`select f.union_path as path, f.created_at as at, 1 as v from hardship_files f`),
  m('hardship', 'aidPaid', '帮扶发放', false, '期内发放的帮扶笔数（按发放时间）。',
    sql`select a.union_path as path, a.paid_at as at, 1 as v from hardship_aid_applications a where a.status = 'paid'`),
  m('hardship', 'aidPaidFen', '帮扶金额', true, '期内发放的帮扶金额（分）。',
    sql`select a.union_path as path, a.paid_at as at, a.approved_fen as v from hardship_aid_applications a where a.status = 'paid'`),
  m('hardship', 'visits', '走访慰问', false, '期内走访慰问次数（按走访日期）。',
    sql`select v.union_path as path, ${shanghaiMidnight('v.visited_on')} as at, 1 as v from hardship_visits v`),

  m('mutualAid', 'claims', '互助理赔申请', false, '期内录入的医疗互助理赔申请数（按录入时间，计入会员所在工会）。',
    sql`select c.union_path as path, c.created_at as at, 1 as v from mutual_aid_claims c`),
  m('mutualAid', 'paid', '已给付', false, '期内给付的理赔笔数（按给付时间）。',
    sql`select c.union_path as path, c.paid_at as at, 1 as v from mutual_aid_claims c where c.status = 'paid'`),
  m('mutualAid', 'paidFen', '给付金额', true, '期内给付的互助金（分，按核定金额）。',
    sql`select c.union_path as path, c.paid_at as at, c.valuated_fen as v from mutual_aid_claims c where c.status = 'paid'`),

  m('rights', 'casesOpened', '维权受理', false,
    '期内受理的维权案件数（按受理时间，计入承办工会）。保密案件不计入本统计（其件数只在市级及以上的 rightsFigures 中）。',
    sql`select c.union_path as path, c.opened_at as at, 1 as v from rights_cases c where not c.confidential`),
  m('rights', 'casesClosed', '维权结案', false, '期内结案的非保密维权案件数（按结案时间）。',
    sql`select c.union_path as path, c.closed_at as at, 1 as v from rights_cases c where not c.confidential and c.closed_at is not null`),
  m('rights', 'recoveredFen', '追回金额', true, '期内结案的非保密案件追回的金额（分）。',
    sql`select c.union_path as path, c.closed_at as at, coalesce(c.recovered_fen, 0) as v from rights_cases c where not c.confidential and c.closed_at is not null`),

  m('congress', 'sessions', '职代会', false, '期内创建的职工代表大会会议数（按创建时间，计入召开会议的工会）。',
    sql`select s.union_path as path, s.created_at as at, 1 as v from congress_sessions s`),
  m('congress', 'published', '厂务公开', false, '期内闭幕并公开结果的会议数（按公开时间）。',
    sql`select s.union_path as path, s.published_at as at, 1 as v from congress_sessions s where s.published_at is not null`),
];

export const metricsOf = (programme: Programme) => METRICS.filter((x) => x.programme === programme);
