import { Entity, Enum, Index, Property, type Ref } from '@mikro-orm/core';
import { BadInputError, ConflictError, NotFoundError } from '@kindred/common';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';
import { type DraftSchedule, type PinnedSession, type PlannedSession, UnmetReason } from '../scheduler';

export enum DraftStatus {
  /** Asked for; the worker has not started. */
  DRAFT = 'DRAFT',
  RUNNING = 'RUNNING',
  READY = 'READY',
  /** Taken by one publish; its sessions are being created. */
  PUBLISHING = 'PUBLISHING',
  PUBLISHED = 'PUBLISHED',
  FAILED = 'FAILED',
}

const ONLINE_URL = /^https?:\/\/[^\s/?#]+\.[^\s]*$/;

/** What publishing did with one proposed session: the real session, or why it was refused. */
export interface SessionPublication {
  key: string;
  sessionId: string | null;
  refusal: string | null;
}

/** The solver's output as stored, with where the gathering leaned on defaults. */
export interface DraftResult extends DraftSchedule {
  notes: string[];
  /** Names of the courses, trainers, rooms and people it mentions, as they were when built. */
  names: Record<string, string>;
  publications?: SessionPublication[];
}

/**
 * A proposed timetable for one term of one partnership: asked for by a workforce lead, built by
 * the worker, edited by pinning and removing sessions, and published into real sessions once.
 */
@Entity()
@Index({ properties: ['partnership', 'createdAt'] })
export class ScheduleDraft extends PartnershipOwnedEntity {
  @Property({ type: 'date' })
  termStartsOn: string;

  @Property({ type: 'date' })
  termEndsOn: string;

  @Enum({ items: () => DraftStatus, nativeEnumName: 'draft_status' })
  status: DraftStatus = DraftStatus.DRAFT;

  @Property({ type: 'smallint' })
  progress = 0;

  @Property({ type: 'json', nullable: true })
  result: DraftResult | null = null;

  /** Sessions the lead keeps as they are when the draft is built again. */
  @Property({ type: 'json' })
  pins: PinnedSession[] = [];

  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  /** The link online sessions use unless the lead gave one their own (a standing meeting room, say). */
  @Property({ type: 'text', nullable: true })
  onlineUrl: string | null = null;

  /** Links the lead gave single online sessions, by session key; pinned ones keep theirs through re-runs. */
  @Property({ type: 'json' })
  sessionOnlineUrls: Record<string, string> = {};

  @Property({ type: 'uuid' })
  requestedBy: string;

  @Property({ type: 'datetime' })
  requestedAt: Date;

  constructor(
    partnership: Ref<Partnership>,
    term: { startsOn: string; endsOn: string },
    requestedBy: string,
    now: Date,
  ) {
    super(partnership);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(term.startsOn) || !/^\d{4}-\d{2}-\d{2}$/.test(term.endsOn)) {
      throw new BadInputError('A term starts and ends on dates (YYYY-MM-DD).');
    }
    if (term.endsOn < term.startsOn) throw new BadInputError('The term ends before it starts.');
    this.termStartsOn = term.startsOn;
    this.termEndsOn = term.endsOn;
    this.requestedBy = requestedBy;
    this.requestedAt = now;
  }

  /** The worker picks it up (again, after a re-run or a retried job). */
  start(): void {
    this.assertNotPublished();
    this.status = DraftStatus.RUNNING;
    this.progress = 0;
    this.error = null;
  }

  complete(result: DraftResult): void {
    this.assertNotPublished();
    this.status = DraftStatus.READY;
    this.progress = 100;
    this.result = result;
    // A re-run may give an old key to a new session: only pinned sessions keep their links.
    const pinned = new Set(this.pins.map((p) => p.key));
    this.sessionOnlineUrls = Object.fromEntries(Object.entries(this.sessionOnlineUrls).filter(([k]) => pinned.has(k)));
  }

  fail(error: string): void {
    this.assertNotPublished();
    this.status = DraftStatus.FAILED;
    this.error = error;
  }

  /** Keeps a proposed session, with its day, slot, room, trainer and invitees, through re-runs. */
  pin(key: string): void {
    const session = this.proposed(key);
    session.pinned = true;
    this.pins = [
      ...this.pins.filter((p) => p.key !== key),
      {
        key,
        courseId: session.courseId,
        trainerId: session.trainerId,
        roomId: session.roomId,
        firstDay: session.days[0],
        slot: session.slot,
        personIds: session.invitees.map((i) => i.personId),
      },
    ];
  }

  /** Drops a proposed session; its people count as unmet until a re-run places them again. */
  remove(key: string): void {
    const session = this.proposed(key);
    const result = this.result!;
    result.sessions = result.sessions.filter((s) => s.key !== key);
    result.unmet = [
      ...result.unmet,
      ...session.invitees.map((i) => ({
        personId: i.personId,
        courseId: session.courseId,
        priority: i.priority,
        overdue: i.overdue,
        reason: UnmetReason.POLICY,
        detail: 'Their session was removed from the draft; re-run to place them again.',
      })),
    ];
    this.pins = this.pins.filter((p) => p.key !== key);
    this.sessionOnlineUrls = this.linksWithout(key);
  }

  /**
   * Gives the online link for one proposed online session (`key`), or the draft's default for all
   * of them (`key` null); a null `url` takes it away. Publishing refuses an online session with none.
   */
  setOnlineLink(key: string | null, url: string | null): void {
    this.assertNotPublished();
    const link = url?.trim() || null;
    if (link !== null && !ONLINE_URL.test(link)) {
      throw new BadInputError('An online link is a web address starting http:// or https://.');
    }
    if (key === null) {
      this.onlineUrl = link;
      return;
    }
    const session = this.proposed(key);
    if (session.roomId !== null)
      throw new BadInputError('This session meets in a room; only online sessions take a link.');
    this.sessionOnlineUrls = this.linksWithout(key);
    if (link) this.sessionOnlineUrls[key] = link;
  }

  /** Where an online session meets: its own link, else the draft's; null for a session in a room. */
  onlineUrlOf(session: PlannedSession): string | null {
    if (session.roomId !== null) return null;
    return this.sessionOnlineUrls[session.key] ?? this.onlineUrl;
  }

  /** Asks for the draft again with its pins; the job then starts it. */
  rerun(): void {
    if (this.status !== DraftStatus.READY && this.status !== DraftStatus.FAILED) {
      throw new ConflictError('Only a finished or failed draft can be run again.');
    }
    this.status = DraftStatus.DRAFT;
    this.progress = 0;
  }

  /**
   * Publishing happens once: the draft is taken (READY → PUBLISHING, under a row lock) before any
   * session is created, so a second publish at the same moment finds it taken and is refused.
   */
  startPublishing(): DraftResult {
    if (this.status !== DraftStatus.READY || !this.result) {
      this.assertNotPublished();
      throw new ConflictError('The draft is not ready to publish.');
    }
    this.status = DraftStatus.PUBLISHING;
    return this.result;
  }

  /** What happened to each session; refusals stay on the draft for the lead to act on. */
  published(publications: SessionPublication[]): void {
    if (this.status !== DraftStatus.PUBLISHING || !this.result) {
      throw new ConflictError('The draft was not taken for publishing.');
    }
    this.result = { ...this.result, publications };
    this.status = DraftStatus.PUBLISHED;
  }

  private proposed(key: string): PlannedSession {
    this.assertNotPublished();
    if (this.status !== DraftStatus.READY) throw new ConflictError('The draft is not ready to edit.');
    const session = this.result?.sessions.find((s) => s.key === key);
    if (!session) throw new NotFoundError('Draft session', key);
    return session;
  }

  private linksWithout(key: string): Record<string, string> {
    return Object.fromEntries(Object.entries(this.sessionOnlineUrls).filter(([k]) => k !== key));
  }

  private assertNotPublished(): void {
    if (this.status === DraftStatus.PUBLISHED) throw new ConflictError('This draft has been published already.');
    if (this.status === DraftStatus.PUBLISHING) throw new ConflictError('This draft is being published.');
  }
}
