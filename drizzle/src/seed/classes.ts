import { eq } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { members, users } from '../accounts/tables.ts';
import { classAttendance, classCourses, classEnrolments, classIncidents, classSessions, classStaff } from '../classes/tables.ts';

const DAY = 24 * 3600_000;
const shanghaiDate = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Report 004: at the workers' cultural palace, photography and calligraphy courses of three months
 * with "每個班50人的招生名額,僅用一週時間就報滿了", free to members. Report 003: summer classes for
 * members' children, priority to migrant workers', single-parent and left-behind children, at least
 * one teacher and one or two volunteers per class, 70 % attendance for the subsidy.
 */
export async function seedClasses(tx: Database): Promise<void> {
  const unionOf = async (code: string) => (await tx.query.unions.findFirst({ where: { code }, columns: { id: true, path: true } }))!;
  const memberOf = async (phone: string) => {
    const [row] = await tx.select({ id: members.id, userId: users.id }).from(members).innerJoin(users, eq(users.id, members.userId)).where(eq(users.phone, phone));
    return row!;
  };
  const luoyang = await unionOf('410300');
  const jianxi = await unionOf('410305');
  const staffUser = await tx.query.users.findFirst({ where: { phone: '13800000101' }, columns: { id: true } });
  const now = Date.now();
  const weekly = (firstAt: number, n: number, topic: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => ({ startsAt: new Date(firstAt + i * 7 * DAY), endsAt: new Date(firstAt + i * 7 * DAY + 2 * 3600_000), topic: topic(i) }));

  const course = async (values: typeof classCourses.$inferInsert, sessions: { startsAt: Date; endsAt: Date; topic: string }[]) => {
    const [row] = await tx.insert(classCourses).values({ createdByUserId: staffUser?.id ?? null, ...values }).returning();
    const inserted = await tx.insert(classSessions).values(sessions.map((s) => ({ courseId: row!.id, ...s }))).returning({ id: classSessions.id });
    return { course: row!, sessions: inserted.map((s) => s.id) };
  };

  // 摄影: enrolment opened five days ago, classes start in ten days, twelve weekly sessions.
  const photoStart = now + 10 * DAY;
  const photo = await course(
    {
      unionId: luoyang.id, unionPath: luoyang.path, kind: 'training', audience: 'members',
      title: '摄影基础班（三个月）', description: '洛阳市工人文化宫免费培训：相机基础、构图、人像与风光。会员免费。',
      venue: '洛阳市工人文化宫 三楼 摄影教室', startsOn: shanghaiDate(new Date(photoStart)), endsOn: shanghaiDate(new Date(photoStart + 84 * DAY)),
      capacity: 50, enrolmentOpensAt: new Date(now - 5 * DAY), enrolmentClosesAt: new Date(now + 5 * DAY),
    },
    weekly(photoStart, 12, (i) => `第${i + 1}讲`),
  );
  // 书法: enrolment opens in three days at 09:00.
  const calligraphyStart = now + 20 * DAY;
  await course(
    {
      unionId: luoyang.id, unionPath: luoyang.path, kind: 'training', audience: 'members',
      title: '书法入门班（三个月）', description: '楷书基础，笔墨纸砚由文化宫提供。会员免费；困难职工家属亦免费。',
      venue: '洛阳市工人文化宫 二楼 书画室', startsOn: shanghaiDate(new Date(calligraphyStart)), endsOn: shanghaiDate(new Date(calligraphyStart + 84 * DAY)),
      capacity: 50, enrolmentOpensAt: new Date(now + 3 * DAY), enrolmentClosesAt: new Date(now + 10 * DAY),
    },
    weekly(calligraphyStart, 12, (i) => `第${i + 1}课`),
  );
  // A summer class of 涧西区, running now (the demo's clock is the day it is seeded).
  const summerStart = now - 14 * DAY;
  const summer = await course(
    {
      unionId: jianxi.id, unionPath: jianxi.path, kind: 'summer', audience: 'children',
      title: '职工子女暑托班（涧西区一期）', description: '双职工家庭小学阶段子女；农民工子女、单亲家庭子女、留守儿童优先。',
      venue: '涧西区工人文化宫 二楼', startsOn: shanghaiDate(new Date(summerStart)), endsOn: shanghaiDate(new Date(summerStart + 40 * DAY)),
      capacity: 40, minAge: 6, maxAge: 12, enrolmentOpensAt: new Date(summerStart - 30 * DAY), priorityUntil: new Date(summerStart - 27 * DAY),
      prioritySeatedAt: new Date(summerStart - 27 * DAY), enrolmentClosesAt: new Date(summerStart - 2 * DAY), feeFen: 30_000,
      minTeachers: 1, minVolunteers: 1, insurancePolicy: 'PICC-2026-LY-0388', subsidyFen: 3_000_000,
      status: 'started', startedAt: new Date(summerStart),
    },
    Array.from({ length: 6 }, (_, i) => ({ startsAt: new Date(summerStart + i * DAY + 9 * 3600_000), endsAt: new Date(summerStart + i * DAY + 16 * 3600_000), topic: `第${i + 1}天` })),
  );

  const wang = await memberOf('13900000001');
  const li = await memberOf('13900000002');
  const zhang = await memberOf('13900000003');
  await tx.insert(classEnrolments).values([
    { courseId: photo.course.id, unionId: luoyang.id, memberId: wang.id, attendeeKey: `m:${wang.id}`, status: 'confirmed', confirmedAt: new Date(now - 5 * DAY) },
    { courseId: photo.course.id, unionId: luoyang.id, memberId: li.id, attendeeKey: `m:${li.id}`, status: 'confirmed', confirmedAt: new Date(now - 5 * DAY) },
  ]);
  const guardians = (name: string, phone: string) => [`母亲|${name}|${phone}`];
  const kids = await tx
    .insert(classEnrolments)
    .values([
      {
        courseId: summer.course.id, unionId: jianxi.id, memberId: wang.id, attendeeKey: `c:${wang.id}:刘子涵:2016-09-12`, childName: '刘子涵', childBirthDate: '2016-09-12',
        school: '洛阳市涧西区东方红小学', guardians: guardians('王秀英', '13900000001'), status: 'confirmed', confirmedAt: new Date(summerStart - 29 * DAY),
        feeFen: 30_000, agreementAcceptedAt: new Date(summerStart - 29 * DAY), agreementVersion: '2026-summer-v1',
      },
      {
        courseId: summer.course.id, unionId: jianxi.id, memberId: zhang.id, attendeeKey: `c:${zhang.id}:郭小宝:2017-04-02`, childName: '郭小宝', childBirthDate: '2017-04-02',
        school: '洛阳市老城区西大街小学', guardians: guardians('张桂兰', '13900000003'), priorityGroup: 'single_parent', status: 'confirmed',
        confirmedAt: new Date(summerStart - 30 * DAY), feeFen: 0, hardshipWaiver: true, agreementAcceptedAt: new Date(summerStart - 30 * DAY), agreementVersion: '2026-summer-v1',
      },
    ])
    .returning({ id: classEnrolments.id, guardians: classEnrolments.guardians });
  const teacher = await tx.query.users.findFirst({ where: { phone: '13800000104' }, columns: { id: true } });
  await tx.insert(classStaff).values([
    { courseId: summer.course.id, role: 'teacher', name: '林娜', phone: '13800000104', userId: teacher?.id ?? null, createdByUserId: staffUser?.id ?? null },
    { courseId: summer.course.id, role: 'volunteer', name: '河南科技大学志愿者·赵晨', phone: '13911110001', createdByUserId: staffUser?.id ?? null },
  ]);
  const recorder = teacher?.id ?? staffUser!.id;
  for (const [i, sessionId] of summer.sessions.slice(0, 5).entries()) {
    await tx.update(classSessions).set({ rollCalledAt: new Date(summerStart + i * DAY + 9 * 3600_000) }).where(eq(classSessions.id, sessionId));
    for (const [k, kid] of kids.entries()) {
      const present = !(k === 1 && i === 2);
      await tx.insert(classAttendance).values({
        sessionId, enrolmentId: kid.id, courseId: summer.course.id, present, recordedByUserId: recorder,
        pickedUpBy: present ? kid.guardians[0]!.split('|')[1]! : null, pickedUpAt: present ? new Date(summerStart + i * DAY + 16 * 3600_000) : null,
      });
    }
  }
  await tx.insert(classIncidents).values({
    courseId: summer.course.id, unionId: jianxi.id, description: '午休时一名学生流鼻血，已处理并通知家长', occurredAt: new Date(summerStart + 1 * DAY + 13 * 3600_000),
    status: 'closed', resolution: '无大碍，家长已知悉', recordedByUserId: recorder, closedByUserId: staffUser?.id ?? null, closedAt: new Date(summerStart + 1 * DAY + 15 * 3600_000),
  });
}
