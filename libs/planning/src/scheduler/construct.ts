import { SLOT_MASK } from './calendar';
import type { Slot } from './problem';
import type { Course, Need, Room, Session, Site, Timetable, Trainer } from './timetable';
import { drain } from './steps';

/** How many of the best-placed people a candidate session looks at, per seat. */
const CANDIDATES_PER_SEAT = 4;

interface Anchor {
  course: Course;
  site: Site | null;
  potential: number;
  /** No session for this course here can reach its minimum group any more (the draft only fills up). */
  dead: boolean;
}

interface Opening {
  first: number;
  slot: Slot;
  days: number[];
  trainers: Trainer[];
  rooms: Room[];
}

let sessionCount = 0;

/** A key no other session in this process has, so pins and drafts can name sessions. */
export function nextSessionKey(): string {
  sessionCount += 1;
  return `S${Date.now().toString(36)}${sessionCount.toString(36)}`;
}

/**
 * Greedy construction. Each step opens the one session worth most to the objective: for every
 * course and every site with a room big enough (or online, for virtual courses), the unserved
 * people who need the course are ranked by what serving them there is worth (essential and overdue
 * first, nearer first); the best-looking course and site is then tried on every day and slot of the
 * term, and the day and slot that seat the most valuable group without breaking a rule wins. A
 * course and site whose best group is below the minimum stays dead: the draft only ever fills up,
 * so nothing later can revive it. Stops when every anchor is dead or the deadline passes. An
 * anchor is worth its best group whatever the course's parts: dividing by parts (trainers' time)
 * serves a few more people but with many more one-part sessions, against fewest sessions.
 */
export interface ConstructionOptions {
  /** The local search rebuilds with a little noise on each anchor's worth, to try other orders. */
  noise?: () => number;
  /** Only these courses (the local search rebuilds what it took apart, not the whole term). */
  courses?: Iterable<Course>;
}

export function construct(tt: Timetable, deadline: number, options: ConstructionOptions = {}): void {
  drain(constructSteps(tt, deadline, options));
}

/** Construction one opened session at a time, so a caller can pause between steps. */
export function* constructSteps(tt: Timetable, deadline: number, options: ConstructionOptions = {}): Generator<void> {
  const { noise } = options;
  const anchors: Anchor[] = [];
  for (const course of options.courses ?? tt.courses) {
    if (!course.trainers.length) continue;
    const sites = course.input.virtual
      ? [null]
      : [...tt.roomsAt.entries()]
          .filter(([, rooms]) => rooms.some((r) => r.input.capacity >= course.input.minGroup))
          .map(([site]) => site);
    for (const site of sites) anchors.push({ course, site, potential: 0, dead: false });
  }
  const jitter = (value: number) => (noise ? value * (0.8 + 0.4 * noise()) : value);
  for (const anchor of anchors) anchor.potential = jitter(potentialOf(tt, anchor));

  while (Date.now() < deadline) {
    let best: Anchor | null = null;
    for (const anchor of anchors) if (!anchor.dead && (!best || anchor.potential > best.potential)) best = anchor;
    if (!best || best.potential <= 0) return;
    const session = bestSession(tt, best);
    if (!session) {
      best.dead = true;
      continue;
    }
    yield;
    for (const anchor of anchors) if (anchor.course === best.course) anchor.potential = jitter(potentialOf(tt, anchor));
  }
}

/**
 * Needs of the course worth serving at the site, best first. What a need is worth at a site never
 * changes, so the order is worked out once per timetable, course and site and then only filtered.
 */
const orders = new WeakMap<Timetable, Map<string, Need[]>>();

function orderAt(tt: Timetable, course: Course, site: Site | null): Need[] {
  let byAnchor = orders.get(tt);
  if (!byAnchor) orders.set(tt, (byAnchor = new Map()));
  const key = `${course.index}:${site?.index ?? 'online'}`;
  let order = byAnchor.get(key);
  if (!order) {
    order = course.needs
      .map((need) => ({ need, value: tt.value(need, site) }))
      .filter((s) => s.value > 0)
      .sort((a, b) => b.value - a.value || a.need.index - b.need.index)
      .map((s) => s.need);
    byAnchor.set(key, order);
  }
  return order;
}

/** Unserved needs of the course worth serving at the site, best first, at most `limit`. */
export function rankedNeeds(tt: Timetable, course: Course, site: Site | null, limit: number): Need[] {
  const ranked: Need[] = [];
  for (const need of orderAt(tt, course, site)) {
    if (ranked.length >= limit) break;
    if (!need.session) ranked.push(need);
  }
  return ranked;
}

function seatsAt(tt: Timetable, course: Course, site: Site | null): number {
  if (!site) return course.input.maxGroup;
  const biggest = Math.max(...(tt.roomsAt.get(site) ?? []).map((r) => r.input.capacity));
  return Math.min(course.input.maxGroup, biggest);
}

function potentialOf(tt: Timetable, anchor: Anchor): number {
  const seats = seatsAt(tt, anchor.course, anchor.site);
  return rankedNeeds(tt, anchor.course, anchor.site, seats).reduce((sum, n) => sum + tt.value(n, anchor.site), 0);
}

function* openings(tt: Timetable, course: Course, site: Site | null): Generator<Opening> {
  for (let first = tt.earliest; first <= tt.end; first++) {
    for (const slot of course.slots) {
      const days = tt.partDays(course, first);
      if (!days) break;
      const mask = SLOT_MASK[slot];
      const trainers = course.trainers.filter((t) => tt.trainerFree(t, days, mask));
      if (!trainers.length) continue;
      const rooms = site
        ? (tt.roomsAt.get(site) ?? []).filter(
            (r) => r.input.capacity >= course.input.minGroup && tt.roomFree(r, days, mask),
          )
        : [];
      if (site && !rooms.length) continue;
      yield { first, slot, days, trainers, rooms };
    }
  }
}

/** Seats, in order, everyone the session can take; returns what they are worth. */
export function fillInOrder(tt: Timetable, session: Session, needs: Need[]): number {
  let value = 0;
  for (const need of needs) {
    if (session.invitees.length >= session.capacity) break;
    if (need.session || tt.blocker(session, need)) continue;
    tt.seat(session, need);
    value += tt.value(need, session.site);
  }
  return value;
}

function bestSession(tt: Timetable, anchor: Anchor): Session | null {
  const { course, site } = anchor;
  const seats = seatsAt(tt, course, site);
  const candidates = rankedNeeds(tt, course, site, seats * CANDIDATES_PER_SEAT);
  // No group can be worth more than the best `seats` candidates all seated at once.
  const ceiling = candidates.slice(0, seats).reduce((sum, n) => sum + tt.value(n, site), 0);
  let best: { opening: Opening; value: number; size: number } | null = null;
  for (const opening of openings(tt, course, site)) {
    const biggest = opening.rooms.reduce<Room | null>(
      (a, r) => (!a || r.input.capacity > a.input.capacity ? r : a),
      null,
    );
    const trial = tt.session('trial', course, opening.trainers[0], biggest, opening.days, opening.slot);
    const { value, size } = tt.trialGroup(trial, candidates);
    if (size >= course.input.minGroup && (!best || value > best.value)) best = { opening, value, size };
    if (best && best.value >= ceiling) break;
  }
  if (!best) return null;
  const { opening, size } = best;
  // The least versatile free trainer, so trainers who deliver many courses stay free for them;
  // the smallest room that takes the group, so big rooms stay free for big groups.
  const trainer = opening.trainers.reduce((a, t) => (t.input.courseIds.length < a.input.courseIds.length ? t : a));
  const fitting = opening.rooms.filter((r) => r.input.capacity >= Math.min(size, course.input.maxGroup));
  const room = fitting.reduce<Room | null>((a, r) => (!a || r.input.capacity < a.input.capacity ? r : a), null);
  const session = tt.session(nextSessionKey(), course, trainer, room, opening.days, opening.slot);
  fillInOrder(tt, session, candidates);
  if (session.invitees.length < course.input.minGroup) {
    for (const need of [...session.invitees]) tt.unseat(session, need);
    return null;
  }
  tt.open(session);
  return session;
}
