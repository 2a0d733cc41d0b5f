import { Entity, Enum, Index, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';

export enum SyncStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  /** A try failed and another is coming after a pause. */
  RETRYING = 'RETRYING',
  SUCCEEDED = 'SUCCEEDED',
  /** Gave up: the message says why; pages already written stay, the failing page wrote nothing. */
  FAILED = 'FAILED',
}

export enum SyncTrigger {
  SCHEDULE = 'SCHEDULE',
  MANUAL = 'MANUAL',
  /** A delivery the provider pushed to the webhook. */
  WEBHOOK = 'WEBHOOK',
}

export enum LogLevel {
  INFO = 'INFO',
  WARN = 'WARN',
  ERROR = 'ERROR',
}

export const ACTIVE_STATUSES = [SyncStatus.QUEUED, SyncStatus.RUNNING, SyncStatus.RETRYING];

/** What a run did to the records it read. */
export interface SyncCounts {
  created: number;
  updated: number;
  unchanged: number;
  unmatched: number;
}

/**
 * One pull of one capability of one plugin instance, as the console shows it. At most one run per
 * instance and capability is queued or running at a time (the partial unique index), so a "sync
 * now" pressed twice, or a schedule ticking while a run is slow, does not start a second.
 */
@Entity()
@Index({ properties: ['partnership', 'createdAt'] })
@Unique({
  name: 'sync_run_one_active',
  expression: `create unique index "sync_run_one_active" on "sync_run" ("partnership_id", "instance", "capability") where "status" in ('QUEUED', 'RUNNING', 'RETRYING')`,
})
@Unique({ properties: ['partnership', 'instance', 'capability', 'tick'] })
export class SyncRun extends PartnershipOwnedEntity {
  @Property({ type: 'string', length: 64 })
  instance: string;

  @Property({ type: 'string', length: 64 })
  pluginId: string;

  @Property({ type: 'string', length: 16 })
  capability: string;

  @Enum({ items: () => SyncTrigger, nativeEnumName: 'sync_trigger' })
  trigger: SyncTrigger;

  @Property({ type: 'uuid', nullable: true })
  requestedBy: string | null;

  /** The schedule tick a scheduled run belongs to: one run per tick, however often it is asked for. */
  @Property({ type: 'datetime', nullable: true })
  tick: Date | null;

  @Enum({ items: () => SyncStatus, nativeEnumName: 'sync_status' })
  status: SyncStatus = SyncStatus.QUEUED;

  @Property({ type: 'smallint' })
  attempts = 0;

  @Property({ type: 'integer' })
  created = 0;

  @Property({ type: 'integer' })
  updated = 0;

  @Property({ type: 'integer' })
  unchanged = 0;

  @Property({ type: 'integer' })
  unmatched = 0;

  @Property({ type: 'integer' })
  errors = 0;

  @Property({ type: 'integer' })
  pages = 0;

  /** Lines written to its log so far: numbers them, as several are written in the same millisecond. */
  @Property({ type: 'integer' })
  logged = 0;

  /** Why it failed (or is retrying), in words for the person who reads the console. */
  @Property({ type: 'text', nullable: true })
  message: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;

  constructor(
    partnership: Ref<Partnership>,
    what: {
      instance: string;
      pluginId: string;
      capability: string;
      trigger: SyncTrigger;
      requestedBy: string | null;
      tick?: Date;
    },
  ) {
    super(partnership);
    this.instance = what.instance;
    this.pluginId = what.pluginId;
    this.capability = what.capability;
    this.trigger = what.trigger;
    this.requestedBy = what.requestedBy;
    this.tick = what.tick ?? null;
  }

  get active(): boolean {
    return ACTIVE_STATUSES.includes(this.status);
  }

  start(now: Date): void {
    this.status = SyncStatus.RUNNING;
    this.attempts += 1;
    this.startedAt ??= now;
    this.message = null;
  }

  /** A page written: its counts join the run's. */
  count(page: SyncCounts): void {
    this.pages += 1;
    this.created += page.created;
    this.updated += page.updated;
    this.unchanged += page.unchanged;
    this.unmatched += page.unmatched;
  }

  succeed(now: Date): void {
    this.status = SyncStatus.SUCCEEDED;
    this.finishedAt = now;
  }

  fail(message: string, errors: number, willRetry: boolean, now: Date): void {
    this.errors += errors;
    this.message = message;
    this.status = willRetry ? SyncStatus.RETRYING : SyncStatus.FAILED;
    if (!willRetry) this.finishedAt = now;
  }
}

/** A line of a run's log: what happened, and for an error the record that caused it. */
@Entity()
@Index({ properties: ['run', 'position'] })
export class SyncLogLine extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => SyncRun, ref: true, deleteRule: 'cascade' })
  run: Ref<SyncRun>;

  @Property({ type: 'integer' })
  position: number;

  @Property({ type: 'datetime' })
  at: Date;

  @Enum({ items: () => LogLevel, nativeEnumName: 'sync_log_level' })
  level: LogLevel;

  /** The record as the provider names it, when the line is about one. */
  @Property({ type: 'string', length: 300, nullable: true })
  record: string | null;

  @Property({ type: 'text' })
  message: string;

  constructor(run: SyncRun, level: LogLevel, message: string, record: string | null = null, at = new Date()) {
    super(run.partnership);
    this.run = ref(run);
    this.position = ++run.logged;
    this.level = level;
    this.message = message;
    this.record = record?.slice(0, 300) ?? null;
    this.at = at;
  }
}

/** Where the next pull of an instance's capability starts; written with the page it follows. */
@Entity()
@Unique({ properties: ['partnership', 'instance', 'capability'] })
export class SyncCursor extends PartnershipOwnedEntity {
  @Property({ type: 'string', length: 64 })
  instance: string;

  @Property({ type: 'string', length: 16 })
  capability: string;

  @Property({ type: 'text', nullable: true })
  cursor: string | null = null;

  constructor(partnership: Ref<Partnership>, instance: string, capability: string) {
    super(partnership);
    this.instance = instance;
    this.capability = capability;
  }
}
