import { Injectable, Logger } from '@nestjs/common';
import { FlushMode, type Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Partnership } from '@kindred/database';
import { JobQueue } from '@kindred/jobs';
import { Notification } from '../notification.entity';
import { relayOutbox } from '../notify.jobs';

export interface OutgoingNotification {
  partnership: Ref<Partnership> | null;
  recipientEmail: string;
  /** The template folder under libs/notify/templates. */
  type: string;
  /** What the templates need; nothing secret (see NotificationSecrets). */
  data: Record<string, unknown>;
  /** One message per key, ever: a second enqueue with the same key is ignored. */
  dedupeKey: string;
}

/**
 * Where use cases put the messages their changes cause. The row joins the caller's unit of work,
 * so it commits with the change or not at all; the relay sends it later, even if Redis was down.
 */
@Injectable()
export class Outbox {
  private readonly logger = new Logger('Outbox');

  constructor(private readonly queue: JobQueue) {}

  /**
   * Adds the message to `em`'s unit of work; resolves to false when its key was already used.
   * Should two transactions enqueue one key at the same moment, the later commit fails on the
   * key's unique index rather than send twice.
   */
  async enqueue(em: EntityManager, message: OutgoingNotification): Promise<boolean> {
    const persisted = [...em.getUnitOfWork().getPersistStack()];
    if (persisted.some((n) => n instanceof Notification && n.dedupeKey === message.dedupeKey)) return false;
    // COMMIT: looking must not flush the caller's half-made changes.
    const stored = await em.count(
      Notification,
      { dedupeKey: message.dedupeKey },
      { filters: false, flushMode: FlushMode.COMMIT },
    );
    if (stored > 0) return false;
    em.persist(new Notification(message));
    return true;
  }

  /**
   * Asks the worker to relay now rather than at its next tick; call it after the commit. Failing
   * to reach the queue loses nothing: the schedule relays the row.
   */
  async nudge(): Promise<void> {
    try {
      await this.queue.add(relayOutbox, null);
    } catch (error) {
      this.logger.warn(`Could not nudge the outbox relay: ${(error as Error).message}`);
    }
  }
}
