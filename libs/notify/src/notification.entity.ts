import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { ConflictError } from '@kindred/common';
import { BaseEntity, Partnership } from '@kindred/database';
import type { CalendarInvite } from './calendar/calendar-invite';

export enum NotificationStatus {
  /** Written with the change that caused it; the relay has not queued it yet. */
  PENDING = 'PENDING',
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  /** Every try failed; an operator can retry it. */
  FAILED = 'FAILED',
  /** Not sent because the recipient turned this kind of message off. */
  SKIPPED = 'SKIPPED',
}

/** Reminders and digests can be turned off by their recipient; transactional messages cannot. */
export enum NotificationKind {
  TRANSACTIONAL = 'TRANSACTIONAL',
  REMINDER = 'REMINDER',
  DIGEST = 'DIGEST',
}

/**
 * The outbox: a message to send, written in the same transaction as the change that causes it,
 * so a message is never lost because the queue was down and never sent for a change that rolled
 * back. Sending is idempotent by `dedupeKey`.
 */
@Entity()
@Index({ properties: ['status', 'createdAt'] })
@Index({ properties: ['recipientPersonId', 'createdAt'] })
export class Notification extends BaseEntity {
  /** Whose branding and sender address the message carries; null for platform messages. */
  @ManyToOne({ entity: () => Partnership, ref: true, nullable: true, deleteRule: 'cascade' })
  partnership: Ref<Partnership> | null;

  @Property({ type: 'string', length: 320 })
  recipientEmail: string;

  /**
   * The person it is for, when it is for one: their preferences apply and it shows in their
   * in-app list. Not a foreign key: notify sits below the lib that owns people.
   */
  @Property({ type: 'uuid', nullable: true })
  recipientPersonId: string | null;

  /** The template folder, e.g. "sign-in-link". */
  @Property({ type: 'string', length: 80 })
  type: string;

  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind', default: NotificationKind.TRANSACTIONAL })
  kind: NotificationKind;

  /** What the template needs. Secrets that must not rest in the database are not put here. */
  @Property({ type: 'json' })
  data: Record<string, unknown>;

  /** A calendar invite (or its cancellation) to attach; see CalendarInvite. */
  @Property({ type: 'json', nullable: true })
  invite: CalendarInvite | null;

  @Property({ type: 'string', length: 200 })
  @Unique()
  dedupeKey: string;

  @Enum({ items: () => NotificationStatus, nativeEnumName: 'notification_status' })
  status: NotificationStatus = NotificationStatus.PENDING;

  @Property({ type: 'integer' })
  attempts = 0;

  /**
   * Bumped by an operator's retry: the relay names each job `<id>:<round>`, because the queue
   * keeps a failed job under its id and would ignore a new job with the same one.
   */
  @Property({ type: 'smallint', default: 0 })
  round = 0;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  /** The subject as sent, for the recipient's in-app list. */
  @Property({ type: 'string', length: 300, nullable: true })
  subject: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  constructor(message: {
    partnership: Ref<Partnership> | null;
    recipientEmail: string;
    recipientPersonId?: string | null;
    type: string;
    kind?: NotificationKind;
    data: Record<string, unknown>;
    invite?: CalendarInvite | null;
    dedupeKey: string;
  }) {
    super();
    this.partnership = message.partnership;
    this.recipientEmail = message.recipientEmail.trim().toLowerCase();
    this.recipientPersonId = message.recipientPersonId ?? null;
    this.type = message.type;
    this.kind = message.kind ?? NotificationKind.TRANSACTIONAL;
    this.data = message.data;
    this.invite = message.invite ?? null;
    this.dedupeKey = message.dedupeKey;
  }

  markSent(subject: string, at = new Date()): void {
    this.status = NotificationStatus.SENT;
    this.subject = subject;
    this.sentAt = at;
    this.lastError = null;
  }

  markSkipped(): void {
    this.status = NotificationStatus.SKIPPED;
  }

  /** After the last try the row is FAILED; before it, it stays QUEUED for the job's retry. */
  recordFailure(error: string, lastTry: boolean): void {
    this.lastError = error;
    if (lastTry) this.status = NotificationStatus.FAILED;
  }

  /** An operator sends a failed message again: the relay queues it under a new job id. */
  retry(): void {
    if (this.status !== NotificationStatus.FAILED) {
      throw new ConflictError(`Only a failed message is retried; this one is ${this.status.toLowerCase()}.`);
    }
    this.status = NotificationStatus.PENDING;
    this.attempts = 0;
    this.round += 1;
  }

  get jobId(): string {
    return this.round === 0 ? this.id : `${this.id}:${this.round}`;
  }
}
