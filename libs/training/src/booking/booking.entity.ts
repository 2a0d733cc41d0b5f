import { Entity, Enum, Index, ManyToOne, Property, type Ref, ref } from '@mikro-orm/core';
import { BadInputError, ConflictError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { type Organisation, Person } from '@kindred/org';
import { SessionQuota, TrainingSession } from '../session/training-session.entity';

export enum BookingStatus {
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  /** A waitlisted person offered a freed place, held for them until the offer expires. */
  OFFERED = 'OFFERED',
  DECLINED = 'DECLINED',
  /** An approval not given by registration close, or an offer not taken up in time. */
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
  ATTENDED = 'ATTENDED',
  PARTIALLY_ATTENDED = 'PARTIALLY_ATTENDED',
  NO_SHOW = 'NO_SHOW',
}

/** What stops a self-booking until a manager overrides it with a reason. */
export enum BookingGuard {
  /** More training hours in a rolling 28 days than the partnership allows. */
  SATURATION = 'SATURATION',
  /** Too large a share of the team away on training at once. */
  BACKFILL = 'BACKFILL',
}

/** States that hold a place in the session. */
export const HOLDS_PLACE: readonly BookingStatus[] = [BookingStatus.CONFIRMED, BookingStatus.OFFERED];
/** States that are still live: a person has one live booking per session at most. */
export const LIVE: readonly BookingStatus[] = [
  BookingStatus.PENDING_APPROVAL,
  BookingStatus.CONFIRMED,
  BookingStatus.WAITLISTED,
  BookingStatus.OFFERED,
];

/**
 * A person's place (or wish for one) on a session. Places are allocated by the booking service
 * under a lock on the session row; the entity keeps the state transitions honest.
 */
@Entity()
@Index({ properties: ['session', 'status', 'arrival'] })
@Index({ properties: ['person', 'status'] })
export class Booking extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => TrainingSession, ref: true, deleteRule: 'cascade' })
  session: Ref<TrainingSession>;

  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'cascade' })
  person: Ref<Person>;

  /** The organisation the place is for, and which is charged for late cancellations and no-shows. */
  @ManyToOne({ entity: () => 'Organisation', ref: true })
  organisation: Ref<Organisation>;

  @Enum({ items: () => BookingStatus, nativeEnumName: 'booking_status' })
  status!: BookingStatus;

  /** The reserved pool the place comes from; null for the open pool. */
  @ManyToOne({ entity: () => SessionQuota, ref: true, nullable: true, deleteRule: 'set null' })
  quota: Ref<SessionQuota> | null = null;

  /** Order of arrival on the session: the waitlist is first come, first served. */
  @Property({ type: 'integer' })
  arrival!: number;

  /** Who must approve: the line manager, or the volunteer coordinator for a volunteer. */
  @ManyToOne({ entity: () => Person, ref: true, nullable: true, deleteRule: 'set null' })
  approver: Ref<Person> | null = null;

  @Property({ type: 'uuid' })
  requestedByUserId!: string;

  @Property({ type: 'json' })
  guards: BookingGuard[] = [];

  @Property({ type: 'text', nullable: true })
  overrideReason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  decidedByUserId: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  offerExpiresAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  cancelledAt: Date | null = null;

  /** Cancelled after the session's cut-off: counted, and the course cost charged unless waived. */
  @Property({ type: 'boolean' })
  late = false;

  @Property({ type: 'text', nullable: true })
  waiverReason: string | null = null;

  constructor(
    session: TrainingSession,
    person: Person,
    details: { organisation: Organisation; arrival: number; requestedByUserId: string; approver: Person | null },
  ) {
    super(session.partnership);
    this.session = ref(session);
    this.person = ref(person);
    this.organisation = ref(details.organisation);
    this.arrival = details.arrival;
    this.requestedByUserId = details.requestedByUserId;
    this.approver = details.approver ? ref(details.approver) : null;
    this.status = BookingStatus.PENDING_APPROVAL;
  }

  /** Blocked by guards: a manager must override them with a reason before a place is allocated. */
  holdForOverride(guards: BookingGuard[]): void {
    this.guards = guards;
  }

  /** Approval given (or none needed): the caller allocates a place or a waitlist position next. */
  /** `byUserId` is null when an approver with no account decides from their emailed link. */
  approve(byUserId: string | null, now: Date, overrideReason: string | null): void {
    this.assertStatus(BookingStatus.PENDING_APPROVAL, 'approved');
    if (this.guards.length && !overrideReason?.trim()) {
      throw new BadInputError(
        `This booking goes over the ${this.guards.map((g) => g.toLowerCase()).join(' and ')} limit: give a reason to override it.`,
      );
    }
    this.overrideReason = overrideReason?.trim() || null;
    this.decidedByUserId = byUserId;
    this.decidedAt = now;
  }

  decline(byUserId: string | null, now: Date, reason: string): void {
    this.assertStatus(BookingStatus.PENDING_APPROVAL, 'declined');
    if (!reason.trim()) throw new BadInputError('Say why the request is declined: the learner is told.');
    this.status = BookingStatus.DECLINED;
    this.declineReason = reason.trim();
    this.decidedByUserId = byUserId;
    this.decidedAt = now;
  }

  confirm(quota: SessionQuota | null): void {
    if (this.status !== BookingStatus.PENDING_APPROVAL && this.status !== BookingStatus.OFFERED) {
      throw new ConflictError(`A ${this.status.toLowerCase()} booking cannot be confirmed.`);
    }
    this.status = BookingStatus.CONFIRMED;
    this.quota = quota ? ref(quota) : null;
    this.offerExpiresAt = null;
  }

  waitlist(): void {
    this.assertStatus(BookingStatus.PENDING_APPROVAL, 'waitlisted');
    this.status = BookingStatus.WAITLISTED;
  }

  offer(quota: SessionQuota | null, expiresAt: Date): void {
    this.assertStatus(BookingStatus.WAITLISTED, 'offered a place');
    this.status = BookingStatus.OFFERED;
    this.quota = quota ? ref(quota) : null;
    this.offerExpiresAt = expiresAt;
  }

  /** An approval not given in time, or an offer not taken up: the place passes on. */
  expire(): void {
    if (this.status !== BookingStatus.PENDING_APPROVAL && this.status !== BookingStatus.OFFERED) {
      throw new ConflictError(`A ${this.status.toLowerCase()} booking does not expire.`);
    }
    this.status = BookingStatus.EXPIRED;
    this.quota = null;
    this.offerExpiresAt = null;
  }

  cancel(now: Date): void {
    if (!LIVE.includes(this.status))
      throw new ConflictError(`A ${this.status.toLowerCase()} booking cannot be cancelled.`);
    const session = this.session.getEntity();
    if (now >= session.startsAt) throw new ConflictError('The session has started: record attendance instead.');
    this.late = this.status === BookingStatus.CONFIRMED && now > session.cancellationCutoffAt;
    this.status = BookingStatus.CANCELLED;
    this.cancelledAt = now;
    this.offerExpiresAt = null;
  }

  /** The partnership called the session off: the booking ends, and nobody is charged. */
  sessionCancelled(now: Date): void {
    if (!LIVE.includes(this.status)) return;
    this.status = BookingStatus.CANCELLED;
    this.cancelledAt = now;
    this.offerExpiresAt = null;
  }

  /** Lets a late cancellation or no-show off the charge, with the reason on record. */
  waive(reason: string): void {
    if (!this.late && this.status !== BookingStatus.NO_SHOW) {
      throw new BadInputError('Only a late cancellation or a no-show has a charge to waive.');
    }
    if (!reason.trim()) throw new BadInputError('Give a reason for the waiver.');
    this.waiverReason = reason.trim();
  }

  /** Sets the outcome from the register: every part, some, or none. */
  settleAttendance(attendedParts: number, partialParts: number, totalParts: number): void {
    if (this.status !== BookingStatus.CONFIRMED && !this.attendanceSettled) {
      throw new ConflictError(`A ${this.status.toLowerCase()} booking has no attendance.`);
    }
    this.status =
      attendedParts === totalParts
        ? BookingStatus.ATTENDED
        : attendedParts + partialParts > 0
          ? BookingStatus.PARTIALLY_ATTENDED
          : BookingStatus.NO_SHOW;
  }

  get attendanceSettled(): boolean {
    return [BookingStatus.ATTENDED, BookingStatus.PARTIALLY_ATTENDED, BookingStatus.NO_SHOW].includes(this.status);
  }

  get holdsPlace(): boolean {
    return HOLDS_PLACE.includes(this.status);
  }

  private assertStatus(expected: BookingStatus, what: string): void {
    if (this.status !== expected) throw new ConflictError(`A ${this.status.toLowerCase()} booking cannot be ${what}.`);
  }
}
