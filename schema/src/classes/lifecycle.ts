import type { classCourses, classEnrolments } from '@huigong/db';
import { transitionTable } from '../common/transitions.ts';

export type EnrolmentRow = typeof classEnrolments.$inferSelect;
export type CourseRow = typeof classCourses.$inferSelect;
export type EnrolmentStatus = EnrolmentRow['status'];
export type CourseStatus = CourseRow['status'];

export const ENROLMENT_STATUS_LABELS: Record<EnrolmentStatus, string> = {
  confirmed: '已录取',
  waiting: '候补中',
  offered: '候补递补，待确认',
  cancelled: '已取消',
  lapsed: '递补未确认，已过期',
};

export const COURSE_STATUS_LABELS: Record<CourseStatus, string> = {
  scheduled: '招生中',
  started: '已开班',
  finished: '已结业',
};

/** The statuses that hold a seat: counted under the course lock against the capacity. */
export const SEAT_HOLDING: EnrolmentStatus[] = ['confirmed', 'offered'];

export const enrolmentLifecycle = transitionTable<EnrolmentStatus, 'cancel' | 'acceptOffer' | 'lapse' | 'offer'>({
  what: '报名',
  labels: ENROLMENT_STATUS_LABELS,
  actions: {
    cancel: { from: ['confirmed', 'waiting', 'offered'], to: 'cancelled' },
    acceptOffer: { from: ['offered'], to: 'confirmed' },
    lapse: { from: ['offered'], to: 'lapsed' },
    offer: { from: ['waiting'], to: 'offered' },
  },
});

export const courseLifecycle = transitionTable<CourseStatus, 'enrol' | 'start' | 'finish' | 'callRoll' | 'claimSubsidy'>({
  what: '班级',
  labels: COURSE_STATUS_LABELS,
  actions: {
    enrol: { from: ['scheduled', 'started'], to: 'scheduled' },
    start: { from: ['scheduled'], to: 'started' },
    finish: { from: ['started'], to: 'finished' },
    callRoll: { from: ['started'], to: 'started' },
    claimSubsidy: { from: ['started', 'finished'], to: 'finished' },
  },
});
