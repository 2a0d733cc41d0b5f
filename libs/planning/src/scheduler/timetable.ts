import { dayNumber, distanceKm, SLOT_MASK, slotsFor, weekday } from './calendar';
import {
  type CourseInput,
  NeedPriority,
  type PersonInput,
  type RoomInput,
  type SchedulingProblem,
  SchedulingInputError,
  type SiteInput,
  type Slot,
  type TeamInput,
  type TrainerInput,
} from './problem';

/** Essential-and-overdue first, then essential, then desirable: the objective's order. */
export const RANK_WEIGHT = [1200, 1000, 100] as const;
/**
 * A kilometre of travel costs this much: a near session beats a far one for the same people, but
 * no group's travel (30 people × 60 km) outweighs a session saved (SESSION_COST), as the issue
 * orders the objective: people served, then fewest sessions, then least travel.
 */
export const TRAVEL_WEIGHT = 0.02;

export interface Site {
  input: SiteInput;
  index: number;
}
export interface Room {
  input: RoomInput;
  index: number;
  site: Site;
  weekdays: number;
}
export interface Trainer {
  input: TrainerInput;
  index: number;
  weekdays: number;
  unavailable: Set<number>;
}
export interface Team {
  input: TeamInput;
  index: number;
  maxAway: number;
}
export interface Person {
  input: PersonInput;
  index: number;
  site: Site;
  teams: Team[];
  weekdays: number;
  /** Training minutes per day, booked before and seated in this draft. */
  loads: { day: number; minutes: number }[];
}
export interface Course {
  input: CourseInput;
  index: number;
  slots: Slot[];
  trainers: Trainer[];
  needs: Need[];
}
export interface Need {
  index: number;
  person: Person;
  course: Course;
  priority: NeedPriority;
  overdue: boolean;
  why: string;
  rank: 0 | 1 | 2;
  session: Session | null;
}
export interface Session {
  key: string;
  course: Course;
  trainer: Trainer;
  room: Room | null;
  site: Site | null;
  days: number[];
  slot: Slot;
  mask: number;
  capacity: number;
  /** Seats only VCFSE partners' people may take. */
  vcfseSeats: number;
  invitees: Need[];
  pinned: boolean;
}

/** Why a person cannot be seated in a session. POLICY reasons are the partnership's guards. */
export type Blocker = 'FULL' | 'UNAVAILABLE' | 'CLASH' | 'SATURATION' | 'BACKFILL' | 'VCFSE';
export const POLICY_BLOCKERS: ReadonlySet<Blocker> = new Set(['SATURATION', 'BACKFILL', 'VCFSE']);

const WINDOW_DAYS = 28;

function weekdayMask(days: number[], what: string): number {
  let mask = 0;
  for (const d of days) {
    if (!Number.isInteger(d) || d < 1 || d > 7)
      throw new SchedulingInputError(`${what}: weekdays are 1 (Monday) to 7.`);
    mask |= 1 << d;
  }
  return mask;
}

function byId<T extends { input: { id: string } }>(items: T[], what: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.input.id)) throw new SchedulingInputError(`Two ${what}s share the id ${item.input.id}.`);
    map.set(item.input.id, item);
  }
  return map;
}

function find<T>(map: Map<string, T>, id: string, what: string): T {
  const found = map.get(id);
  if (!found) throw new SchedulingInputError(`Unknown ${what} ${id}.`);
  return found;
}

/**
 * The problem, indexed, and who is busy when: trainers, rooms, people and teams, per term day.
 * Every change to the draft goes through `open`, `close`, `seat` and `unseat`, which keep these
 * counts exact, so the checks (`trainerFree`, `roomFree`, `blocker`) are array look-ups, and
 * records them between `mark` and `rollback` so a move of the local search can be undone.
 */
export class Timetable {
  readonly sites: Site[];
  readonly rooms: Room[];
  readonly trainers: Trainer[];
  readonly teams: Team[];
  readonly people: Person[];
  readonly courses: Course[];
  readonly needs: Need[];
  readonly sitesById: Map<string, Site>;
  readonly roomsById: Map<string, Room>;
  readonly trainersById: Map<string, Trainer>;
  readonly peopleById: Map<string, Person>;
  readonly coursesById: Map<string, Course>;
  readonly roomsAt = new Map<Site, Room[]>();
  /** First and last term day, and the first day minimum notice allows. */
  readonly start: number;
  readonly end: number;
  readonly earliest: number;
  readonly closed: Set<number>;
  readonly sessions = new Set<Session>();
  /** What the people seated are worth (`value`), kept as they are seated and unseated. */
  seatedValue = 0;
  /** While the local search tries a move: how to undo each change since `mark`. */
  private journal: (() => void)[] | null = null;

  private readonly length: number;
  private readonly weeks: number;
  private readonly firstMonday: number;
  private readonly trainerBusy: Uint8Array;
  private readonly trainerWeek: Uint16Array;
  private readonly roomBusy: Uint8Array;
  private readonly personBusy: Uint8Array;
  private readonly teamAway: Uint16Array;
  private readonly capMinutes: number;
  private readonly distances: Float64Array;

  constructor(readonly problem: SchedulingProblem) {
    const { term, policies } = problem;
    this.start = dayNumber(term.startsOn);
    this.end = dayNumber(term.endsOn);
    if (this.end < this.start) throw new SchedulingInputError('The term ends before it starts.');
    if (this.end - this.start > 366) throw new SchedulingInputError('A term lasts at most a year.');
    this.earliest = Math.max(this.start, dayNumber(problem.today) + policies.minimumNoticeDays);
    this.closed = new Set(term.closedDays.map(dayNumber));
    this.length = this.end - this.start + 1;
    this.firstMonday = this.start - (weekday(this.start) - 1);
    this.weeks = Math.floor((this.end - this.firstMonday) / 7) + 1;
    this.capMinutes = policies.hoursCapPer28Days * 60;
    if (!(policies.vcfseSharePercent >= 0 && policies.vcfseSharePercent <= 100)) {
      throw new SchedulingInputError('The VCFSE share is 0 to 100 per cent.');
    }

    this.sites = problem.sites.map((input, index) => ({ input, index }));
    this.sitesById = byId(this.sites, 'site');
    this.rooms = problem.rooms.map((input, index) => {
      if (!(input.capacity >= 1)) throw new SchedulingInputError(`Room ${input.name} needs a capacity of 1 or more.`);
      return {
        input,
        index,
        site: find(this.sitesById, input.siteId, 'site'),
        weekdays: weekdayMask(input.weekdays, input.name),
      };
    });
    this.roomsById = byId(this.rooms, 'room');
    for (const room of this.rooms) this.roomsAt.set(room.site, [...(this.roomsAt.get(room.site) ?? []), room]);
    this.trainers = problem.trainers.map((input, index) => ({
      input,
      index,
      weekdays: weekdayMask(input.weekdays, input.name),
      unavailable: new Set(input.unavailableDays.map(dayNumber)),
    }));
    this.trainersById = byId(this.trainers, 'trainer');
    this.courses = problem.courses.map((input, index) => {
      if (!(input.parts >= 1 && input.minGroup >= 1 && input.maxGroup >= input.minGroup)) {
        throw new SchedulingInputError(
          `${input.title}: needs at least one part and 1 ≤ minimum group ≤ maximum group.`,
        );
      }
      return { input, index, slots: slotsFor(input.minutesPerPart, input.title), trainers: [], needs: [] };
    });
    this.coursesById = byId(this.courses, 'course');
    for (const trainer of this.trainers) {
      for (const id of new Set(trainer.input.courseIds)) find(this.coursesById, id, 'course').trainers.push(trainer);
    }
    this.teams = problem.teams.map((input, index) => ({
      input,
      index,
      // A share of a team rounds down, as the booking guard does: 20% of a team of 4 is nobody.
      maxAway: input.awayLimitPercent === null ? Infinity : Math.floor((input.awayLimitPercent * input.size) / 100),
    }));
    const teamsById = byId(this.teams, 'team');
    this.people = problem.people.map((input, index) => ({
      input,
      index,
      site: find(this.sitesById, input.siteId, 'site'),
      teams: input.teamIds.map((id) => find(teamsById, id, 'team')),
      weekdays: weekdayMask(input.weekdays, input.name),
      loads: input.booked.map((b) => ({ day: dayNumber(b.day), minutes: b.minutes })),
    }));
    this.peopleById = byId(this.people, 'person');

    // One need per person and course: the most pressing wins when demand is gathered twice.
    const needs = new Map<string, Need>();
    for (const input of problem.needs) {
      const person = find(this.peopleById, input.personId, 'person');
      const course = find(this.coursesById, input.courseId, 'course');
      const rank = input.priority === NeedPriority.ESSENTIAL ? (input.overdue ? 0 : 1) : 2;
      const key = `${person.index}:${course.index}`;
      const known = needs.get(key);
      if (known && known.rank <= rank) continue;
      needs.set(key, {
        index: 0,
        person,
        course,
        priority: input.priority,
        overdue: input.overdue,
        why: input.why,
        rank,
        session: null,
      });
    }
    this.needs = [...needs.values()];
    this.needs.forEach((need, index) => {
      need.index = index;
      need.course.needs.push(need);
    });

    this.trainerBusy = new Uint8Array(this.trainers.length * this.length);
    this.trainerWeek = new Uint16Array(this.trainers.length * this.weeks);
    this.roomBusy = new Uint8Array(this.rooms.length * this.length);
    this.personBusy = new Uint8Array(this.people.length * this.length);
    this.teamAway = new Uint16Array(this.teams.length * this.length * 2);
    for (const person of this.people) {
      for (const load of person.loads) {
        if (load.day >= this.start && load.day <= this.end)
          this.personBusy[person.index * this.length + load.day - this.start] = 3;
      }
    }
    this.distances = new Float64Array(this.sites.length * this.sites.length);
    for (const a of this.sites) {
      for (const b of this.sites) this.distances[a.index * this.sites.length + b.index] = distanceKm(a.input, b.input);
    }
  }

  distance(person: Person, site: Site | null): number {
    return site ? this.distances[person.site.index * this.sites.length + site.index] : 0;
  }

  /** What seating this person in this session is worth to the objective. */
  value(need: Need, site: Site | null): number {
    return RANK_WEIGHT[need.rank] - TRAVEL_WEIGHT * this.distance(need.person, site);
  }

  /** The days a course's parts would meet starting on `first`, or null when one falls outside the term. */
  partDays(course: Course, first: number): number[] | null {
    const days: number[] = [];
    for (let part = 0; part < course.input.parts; part++) {
      const day = first + 7 * part;
      if (day < this.earliest || day > this.end || this.closed.has(day)) return null;
      days.push(day);
    }
    return days;
  }

  trainerFree(trainer: Trainer, days: number[], mask: number): boolean {
    for (const day of days) {
      if (!(trainer.weekdays & (1 << weekday(day))) || trainer.unavailable.has(day)) return false;
      if (this.trainerBusy[trainer.index * this.length + day - this.start] & mask) return false;
      if (this.trainerWeek[trainer.index * this.weeks + this.week(day)] >= trainer.input.maxSessionsPerWeek)
        return false;
    }
    return true;
  }

  roomFree(room: Room, days: number[], mask: number): boolean {
    for (const day of days) {
      if (!(room.weekdays & (1 << weekday(day)))) return false;
      if (this.roomBusy[room.index * this.length + day - this.start] & mask) return false;
    }
    return true;
  }

  /** The first rule seating this need in this session would break, or null when it may be seated. */
  blocker(session: Session, need: Need): Blocker | null {
    const { person } = need;
    if (session.invitees.length >= session.capacity) return 'FULL';
    const unreleased = this.unreleased(session, person);
    if (unreleased) return unreleased;
    if (!person.input.vcfse && this.openSeats(session) <= session.vcfseSeats - this.vcfseSeated(session))
      return 'VCFSE';
    for (const team of person.teams) {
      for (const day of session.days) {
        for (let half = 0; half < 2; half++) {
          if (session.mask & (1 << half) && this.teamAway[this.teamCell(team, day, half)] + 1 > team.maxAway)
            return 'BACKFILL';
        }
      }
    }
    if (this.overCap(person, session.days, session.course.input.minutesPerPart)) return 'SATURATION';
    return null;
  }

  /**
   * Whether the person could not go whoever else is seated: not released, already in training
   * then, or over the hours cap. Moving someone else out of a full session cannot change these.
   */
  personallyBlocked(session: Session, need: Need): boolean {
    return (
      this.unreleased(session, need.person) !== null ||
      this.overCap(need.person, session.days, session.course.input.minutesPerPart)
    );
  }

  private unreleased(session: Session, person: Person): 'UNAVAILABLE' | 'CLASH' | null {
    for (const day of session.days) {
      if (!(person.weekdays & (1 << weekday(day)))) return 'UNAVAILABLE';
      if (this.personBusy[person.index * this.length + day - this.start] & session.mask) return 'CLASH';
    }
    return null;
  }

  /** Starts recording changes, so `rollback` can undo them. */
  mark(): void {
    this.journal = [];
  }

  rollback(): void {
    const undo = this.journal ?? [];
    this.journal = null;
    for (let i = undo.length - 1; i >= 0; i--) undo[i]();
  }

  commit(): void {
    this.journal = null;
  }

  /**
   * Who seating these needs in order would seat in a session not yet opened (as filling it would,
   * through the same rules), without seating anyone: construction weighs thousands of such groups a
   * round, and seating and unseating each person to find out was most of the search's time. Only
   * the backfill and VCFSE counts depend on the others in the group, so only they are kept here.
   */
  trialGroup(session: Session, needs: Need[]): { value: number; size: number } {
    const away = new Map<number, number>();
    let size = 0;
    let vcfse = 0;
    let value = 0;
    for (const need of needs) {
      if (size >= session.capacity) break;
      const { person } = need;
      if (need.session || this.unreleased(session, person)) continue;
      if (!person.input.vcfse && session.capacity - size <= session.vcfseSeats - vcfse) continue;
      const cells: [number, Team][] = [];
      for (const team of person.teams) {
        for (const day of session.days) {
          for (let half = 0; half < 2; half++) {
            if (session.mask & (1 << half)) cells.push([this.teamCell(team, day, half), team]);
          }
        }
      }
      if (cells.some(([cell, team]) => this.teamAway[cell] + (away.get(cell) ?? 0) + 1 > team.maxAway)) continue;
      if (this.overCap(person, session.days, session.course.input.minutesPerPart)) continue;
      for (const [cell] of cells) away.set(cell, (away.get(cell) ?? 0) + 1);
      size += 1;
      if (person.input.vcfse) vcfse += 1;
      value += this.value(need, session.site);
    }
    return { value, size };
  }

  open(session: Session): void {
    for (const day of session.days) {
      this.trainerBusy[session.trainer.index * this.length + day - this.start] |= session.mask;
      this.trainerWeek[session.trainer.index * this.weeks + this.week(day)]++;
      if (session.room) this.roomBusy[session.room.index * this.length + day - this.start] |= session.mask;
    }
    this.sessions.add(session);
    // Undone after its seats are (the journal runs backwards), so there is nobody left to unseat.
    this.journal?.push(() => this.release(session));
  }

  close(session: Session): void {
    for (const need of [...session.invitees]) this.unseat(session, need);
    this.release(session);
  }

  /** Frees the trainer and the room of a session nobody is seated in. */
  private release(session: Session): void {
    for (const day of session.days) {
      this.trainerBusy[session.trainer.index * this.length + day - this.start] &= ~session.mask;
      this.trainerWeek[session.trainer.index * this.weeks + this.week(day)]--;
      if (session.room) this.roomBusy[session.room.index * this.length + day - this.start] &= ~session.mask;
    }
    this.sessions.delete(session);
    this.journal?.push(() => this.open(session));
  }

  seat(session: Session, need: Need): void {
    const { person } = need;
    for (const day of session.days) {
      this.personBusy[person.index * this.length + day - this.start] |= session.mask;
      person.loads.push({ day, minutes: session.course.input.minutesPerPart });
      for (const team of person.teams) {
        for (let half = 0; half < 2; half++)
          if (session.mask & (1 << half)) this.teamAway[this.teamCell(team, day, half)]++;
      }
    }
    session.invitees.push(need);
    need.session = session;
    this.seatedValue += this.value(need, session.site);
    this.journal?.push(() => this.unseat(session, need));
  }

  unseat(session: Session, need: Need): void {
    const { person } = need;
    for (const day of session.days) {
      this.personBusy[person.index * this.length + day - this.start] &= ~session.mask;
      const at = person.loads.findIndex((l) => l.day === day && l.minutes === session.course.input.minutesPerPart);
      person.loads.splice(at, 1);
      for (const team of person.teams) {
        for (let half = 0; half < 2; half++)
          if (session.mask & (1 << half)) this.teamAway[this.teamCell(team, day, half)]--;
      }
    }
    session.invitees.splice(session.invitees.indexOf(need), 1);
    need.session = null;
    this.seatedValue -= this.value(need, session.site);
    this.journal?.push(() => this.seat(session, need));
  }

  /**
   * Moves an in-person session to the smallest free room at its site that still seats its people
   * within the VCFSE share, so seats are not left empty and big rooms stay free.
   */
  rightSize(session: Session): void {
    const current = session.room;
    if (!current || session.pinned) return;
    const others = session.invitees.length - this.vcfseSeated(session);
    const better = (this.roomsAt.get(current.site) ?? [])
      .filter((room) => {
        const capacity = Math.min(session.course.input.maxGroup, room.input.capacity);
        const reserved = Math.ceil((capacity * this.problem.policies.vcfseSharePercent) / 100);
        return (
          capacity < session.capacity &&
          capacity >= session.invitees.length &&
          others <= capacity - reserved &&
          this.roomFree(room, session.days, session.mask)
        );
      })
      .sort((a, b) => a.input.capacity - b.input.capacity)[0];
    if (!better) return;
    const invitees = [...session.invitees];
    this.close(session);
    const moved = this.session(session.key, session.course, session.trainer, better, session.days, session.slot);
    this.open(moved);
    for (const need of invitees) this.seat(moved, need);
  }

  /** A session shape: capacity from the course and the room, VCFSE seats from the policy. */
  session(key: string, course: Course, trainer: Trainer, room: Room | null, days: number[], slot: Slot): Session {
    const capacity = Math.min(course.input.maxGroup, room ? room.input.capacity : Infinity);
    const vcfseSeats = Math.ceil((capacity * this.problem.policies.vcfseSharePercent) / 100);
    const site = room ? room.site : null;
    return {
      key,
      course,
      trainer,
      room,
      site,
      days,
      slot,
      mask: SLOT_MASK[slot],
      capacity,
      vcfseSeats,
      invitees: [],
      pinned: false,
    };
  }

  private openSeats(session: Session): number {
    return session.capacity - session.invitees.length;
  }

  private vcfseSeated(session: Session): number {
    return session.invitees.filter((n) => n.person.input.vcfse).length;
  }

  /**
   * Whether adding these parts takes the person past the cap in some 28-day window. A window that
   * holds the most minutes can be slid right until it starts on a training day, so only windows
   * starting on a training day within 27 days before each new part need counting.
   */
  private overCap(person: Person, days: number[], minutes: number): boolean {
    // Most people have little training booked: under the cap in total means under it in every window.
    if (person.loads.reduce((sum, l) => sum + l.minutes, minutes * days.length) <= this.capMinutes) return false;
    const loads = [...person.loads, ...days.map((day) => ({ day, minutes }))];
    for (const day of days) {
      for (const from of loads) {
        if (from.day > day || from.day <= day - WINDOW_DAYS) continue;
        let sum = 0;
        for (const l of loads) if (l.day >= from.day && l.day < from.day + WINDOW_DAYS) sum += l.minutes;
        if (sum > this.capMinutes) return true;
      }
    }
    return false;
  }

  private week(day: number): number {
    return Math.floor((day - this.firstMonday) / 7);
  }

  private teamCell(team: Team, day: number, half: number): number {
    return (team.index * this.length + day - this.start) * 2 + half;
  }
}
