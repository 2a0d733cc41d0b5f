import { Entity, Enum, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { BadInputError, ConflictError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import type { Person } from '@kindred/org';
import { type Booking, BookingStatus, SessionStatus, type TrainingSession } from '@kindred/training';

/** Bookings whose learner was there, at least in part: the people a session's feedback is asked of. */
export const ATTENDED = [BookingStatus.ATTENDED, BookingStatus.PARTIALLY_ATTENDED] as const;

/** How confident the learner felt about one of the course's outcomes, before and after, 1 to 5. */
export interface OutcomeConfidence {
  outcome: string;
  before: number;
  after: number;
}

export enum PracticeUse {
  YES = 'YES',
  PARTLY = 'PARTLY',
  NO = 'NO',
}

/** The months after a session that learners are asked whether they use what they learnt. */
export const FOLLOW_UP_MONTHS = 3;

const MAX_COMMENT = 2000;

function rating(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 1 || value > 5)
    throw new BadInputError(`${what} is a whole number from 1 to 5.`);
  return value;
}

function comment(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed.length > MAX_COMMENT) throw new BadInputError(`A comment is at most ${MAX_COMMENT} characters.`);
  return trimmed || null;
}

/** The attendee's booking, refused unless the session is completed and they were there. */
function assertAttended(booking: Booking, session: TrainingSession): void {
  if (session.status !== SessionStatus.COMPLETED) {
    throw new ConflictError('Feedback opens once the session is completed.');
  }
  if (!(ATTENDED as readonly BookingStatus[]).includes(booking.status)) {
    throw new ConflictError('Only people who attended the session give feedback on it.');
  }
}

/** The day, in UTC, the follow-up opens: three months after the session's last part ended. */
export function followUpOpensOn(session: Pick<TrainingSession, 'endsAt'>): string {
  const day = new Date(session.endsAt);
  day.setUTCMonth(day.getUTCMonth() + FOLLOW_UP_MONTHS);
  return day.toISOString().slice(0, 10);
}

/**
 * One attendee's short feedback on a completed session: reaction and usefulness, and confidence
 * before and after on each of the course's outcomes as they were worded then. Once per booking.
 */
@Entity()
@Unique({ properties: ['booking'] })
export class SessionFeedback extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => 'Booking', ref: true, deleteRule: 'cascade' })
  booking: Ref<Booking>;

  @ManyToOne({ entity: () => 'TrainingSession', ref: true, deleteRule: 'cascade', index: true })
  session: Ref<TrainingSession>;

  @ManyToOne({ entity: () => 'Person', ref: true, deleteRule: 'cascade' })
  person: Ref<Person>;

  @Property({ type: 'smallint' })
  reaction: number;

  @Property({ type: 'smallint' })
  usefulness: number;

  @Property({ type: 'json' })
  confidence: OutcomeConfidence[];

  @Property({ type: 'text', nullable: true })
  comment: string | null;

  constructor(
    booking: Booking,
    session: TrainingSession,
    outcomes: readonly string[],
    answer: {
      reaction: number;
      usefulness: number;
      confidence: readonly { before: number; after: number }[];
      comment?: string | null;
    },
  ) {
    super(booking.partnership);
    assertAttended(booking, session);
    if (answer.confidence.length !== outcomes.length) {
      throw new BadInputError(
        `Rate your confidence before and after on each of the course's ${outcomes.length} learning outcomes.`,
      );
    }
    this.booking = ref(booking);
    this.session = ref(session);
    this.person = booking.person;
    this.reaction = rating(answer.reaction, 'Your overall reaction');
    this.usefulness = rating(answer.usefulness, 'Usefulness');
    this.confidence = outcomes.map((outcome, i) => ({
      outcome,
      before: rating(answer.confidence[i].before, `Confidence before, on "${outcome}",`),
      after: rating(answer.confidence[i].after, `Confidence after, on "${outcome}",`),
    }));
    this.comment = comment(answer.comment);
  }
}

/** Three months on: does the attendee use the learning in practice? Once per booking. */
@Entity()
@Unique({ properties: ['booking'] })
export class FeedbackFollowUp extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => 'Booking', ref: true, deleteRule: 'cascade' })
  booking: Ref<Booking>;

  @ManyToOne({ entity: () => 'TrainingSession', ref: true, deleteRule: 'cascade', index: true })
  session: Ref<TrainingSession>;

  @ManyToOne({ entity: () => 'Person', ref: true, deleteRule: 'cascade' })
  person: Ref<Person>;

  @Enum({ items: () => PracticeUse, nativeEnumName: 'practice_use' })
  used: PracticeUse;

  @Property({ type: 'text', nullable: true })
  comment: string | null;

  constructor(
    booking: Booking,
    session: TrainingSession,
    answer: { used: PracticeUse; comment?: string | null },
    now: Date,
  ) {
    super(booking.partnership);
    assertAttended(booking, session);
    const opens = followUpOpensOn(session);
    if (now.toISOString().slice(0, 10) < opens) {
      throw new ConflictError(`The follow-up asks about practice ${FOLLOW_UP_MONTHS} months on; it opens on ${opens}.`);
    }
    this.booking = ref(booking);
    this.session = ref(session);
    this.person = booking.person;
    this.used = answer.used;
    this.comment = comment(answer.comment);
  }
}
