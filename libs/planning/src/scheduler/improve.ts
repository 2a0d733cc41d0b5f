import { construct } from './construct';
import { seededRandom } from './seeded-random';
import type { Course, Need, Session, Timetable } from './timetable';
import { drain } from './steps';

/**
 * What opening a session costs the objective: ten desirable places, or one essential. A session
 * that adds fewer than ten people who only asked for the course is not worth a trainer's half-day
 * (fewest sessions); one that seats two or more with an essential need always is. Trainers' time
 * is what limits the term, so each session kept is a part some other course could not have: on the
 * bench, 1,000 gives about 0.4% fewer people served than 300 for 1% fewer sessions, and beats first
 * fit on both; 1,500 drops below it on people served (decision 0055).
 */
export const SESSION_COST = 1000;

export function objective(tt: Timetable): number {
  return tt.seatedValue - SESSION_COST * tt.sessions.size;
}

function sessionsByCourse(tt: Timetable): Map<number, Session[]> {
  const byCourse = new Map<number, Session[]>();
  for (const s of tt.sessions) byCourse.set(s.course.index, [...(byCourse.get(s.course.index) ?? []), s]);
  return byCourse;
}

/** Seats unserved people in open seats of sessions already planned (of these courses), nearest first. */
export function fill(tt: Timetable, courses?: ReadonlySet<Course>): void {
  const byCourse = sessionsByCourse(tt);
  const unserved = (courses ? [...courses].flatMap((c) => c.needs) : tt.needs)
    .filter((n) => !n.session)
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  for (const need of unserved) {
    const target = nearestOpen(tt, need, byCourse.get(need.course.index) ?? [], null);
    if (target) tt.seat(target, need);
  }
}

function nearestOpen(tt: Timetable, need: Need, sessions: Session[], than: number | null): Session | null {
  let best: Session | null = null;
  for (const s of sessions) {
    const km = tt.distance(need.person, s.site);
    if (than !== null && km >= than) continue;
    if (best && km >= tt.distance(need.person, best.site)) continue;
    if (!tt.blocker(s, need)) best = s;
  }
  return best;
}

/** Moves people to a nearer session of the same course where one has room for them. */
export function relocate(tt: Timetable): void {
  const byCourse = sessionsByCourse(tt);
  for (const session of [...tt.sessions]) {
    if (session.pinned) continue;
    for (const need of [...session.invitees]) {
      // A session never drops below its minimum group (consolidate closes sessions whole).
      if (session.invitees.length <= session.course.input.minGroup) break;
      const here = tt.distance(need.person, session.site);
      if (here === 0) continue;
      tt.unseat(session, need);
      const nearer = nearestOpen(tt, need, byCourse.get(need.course.index) ?? [], here);
      tt.seat(nearer ?? session, need);
    }
  }
}

/**
 * Seats unserved people in full sessions by moving someone already seated there to another session
 * of the same course with a free seat they can take (an augmenting path of length two): more
 * people served by the same sessions. Fill alone cannot, when the free seats are on days the
 * unserved cannot be released but someone in a full session can. Each seat is checked in turn, so
 * no rule is broken; pinned sessions keep their people.
 */
export function reseat(tt: Timetable, courses?: ReadonlySet<Course>): void {
  const byCourse = sessionsByCourse(tt);
  const unserved = (courses ? [...courses].flatMap((c) => c.needs) : tt.needs)
    .filter((n) => !n.session)
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  for (const need of unserved) {
    const sessions = byCourse.get(need.course.index) ?? [];
    if (!sessions.some((s) => s.invitees.length < s.capacity)) continue;
    for (const full of sessions) {
      if (full.pinned || tt.blocker(full, need) !== 'FULL' || tt.personallyBlocked(full, need)) continue;
      if (!swapInto(tt, full, need, sessions)) continue;
      break;
    }
  }
}

/** Moves one of the full session's people elsewhere so the need takes their seat; false if none can. */
function swapInto(tt: Timetable, full: Session, need: Need, sessions: Session[]): boolean {
  for (const other of [...full.invitees]) {
    tt.unseat(full, other);
    const target = sessions.find((s) => s !== full && s.invitees.length < s.capacity && !tt.blocker(s, other));
    if (target) {
      tt.seat(target, other);
      if (!tt.blocker(full, need)) {
        tt.seat(full, need);
        return true;
      }
      tt.unseat(target, other);
    }
    tt.seat(full, other);
  }
  return false;
}

/**
 * Closes the emptiest sessions whose people all fit into other sessions of the same course: fewer
 * sessions for the same people, and the trainer and room time freed goes back to construction.
 */
export function consolidate(tt: Timetable): void {
  const byCourse = sessionsByCourse(tt);
  const emptiestFirst = [...tt.sessions]
    .filter((s) => !s.pinned)
    .sort((a, b) => a.invitees.length / a.capacity - b.invitees.length / b.capacity);
  for (const session of emptiestFirst) {
    const others = (byCourse.get(session.course.index) ?? []).filter((s) => s !== session && tt.sessions.has(s));
    if (!others.length) continue;
    const moved: [Need, Session][] = [];
    for (const need of [...session.invitees]) {
      tt.unseat(session, need);
      const target = nearestOpen(tt, need, others, null);
      if (!target) {
        tt.seat(session, need);
        break;
      }
      tt.seat(target, need);
      moved.push([need, target]);
    }
    if (session.invitees.length) {
      for (const [need, target] of moved) {
        tt.unseat(target, need);
        tt.seat(session, need);
      }
    } else {
      tt.close(session);
    }
  }
}

export interface SearchLimits {
  deadline: number;
  iterations: number;
  seed: number;
}

/**
 * Large-neighbourhood search after construction: take a few unpinned sessions apart, rebuild with
 * the same greedy construction (its order shaken a little), fill and reseat, move people nearer and
 * close sessions no longer needed; keep the result only when the objective improves. Greedy choices
 * made early with little knowledge (a trainer's weeks filled with one-part sessions so that no
 * two-part course fits) are undone this way.
 */
export function improve(tt: Timetable, limits: SearchLimits): void {
  drain(improveSteps(tt, limits));
}

/** The search one round at a time, yielding the rounds done, so a caller can pause between them. */
export function* improveSteps(tt: Timetable, limits: SearchLimits): Generator<number> {
  const draw = seededRandom(limits.seed);
  const tidy = () => {
    fill(tt);
    consolidate(tt);
    construct(tt, limits.deadline);
    fill(tt);
  };
  tidy();
  let best = objective(tt);
  for (let i = 0; i < limits.iterations && Date.now() < limits.deadline; i++) {
    tt.mark();
    const taken = neighbourhood(tt, draw);
    for (const session of taken) tt.close(session);
    // Rebuild only what the freed trainers deliver: the rest of the term is as it was.
    const courses = new Set(tt.courses.filter((c) => taken.some((s) => c.trainers.includes(s.trainer))));
    construct(tt, limits.deadline, { noise: draw, courses });
    fill(tt, courses);
    reseat(tt, courses);
    const value = objective(tt);
    if (value > best) {
      best = value;
      tt.commit();
    } else {
      tt.rollback();
    }
    yield i + 1;
  }
  tidy();
  reseat(tt);
  relocate(tt);
  for (const session of [...tt.sessions]) tt.rightSize(session);
}

/**
 * What to take apart: either a few of the weakest sessions (least value per seat), or one
 * trainer's sessions over three weeks, which frees room to fit a two-part course across weeks.
 */
function neighbourhood(tt: Timetable, draw: () => number): Session[] {
  const unpinned = [...tt.sessions].filter((s) => !s.pinned);
  if (!unpinned.length) return [];
  if (draw() < 0.5) {
    return unpinned
      .map((s) => ({ s, score: s.invitees.reduce((v, n) => v + tt.value(n, s.site), 0) / s.capacity }))
      .sort((a, b) => a.score - b.score)
      .slice(0, 12)
      .filter(() => draw() < 0.4)
      .map(({ s }) => s);
  }
  const around = unpinned[Math.floor(draw() * unpinned.length)];
  return unpinned.filter((s) => s.trainer === around.trainer && s.days.some((d) => Math.abs(d - around.days[0]) <= 10));
}
