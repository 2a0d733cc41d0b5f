/**
 * What the scheduler is given and what it returns: plain data, no entities, so the worker job, the
 * bench and the tests all drive the same pure solver. Days are ISO dates (`2027-01-11`), weekdays
 * ISO numbers (Monday 1 … Sunday 7).
 */

export enum NeedPriority {
  ESSENTIAL = 'ESSENTIAL',
  DESIRABLE = 'DESIRABLE',
}

/** A part runs in the morning (09:30–13:00), the afternoon (13:30–17:00) or all day. */
export enum Slot {
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
  DAY = 'DAY',
}

export enum UnmetReason {
  NO_TRAINER = 'NO_TRAINER',
  NO_ROOM = 'NO_ROOM',
  GROUP_TOO_SMALL = 'GROUP_TOO_SMALL',
  POLICY = 'POLICY',
}

export interface Term {
  startsOn: string;
  endsOn: string;
  /** Bank holidays, and school holidays where the partnership closes training. */
  closedDays: string[];
}

export interface SchedulingPolicies {
  /** Sessions start no sooner than this many days after `today` (partner staff hear in time). */
  minimumNoticeDays: number;
  /** Training hours a person may have in any rolling 28 days, counting what they already booked. */
  hoursCapPer28Days: number;
  /** Share of each session's seats kept for VCFSE partners' people (0 for none). */
  vcfseSharePercent: number;
}

/**
 * Where people work and sessions run. Distances are straight-line kilometres between positions
 * when both sites have one; otherwise a nominal 5 km within an area and 20 km across areas.
 */
export interface SiteInput {
  id: string;
  name: string;
  area: string;
  position?: { x: number; y: number };
}

export interface RoomInput {
  id: string;
  name: string;
  siteId: string;
  capacity: number;
  weekdays: number[];
}

export interface TrainerInput {
  id: string;
  name: string;
  courseIds: string[];
  weekdays: number[];
  unavailableDays: string[];
  /** Parts delivered per ISO week (a two-part course run once counts twice over two weeks). */
  maxSessionsPerWeek: number;
}

export interface CourseInput {
  id: string;
  title: string;
  /** Parts meet a week apart, on the same weekday and slot. */
  parts: number;
  minutesPerPart: number;
  minGroup: number;
  maxGroup: number;
  virtual: boolean;
}

export interface TeamInput {
  id: string;
  name: string;
  size: number;
  /** The largest share of the team that may be away on training at once; null for no limit. */
  awayLimitPercent: number | null;
}

export interface PersonInput {
  id: string;
  name: string;
  siteId: string;
  organisationId: string;
  vcfse: boolean;
  teamIds: string[];
  /** Weekdays the person can be released for training. */
  weekdays: number[];
  /** Training already booked (for the saturation cap); the whole day counts as busy. */
  booked: { day: string; minutes: number }[];
}

export interface NeedInput {
  personId: string;
  courseId: string;
  priority: NeedPriority;
  overdue: boolean;
  /** Why the person needs it, for the invitation and the explanation ("Safeguarding L3 gap"). */
  why: string;
}

/** A session the lead pinned: kept where it is, with its invitees, and planned around. */
export interface PinnedSession {
  key: string;
  courseId: string;
  trainerId: string;
  roomId: string | null;
  firstDay: string;
  slot: Slot;
  personIds: string[];
}

export interface SchedulingProblem {
  today: string;
  term: Term;
  policies: SchedulingPolicies;
  sites: SiteInput[];
  rooms: RoomInput[];
  trainers: TrainerInput[];
  courses: CourseInput[];
  teams: TeamInput[];
  people: PersonInput[];
  needs: NeedInput[];
  pinned: PinnedSession[];
}

export interface Invitee {
  personId: string;
  priority: NeedPriority;
  overdue: boolean;
  travelKm: number;
}

export interface PlannedSession {
  key: string;
  courseId: string;
  trainerId: string;
  roomId: string | null;
  siteId: string | null;
  /** One day per part. */
  days: string[];
  slot: Slot;
  capacity: number;
  invitees: Invitee[];
  pinned: boolean;
  /** Who it serves and why this place and time, in a sentence or two. */
  explanation: string;
}

export interface UnmetNeed {
  personId: string;
  courseId: string;
  priority: NeedPriority;
  overdue: boolean;
  reason: UnmetReason;
  detail: string;
}

export interface ScheduleFigures {
  essentialDemand: number;
  essentialServed: number;
  totalDemand: number;
  totalServed: number;
  sessions: number;
  /** Invitees over seats, across all sessions (0 when there are none). */
  meanFill: number;
  travelKm: number;
}

export interface DraftSchedule {
  sessions: PlannedSession[];
  unmet: UnmetNeed[];
  figures: ScheduleFigures;
}

/** Thrown for input the solver cannot plan with (a pin that clashes, a course too long for a day). */
export class SchedulingInputError extends Error {}
