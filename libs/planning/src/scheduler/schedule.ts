import { dayNumber, isoDay, SLOT_MASK, SLOT_TIMES, ukDay } from './calendar';
import { constructSteps } from './construct';
import { fill, improveSteps } from './improve';
import {
  type DraftSchedule,
  NeedPriority,
  type PlannedSession,
  type SchedulingProblem,
  SchedulingInputError,
  type UnmetNeed,
  UnmetReason,
} from './problem';
import { type Blocker, type Course, type Need, POLICY_BLOCKERS, type Session, Timetable } from './timetable';

export interface ScheduleOptions {
  /** Stop improving after this long (construction always completes its current step). */
  timeLimitMs?: number;
  /** Rounds of destroy-and-rebuild after construction. */
  iterations?: number;
  seed?: number;
  /** Called with a fraction from 0 to 1 as the work goes on: the share of the time budget used. */
  onProgress?: (fraction: number) => void;
}

export interface AsyncScheduleOptions extends Omit<ScheduleOptions, 'onProgress'> {
  /** Called at most every `pauseEveryMs` and once at the end; the solver waits for it. */
  onProgress?: (fraction: number) => void | Promise<void>;
  /** How long the solver works before it lets the event loop run (default 50 ms). */
  pauseEveryMs?: number;
}

const PAUSE_EVERY_MS = 50;

/**
 * Proposes the term's timetable: greedy construction, then large-neighbourhood search.
 *
 * Why not an integer programme: no maintained MILP solver installs here without native or
 * WebAssembly binaries we do not ship, and the exact model (people × sessions × days × slots ×
 * rooms × trainers, with rolling 28-day windows) has tens of millions of variables for a
 * 5,000-person partnership, far beyond ten seconds. The greedy step is what a good workforce lead
 * does by hand — put the fullest, most essential session where most of its people work, on the day
 * most of them are free — and the local search repairs its short-sightedness. Every step goes
 * through the same checks, so no hard rule is ever broken, whatever the search does.
 */
export function schedule(problem: SchedulingProblem, options: ScheduleOptions = {}): DraftSchedule {
  const steps = solve(problem, options);
  let next = steps.next();
  while (!next.done) {
    options.onProgress?.(next.value);
    next = steps.next();
  }
  options.onProgress?.(1);
  return next.value;
}

/**
 * The same search, pausing every `pauseEveryMs` (between construction steps and search rounds) so
 * the process it runs in stays responsive: the worker's job keeps its lock and writes the progress
 * the console shows while the solver works (decision 0054). Same seed and rounds, same draft.
 */
export async function scheduleAsync(
  problem: SchedulingProblem,
  options: AsyncScheduleOptions = {},
): Promise<DraftSchedule> {
  const pauseEveryMs = options.pauseEveryMs ?? PAUSE_EVERY_MS;
  const steps = solve(problem, options);
  let paused = Date.now();
  let next = steps.next();
  while (!next.done) {
    if (Date.now() - paused >= pauseEveryMs) {
      await options.onProgress?.(next.value);
      await new Promise<void>((resolve) => setImmediate(resolve));
      paused = Date.now();
    }
    next = steps.next();
  }
  await options.onProgress?.(1);
  return next.value;
}

/** The solver step by step, yielding how much of its budget (time or rounds) it has used. */
function* solve(problem: SchedulingProblem, options: ScheduleOptions): Generator<number, DraftSchedule> {
  const started = Date.now();
  const budget = options.timeLimitMs ?? 8000;
  const deadline = started + budget;
  const iterations = options.iterations ?? 1000;
  const used = (rounds: number) => Math.min(1, Math.max((Date.now() - started) / budget, rounds / iterations));
  const tt = new Timetable(problem);
  placePins(tt);
  // Seats left in pinned sessions are filled before any new session is opened.
  fill(tt);
  for (const _ of constructSteps(tt, deadline)) yield used(0);
  for (const rounds of improveSteps(tt, { deadline, iterations, seed: options.seed ?? 1 })) yield used(rounds);
  return draftOf(tt);
}

function placePins(tt: Timetable): void {
  for (const pin of tt.problem.pinned) {
    const course = tt.coursesById.get(pin.courseId);
    const trainer = tt.trainersById.get(pin.trainerId);
    if (!course || !trainer)
      throw new SchedulingInputError(`Pinned session ${pin.key} names an unknown course or trainer.`);
    if (!course.trainers.includes(trainer)) {
      throw new SchedulingInputError(
        `Pinned session ${pin.key}: ${trainer.input.name} does not deliver ${course.input.title}.`,
      );
    }
    const room = pin.roomId === null ? null : tt.roomsById.get(pin.roomId);
    if (room === undefined || (room === null) !== course.input.virtual) {
      throw new SchedulingInputError(`Pinned session ${pin.key} needs a known room (in person) or none (online).`);
    }
    if (!course.slots.includes(pin.slot))
      throw new SchedulingInputError(`Pinned session ${pin.key} does not fit its slot.`);
    const days = tt.partDays(course, dayNumber(pin.firstDay));
    if (!days) {
      throw new SchedulingInputError(
        `Pinned session ${pin.key} falls outside the term, on a closed day or within the minimum notice: unpin or move it.`,
      );
    }
    const session = tt.session(pin.key, course, trainer, room, days, pin.slot);
    if (!tt.trainerFree(trainer, days, session.mask) || (room && !tt.roomFree(room, days, session.mask))) {
      throw new SchedulingInputError(
        `Pinned session ${pin.key} clashes with another pinned session or its trainer's limits.`,
      );
    }
    session.pinned = true;
    tt.open(session);
    // The people the lead kept stay invited while they still need it and may still go.
    for (const personId of pin.personIds) {
      const need = course.needs.find((n) => n.person.input.id === personId);
      if (need && !need.session && !tt.blocker(session, need)) tt.seat(session, need);
    }
  }
}

export function draftOf(tt: Timetable): DraftSchedule {
  const sessions = [...tt.sessions].sort((a, b) => a.days[0] - b.days[0] || a.key.localeCompare(b.key));
  const planned: PlannedSession[] = sessions.map((s) => ({
    key: s.key,
    courseId: s.course.input.id,
    trainerId: s.trainer.input.id,
    roomId: s.room?.input.id ?? null,
    siteId: s.site?.input.id ?? null,
    days: s.days.map(isoDay),
    slot: s.slot,
    capacity: s.capacity,
    invitees: [...s.invitees]
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .map((n) => ({
        personId: n.person.input.id,
        priority: n.priority,
        overdue: n.overdue,
        travelKm: Math.round(tt.distance(n.person, s.site) * 10) / 10,
      })),
    pinned: s.pinned,
    explanation: explain(tt, s),
  }));
  const trainerTime = new Map<Course, boolean>();
  const unmet = tt.needs
    .filter((n) => !n.session)
    .map((n) => {
      if (!trainerTime.has(n.course)) trainerTime.set(n.course, hasTrainerTime(tt, n.course));
      return diagnose(tt, n, sessions, trainerTime.get(n.course)!);
    });
  const essential = tt.needs.filter((n) => n.priority === NeedPriority.ESSENTIAL);
  const seats = sessions.reduce((sum, s) => sum + s.capacity, 0);
  const served = sessions.reduce((sum, s) => sum + s.invitees.length, 0);
  return {
    sessions: planned,
    unmet,
    figures: {
      essentialDemand: essential.length,
      essentialServed: essential.filter((n) => n.session).length,
      totalDemand: tt.needs.length,
      totalServed: served,
      sessions: sessions.length,
      meanFill: seats ? Math.round((served / seats) * 1000) / 1000 : 0,
      travelKm: Math.round(
        sessions.reduce((sum, s) => sum + s.invitees.reduce((k, n) => k + tt.distance(n.person, s.site), 0), 0),
      ),
    },
  };
}

function people(n: number): string {
  return n === 1 ? '1 person' : `${n} people`;
}

function explain(tt: Timetable, s: Session): string {
  const essential = s.invitees.filter((n) => n.priority === NeedPriority.ESSENTIAL);
  const overdue = essential.filter((n) => n.overdue).length;
  const counts = new Map<string, number>();
  for (const n of s.invitees) counts.set(n.person.site.input.name, (counts.get(n.person.site.input.name) ?? 0) + 1);
  const from = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, n]) => `${name} (${n})`)
    .join(', ');
  const desirable = s.invitees.length - essential.length;
  const who =
    `For ${people(s.invitees.length)} who need ${s.course.input.title}: ${essential.length} essential` +
    `${overdue ? ` (${overdue} overdue)` : ''}${desirable ? `, ${desirable} desirable` : ''}; they work at ${from}.`;
  const travel = s.invitees.reduce((k, n) => k + tt.distance(n.person, s.site), 0) / Math.max(1, s.invitees.length);
  const here = s.site ? (counts.get(s.site.input.name) ?? 0) : 0;
  const where = s.site
    ? `At ${s.site.input.name} (${s.room?.input.name}), where ${here} of them work; ${travel.toFixed(1)} km travel on average.`
    : 'Online, so nobody travels.';
  const when = `${ukDay(s.days[0])} ${SLOT_TIMES[s.slot].starts}–${SLOT_TIMES[s.slot].ends}${s.days.length > 1 ? ` and the same time for ${s.days.length - 1} more week(s)` : ''}, with ${s.trainer.input.name}:`;
  const why = s.pinned
    ? 'pinned by the lead.'
    : 'the time that seats the most of these people with their teams able to release them and within everyone’s training cap.';
  return `${who} ${where} ${when} ${why}`;
}

function hasTrainerTime(tt: Timetable, course: Course): boolean {
  return course.trainers.some((t) => {
    for (let first = tt.earliest; first <= tt.end; first++) {
      const days = tt.partDays(course, first);
      if (days && course.slots.some((slot) => tt.trainerFree(t, days, SLOT_MASK[slot]))) return true;
    }
    return false;
  });
}

const BLOCKER_TEXT: Record<Blocker, string> = {
  FULL: 'every session is full',
  UNAVAILABLE: 'they are not released for training on the days sessions run',
  CLASH: 'they are already in training then',
  SATURATION: 'it would take them past the training hours cap in 28 days',
  BACKFILL: 'their team could not release another person then',
  VCFSE: 'the remaining seats are held for VCFSE partners',
};

/** Why a need is left unmet: the first of no trainer, no room, a policy, the group too small. */
function diagnose(tt: Timetable, need: Need, sessions: Session[], trainerTime: boolean): UnmetNeed {
  const { course } = need;
  const base = {
    personId: need.person.input.id,
    courseId: course.input.id,
    priority: need.priority,
    overdue: need.overdue,
  };
  if (!course.trainers.length) {
    return { ...base, reason: UnmetReason.NO_TRAINER, detail: `Nobody delivers ${course.input.title}.` };
  }
  if (!course.input.virtual && !tt.rooms.some((r) => r.input.capacity >= course.input.minGroup)) {
    return {
      ...base,
      reason: UnmetReason.NO_ROOM,
      detail: `No room seats the minimum group of ${course.input.minGroup}.`,
    };
  }
  const blockers = sessions.filter((s) => s.course === course).map((s) => tt.blocker(s, need));
  const policy = blockers.find((b): b is Blocker => b !== null && POLICY_BLOCKERS.has(b));
  if (policy)
    return { ...base, reason: UnmetReason.POLICY, detail: `In the sessions planned, ${BLOCKER_TEXT[policy]}.` };
  if (!trainerTime) {
    return {
      ...base,
      reason: UnmetReason.NO_TRAINER,
      detail: `The trainers of ${course.input.title} are fully booked this term.`,
    };
  }
  const blocker = blockers.find((b) => b !== null);
  return {
    ...base,
    reason: UnmetReason.GROUP_TOO_SMALL,
    detail:
      `Too few people who need ${course.input.title} are free at the same time and place for the minimum group of ` +
      `${course.input.minGroup}${blocker ? `; in the sessions planned, ${BLOCKER_TEXT[blocker]}` : ''}.`,
  };
}
