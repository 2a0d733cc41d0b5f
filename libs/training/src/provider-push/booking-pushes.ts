import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, Logger } from '@nestjs/common';
import { LockMode, MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { defineJob, defineSchedule, JobHandler, JobQueue } from '@kindred/jobs';
import type { Booking } from '../booking/booking.entity';
import type { TrainingSession } from '../session/training-session.entity';
import { BookingPush, BookingPushAction, BookingPushStatus } from './booking-push.entity';

export interface PushBookingData {
  pushId: string;
  partnershipId: string;
}

/**
 * Tells the provider about one booking. Defined here with the rows it works through; its handler
 * is the provider-sync lib's, which knows the plugins. Retried with the queue's backoff while the
 * provider is down or slow.
 */
export const pushBooking = defineJob<PushBookingData>('training.push-booking', { attempts: 4, concurrency: 4 });

/** Moves pending push rows onto the queue. */
export const relayBookingPushes = defineJob<null>('training.relay-booking-pushes');

/** The relay's heartbeat: bookings nudge it as they commit; this catches what a nudge missed. */
export const bookingPushRelaySchedule = defineSchedule({
  name: 'training.relay-booking-pushes',
  cron: '*/20 * * * * *',
  job: relayBookingPushes,
  data: null,
});

const BATCH = 200;
/** A row queued this long ago and still not finished lost its job (Redis data gone): queue it again. */
const STALE_MS = 30 * 60_000;
const NUDGE_WAIT_MS = 500;

/**
 * Bookings on a provider's own sessions, told to the provider. A use case records a push in the
 * transaction that confirms or cancels the place; the relay queues it once that has committed. A
 * provider that refuses or is down fails the push, never the booking.
 */
@Injectable()
export class BookingPushes {
  private readonly logger = new Logger(BookingPushes.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly queue: JobQueue,
  ) {}

  /**
   * Records the push the booking's change calls for, in the caller's transaction: BOOK once its
   * place is confirmed, CANCEL once a confirmed place is cancelled. Nothing for the partnership's
   * own sessions. Resolves to whether a push was recorded (then nudge after the commit).
   */
  record(tx: EntityManager, booking: Booking, session: TrainingSession, action: BookingPushAction): boolean {
    if (!session.externalProvider || !session.externalId) return false;
    tx.persist(new BookingPush(booking, session.externalProvider, session.externalId, action));
    return true;
  }

  /**
   * Asks the worker to relay now rather than at its next tick; call it after the commit. As with
   * the outbox, failing to reach Redis loses nothing (the schedule relays the row) and the caller
   * waits for it no longer than NUDGE_WAIT_MS.
   */
  async nudge(): Promise<void> {
    const added = this.queue.add(relayBookingPushes, null).then(
      () => undefined,
      (error: Error) => this.logger.warn(`Could not nudge the booking push relay: ${error.message}`),
    );
    await Promise.race([added, sleep(NUDGE_WAIT_MS, undefined, { ref: false })]);
  }

  @JobHandler(relayBookingPushes)
  async relay(): Promise<void> {
    for (let batch = BATCH; batch === BATCH;) batch = await this.relayBatch();
  }

  /**
   * Queues a batch of pending rows, locked (SKIP LOCKED) until their jobs are added; a row whose
   * job could not be added stays PENDING for the next run, and adding a job twice is harmless.
   */
  relayBatch(now = new Date()): Promise<number> {
    return this.orm.em.fork().transactional(async (tx) => {
      const rows = await tx.find(
        BookingPush,
        {
          $or: [
            { status: BookingPushStatus.PENDING },
            { status: BookingPushStatus.QUEUED, updatedAt: { $lt: new Date(now.getTime() - STALE_MS) } },
          ],
        },
        { filters: false, orderBy: { createdAt: 'asc' }, limit: BATCH, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      for (const row of rows) {
        await this.queue.add(pushBooking, { pushId: row.id, partnershipId: row.partnership.id }, { jobId: row.jobId });
      }
      if (rows.length > 0) {
        await tx.nativeUpdate(
          BookingPush,
          { id: { $in: rows.map((row) => row.id) } },
          { status: BookingPushStatus.QUEUED, updatedAt: now },
          { filters: false },
        );
      }
      return rows.length;
    });
  }
}
