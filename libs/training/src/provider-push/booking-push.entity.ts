import { Entity, Enum, Index, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { ConflictError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { Booking } from '../booking/booking.entity';
import { TrainingProvider } from '../provider/training-provider.entity';

/** What Kindred tells the provider about a booking on one of its sessions. */
export enum BookingPushAction {
  /** The place was confirmed in Kindred: book it with the provider. */
  BOOK = 'BOOK',
  /** A confirmed place was cancelled in Kindred: cancel it with the provider. */
  CANCEL = 'CANCEL',
}

export enum BookingPushStatus {
  /** Written with the booking's change; the relay has not queued it yet. */
  PENDING = 'PENDING',
  /** On the queue, or waiting for the queue's next try after a failure. */
  QUEUED = 'QUEUED',
  SUCCEEDED = 'SUCCEEDED',
  /** Every try failed, or the provider refused for good: the console shows it and can retry it. */
  FAILED = 'FAILED',
  /** Nothing to tell: the provider takes no bookings, or the place never reached it. */
  SKIPPED = 'SKIPPED',
}

const DONE = [BookingPushStatus.SUCCEEDED, BookingPushStatus.SKIPPED];

/**
 * One booking, or one cancellation, to push to the provider whose session it is on. It is the
 * outbox row (written in the booking's transaction, so the push happens once the booking commits
 * and never for one that rolled back) and the push's log: tries, outcome, the provider's error.
 * The provider's own reference for the booking is kept on the BOOK row; the CANCEL names it.
 */
@Entity()
@Unique({ properties: ['booking', 'action'] })
@Index({ properties: ['status', 'createdAt'] })
@Index({ properties: ['partnership', 'status'] })
export class BookingPush extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => Booking, ref: true, deleteRule: 'cascade' })
  booking: Ref<Booking>;

  @ManyToOne({ entity: () => TrainingProvider, ref: true, deleteRule: 'cascade' })
  provider: Ref<TrainingProvider>;

  /** The provider's id of the session, as it was when the booking changed. */
  @Property({ type: 'string', length: 200 })
  sessionExternalId: string;

  @Enum({ items: () => BookingPushAction, nativeEnumName: 'booking_push_action' })
  action: BookingPushAction;

  @Enum({ items: () => BookingPushStatus, nativeEnumName: 'booking_push_status' })
  status: BookingPushStatus = BookingPushStatus.PENDING;

  /** Tries made, over every round. */
  @Property({ type: 'smallint' })
  attempts = 0;

  /** Bumped by a retry from the console: the job id carries it, as the queue keeps failed jobs. */
  @Property({ type: 'smallint' })
  round = 0;

  /** The provider's reference for the booking: from its answer to BOOK; the one CANCEL named. */
  @Property({ type: 'string', length: 200, nullable: true })
  reference: string | null = null;

  /** Why the last try failed, or why nothing was pushed, in words a lead can act on. */
  @Property({ type: 'text', nullable: true })
  message: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;

  constructor(booking: Booking, provider: Ref<TrainingProvider>, sessionExternalId: string, action: BookingPushAction) {
    super(booking.partnership);
    this.booking = ref(booking);
    this.provider = provider;
    this.sessionExternalId = sessionExternalId;
    this.action = action;
  }

  get done(): boolean {
    return DONE.includes(this.status);
  }

  /** The queue's job id: one job per booking, action and round, however often it is queued. */
  get jobId(): string {
    return `booking-push:${this.booking.id}:${this.action.toLowerCase()}:${this.round}`;
  }

  /** A try begins. */
  attempt(): void {
    this.attempts += 1;
  }

  succeed(reference: string, now: Date): void {
    this.status = BookingPushStatus.SUCCEEDED;
    this.reference = reference;
    this.message = null;
    this.finishedAt = now;
  }

  /** Nothing to push, and why. */
  skip(reason: string, now: Date): void {
    this.status = BookingPushStatus.SKIPPED;
    this.message = reason;
    this.finishedAt = now;
  }

  /** A try failed; with another to come the row stays QUEUED, else it is FAILED. */
  fail(message: string, willRetry: boolean, now: Date): void {
    this.message = message;
    this.status = willRetry ? BookingPushStatus.QUEUED : BookingPushStatus.FAILED;
    this.finishedAt = willRetry ? null : now;
  }

  /** A lead asks for another round after fixing what made it fail. */
  retry(): void {
    if (this.status !== BookingPushStatus.FAILED) {
      throw new ConflictError(`Only a failed push is retried; this one is ${this.status.toLowerCase()}.`);
    }
    this.status = BookingPushStatus.PENDING;
    this.round += 1;
    this.finishedAt = null;
  }
}
