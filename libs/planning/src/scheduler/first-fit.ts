import { SLOT_MASK } from './calendar';
import { nextSessionKey } from './construct';
import type { DraftSchedule, SchedulingProblem } from './problem';
import { draftOf } from './schedule';
import { type Course, type Need, type Session, Timetable } from './timetable';

/**
 * The spreadsheet method, as a baseline for the bench: take requests in the order they came, put
 * each person in the first session of their course that has a seat and suits them, or else open
 * a session at the first day, slot and trainer that are free, in the first free room that seats a
 * full group (or any big enough for the minimum). Sessions that end below their
 * minimum group are cancelled. It keeps every hard rule (it uses the same checks), so only the
 * quality of the timetable differs from `schedule`.
 */
export function firstFit(problem: SchedulingProblem): DraftSchedule {
  const tt = new Timetable(problem);
  const byCourse = new Map<Course, Session[]>();
  const noTime = new Set<Course>();
  for (const need of tt.needs) {
    const sessions = byCourse.get(need.course) ?? [];
    byCourse.set(need.course, sessions);
    const existing = sessions.find((s) => !tt.blocker(s, need));
    if (existing) {
      tt.seat(existing, need);
      continue;
    }
    if (noTime.has(need.course)) continue;
    const opened = openFirst(tt, need);
    if (opened === 'no time') noTime.add(need.course);
    else if (opened) sessions.push(opened);
  }
  for (const session of [...tt.sessions]) {
    if (session.invitees.length < session.course.input.minGroup) tt.close(session);
  }
  return draftOf(tt);
}

function openFirst(tt: Timetable, need: Need): Session | 'no time' | null {
  const { course } = need;
  let anyTime = false;
  for (let first = tt.earliest; first <= tt.end; first++) {
    const days = tt.partDays(course, first);
    if (!days) continue;
    for (const slot of course.slots) {
      const trainer = course.trainers.find((t) => tt.trainerFree(t, days, SLOT_MASK[slot]));
      if (!trainer) continue;
      const free = tt.rooms.filter(
        (r) => r.input.capacity >= course.input.minGroup && tt.roomFree(r, days, SLOT_MASK[slot]),
      );
      const room = course.input.virtual
        ? null
        : (free.find((r) => r.input.capacity >= course.input.maxGroup) ?? free[0]);
      if (room === undefined) continue;
      anyTime = true;
      const session = tt.session(nextSessionKey(), course, trainer, room, days, slot);
      if (tt.blocker(session, need)) continue;
      tt.open(session);
      tt.seat(session, need);
      return session;
    }
  }
  return anyTime ? null : 'no time';
}
