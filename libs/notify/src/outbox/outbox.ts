import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, Logger } from '@nestjs/common';
import { FlushMode, type Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Partnership } from '@kindred/database';
import { JobQueue } from '@kindred/jobs';
import type { CalendarInvite } from '../calendar/calendar-invite';
import { Notification, type NotificationKind } from '../notification.entity';
import { relayOutbox } from '../notify.jobs';

const NUDGE_WAIT_MS = 500;

export interface OutgoingNotification {
  partnership: Ref<Partnership> | null;
  recipientEmail: string;
  /** The person it is for: their preferences apply and it joins their in-app list. */
  recipientPersonId?: string | null;
  /** The template folder under libs/notify/templates. */
  type: string;
  /** REMINDER and DIGEST messages can be turned off by their recipient; the default cannot. */
  kind?: NotificationKind;
  /** What the templates need; nothing secret (see NotificationSecrets). */
  data: Record<string, unknown>;
  /** A calendar entry to attach. */
  invite?: CalendarInvite | null;
  /** One message per key, ever: a second enqueue with the same key is ignored. */
  dedupeKey: string;
}

/**
 * Where use cases put the messages their changes cause. The row commits with the change or not at
 * all; the relay sends it later, even if Redis was down.
 */
@Injectable()
export class Outbox {
  private readonly logger = new Logger('Outbox');

  constructor(private readonly queue: JobQueue) {}

  /**
   * Writes the message with `em`'s change; resolves to false when its key was already used.
   *
   * Inside a transaction it is one `insert … on conflict do nothing` on the transaction's
   * connection, and nothing else: use cases that hold a lock (booking holds the session row) pay
   * one statement per message. Outside one, the row joins the unit of work and is written by the
   * caller's flush; the key is looked up first, and should two flushes race, the later fails on
   * the key's unique index rather than send twice.
   */
  async enqueue(em: EntityManager, message: OutgoingNotification): Promise<boolean> {
    const notification = new Notification(message);
    if (em.isInTransaction()) {
      const n = notification;
      // Plain SQL: the query builder would write the JSON columns as JSON strings.
      const inserted = await em.execute<{ affectedRows: number }>(
        `insert into notification (id, created_at, updated_at, partnership_id, recipient_email, recipient_person_id,
           type, kind, data, invite, dedupe_key, status, attempts, round)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, 0, 0)
         on conflict (dedupe_key) do nothing`,
        [
          n.id,
          n.createdAt,
          n.updatedAt,
          n.partnership?.id ?? null,
          n.recipientEmail,
          n.recipientPersonId,
          n.type,
          n.kind,
          JSON.stringify(n.data),
          n.invite && JSON.stringify(n.invite),
          n.dedupeKey,
          n.status,
        ],
        'run',
      );
      return inserted.affectedRows > 0;
    }
    const persisted = [...em.getUnitOfWork().getPersistStack()];
    if (persisted.some((n) => n instanceof Notification && n.dedupeKey === message.dedupeKey)) return false;
    // COMMIT: looking must not flush the caller's half-made changes.
    const stored = await em.count(
      Notification,
      { dedupeKey: message.dedupeKey },
      { filters: false, flushMode: FlushMode.COMMIT },
    );
    if (stored > 0) return false;
    em.persist(notification);
    return true;
  }

  /**
   * Asks the worker to relay now rather than at its next tick; call it after the commit. Failing
   * to reach the queue loses nothing: the schedule relays the row. So the caller waits for Redis
   * no longer than NUDGE_WAIT_MS: while Redis is down, a booking still answers at once.
   */
  async nudge(): Promise<void> {
    const added = this.queue.add(relayOutbox, null).then(
      () => undefined,
      (error: Error) => this.logger.warn(`Could not nudge the outbox relay: ${error.message}`),
    );
    await Promise.race([added, sleep(NUDGE_WAIT_MS, undefined, { ref: false })]);
  }
}
