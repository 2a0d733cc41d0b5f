import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity, Partnership } from '@kindred/database';

export enum NotificationStatus {
  /** Written with the change that caused it; the relay has not queued it yet. */
  PENDING = 'PENDING',
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  /** Every try failed; an operator can retry it. */
  FAILED = 'FAILED',
}

/**
 * The outbox: a message to send, written in the same transaction as the change that causes it,
 * so a message is never lost because the queue was down and never sent for a change that rolled
 * back. Sending is idempotent by `dedupeKey`.
 */
@Entity()
@Index({ properties: ['status', 'createdAt'] })
export class Notification extends BaseEntity {
  /** Whose branding and sender address the message carries; null for platform messages. */
  @ManyToOne({ entity: () => Partnership, ref: true, nullable: true, deleteRule: 'cascade' })
  partnership: Ref<Partnership> | null;

  @Property({ type: 'string', length: 320 })
  recipientEmail: string;

  /** The template folder, e.g. "sign-in-link". */
  @Property({ type: 'string', length: 80 })
  type: string;

  /** What the template needs. Secrets that must not rest in the database are not put here. */
  @Property({ type: 'json' })
  data: Record<string, unknown>;

  @Property({ type: 'string', length: 200 })
  @Unique()
  dedupeKey: string;

  @Enum({ items: () => NotificationStatus, nativeEnumName: 'notification_status' })
  status: NotificationStatus = NotificationStatus.PENDING;

  @Property({ type: 'integer' })
  attempts = 0;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  constructor(message: {
    partnership: Ref<Partnership> | null;
    recipientEmail: string;
    type: string;
    data: Record<string, unknown>;
    dedupeKey: string;
  }) {
    super();
    this.partnership = message.partnership;
    this.recipientEmail = message.recipientEmail.trim().toLowerCase();
    this.type = message.type;
    this.data = message.data;
    this.dedupeKey = message.dedupeKey;
  }

  markSent(at = new Date()): void {
    this.status = NotificationStatus.SENT;
    this.sentAt = at;
    this.lastError = null;
  }

  /** After the last try the row is FAILED; before it, it stays QUEUED for the job's retry. */
  recordFailure(error: string, lastTry: boolean): void {
    this.lastError = error;
    if (lastTry) this.status = NotificationStatus.FAILED;
  }
}
