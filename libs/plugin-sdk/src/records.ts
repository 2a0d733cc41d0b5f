/**
 * The canonical records an adapter returns. Each carries the provider's own `externalId`, which
 * Kindred upserts on together with the provider, so pulling the same record twice changes nothing.
 */

/** A course in the provider's catalogue. */
export interface CourseRecord {
  externalId: string;
  title: string;
  summary?: string;
  durationMinutes?: number;
  mode?: 'IN_PERSON' | 'VIRTUAL' | 'E_LEARNING' | 'BLENDED';
}

/** One run of a course that the provider publishes. */
export interface SessionRecord {
  externalId: string;
  /** The course it runs: the catalogue course with this title (matched by the adapter's rules). */
  courseTitle: string;
  startsAt: Date;
  endsAt: Date;
  /** Where it is held, as the provider describes it; or `onlineUrl` for an online session. */
  venue?: string | null;
  onlineUrl?: string | null;
  capacity?: number | null;
  /** The provider called it off. */
  cancelled?: boolean;
}

/** Who completed something, as the provider knows them: matched to a person by email or employee number. */
export interface LearnerRef {
  email?: string | null;
  employeeNumber?: string | null;
  name?: string | null;
}

/** That a learner completed a course with the provider. */
export interface CompletionRecord {
  externalId: string;
  learner: LearnerRef;
  /** The catalogue course it completes, when the adapter could tell; otherwise only the title is kept. */
  courseTitle: string;
  /** YYYY-MM-DD. */
  completedOn: string;
}

/** A record the adapter could not turn into a canonical one: the page it is on is refused. */
export interface RecordProblem {
  /** The record as the provider names it: an id, "row 7", a UID. */
  record: string;
  message: string;
}

/**
 * One page of a pull. `cursor` is what to pass for the next page (or, when `more` is false, for the
 * next run: a high-water mark); Kindred stores it once the page is written.
 */
export interface Page<T> {
  records: T[];
  cursor: string | null;
  more: boolean;
  /** Records the adapter could not read. Any problem fails the run and nothing of the page is written. */
  problems?: RecordProblem[];
  /** Records deliberately left out (no mapping rule matched, say): logged as warnings, the page is written. */
  skipped?: RecordProblem[];
}

/**
 * A booking Kindred pushes to a provider that takes them: a place confirmed in Kindred on one of
 * the provider's own sessions.
 */
export interface BookingPush {
  /** Kindred's id of the booking: the same on every try, so a provider can refuse a second copy. */
  bookingId: string;
  /** The provider's id of the session, as its sync brought it in. */
  sessionExternalId: string;
  learner: { name: string; email: string; employeeNumber: string | null };
}

/** A booking Kindred cancels with the provider: `externalId` is the reference its push got back. */
export interface BookingCancel {
  externalId: string;
  bookingId: string;
  sessionExternalId: string;
}
