import { Injectable, Logger } from '@nestjs/common';
import { LockMode, MikroORM } from '@mikro-orm/core';
import { JobHandler, JobQueue } from '@kindred/jobs';
import { Notification, NotificationStatus } from '../notification.entity';
import { relayOutbox, sendNotification } from '../notify.jobs';

const BATCH = 500;
/** A row queued this long ago and still not sent lost its job (Redis data gone): queue it again. */
const STALE_MS = 15 * 60_000;

/**
 * Moves outbox rows onto the queue. The rows stay locked (SKIP LOCKED: other workers take other
 * rows) until their jobs are added, and only then turn QUEUED, so a row whose job could not be
 * added stays PENDING for the next run. A job's id is its row's id (and retry round), so adding twice is harmless.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');

  constructor(
    private readonly orm: MikroORM,
    private readonly queue: JobQueue,
  ) {}

  @JobHandler(relayOutbox)
  async run(): Promise<void> {
    // Batch after batch while full ones come back, so a burst does not wait for the next tick.
    let queued = 0;
    for (let batch = BATCH; batch === BATCH; queued += batch) batch = await this.relay();
    if (queued > 0) this.logger.debug(`Queued ${queued} notification(s)`);
  }

  /** Queues a batch of pending rows; resolves to how many. */
  relay(now = new Date()): Promise<number> {
    return this.orm.em.fork().transactional(async (tx) => {
      const rows = await tx.find(
        Notification,
        {
          $or: [
            { status: NotificationStatus.PENDING },
            { status: NotificationStatus.QUEUED, updatedAt: { $lt: new Date(now.getTime() - STALE_MS) } },
          ],
        },
        { filters: false, orderBy: { createdAt: 'asc' }, limit: BATCH, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      for (const row of rows) {
        const partnershipId = row.partnership?.id;
        await this.queue.add(sendNotification, { notificationId: row.id, partnershipId }, { jobId: row.jobId });
      }
      if (rows.length > 0) {
        await tx.nativeUpdate(
          Notification,
          { id: { $in: rows.map((row) => row.id) } },
          { status: NotificationStatus.QUEUED, updatedAt: now },
          { filters: false },
        );
      }
      return rows.length;
    });
  }
}
