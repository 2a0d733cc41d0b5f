import { Injectable } from '@nestjs/common';
import { LockMode, ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor } from '@kindred/auth';
import { DomainError, londonTime, NotFoundError } from '@kindred/common';
import { Partnership } from '@kindred/database';
import { JobQueue } from '@kindred/jobs';
import { type CreateSessionInput, SessionService } from '@kindred/training';
import { type PlannedSession, SLOT_TIMES } from '../scheduler';
import { buildScheduleJob } from './build-schedule.job';
import { type DraftResult, ScheduleDraft, type SessionPublication } from './schedule-draft.entity';
import { ScheduleInvitations } from './schedule-invitations';

const DAY_MS = 86_400_000;

/** Asking for, editing and publishing term drafts; the worker builds them. */
@Injectable()
export class DraftService {
  constructor(
    private readonly em: EntityManager,
    private readonly queue: JobQueue,
    private readonly sessions: SessionService,
    private readonly invitations: ScheduleInvitations,
  ) {}

  list(): Promise<ScheduleDraft[]> {
    return this.em.find(ScheduleDraft, {}, { orderBy: { createdAt: 'DESC', id: 'DESC' }, limit: 50 });
  }

  get(id: string): Promise<ScheduleDraft | null> {
    return this.em.findOne(ScheduleDraft, { id });
  }

  async create(actor: Actor, term: { startsOn: string; endsOn: string }, now = new Date()): Promise<ScheduleDraft> {
    const partnership = ref(Partnership, actor.partnershipId);
    const draft = new ScheduleDraft(partnership, term, actor.userId, now);
    await this.em.persist(draft).flush();
    await this.enqueue(draft, now);
    return draft;
  }

  async pin(id: string, key: string): Promise<ScheduleDraft> {
    return this.edit(id, (draft) => draft.pin(key));
  }

  async remove(id: string, key: string): Promise<ScheduleDraft> {
    return this.edit(id, (draft) => draft.remove(key));
  }

  async rerun(id: string, now = new Date()): Promise<ScheduleDraft> {
    const draft = await this.edit(id, (d) => d.rerun());
    await this.enqueue(draft, now);
    return draft;
  }

  /**
   * Creates and publishes a real session for each proposed one, through the training lib so its
   * clash and notice rules apply. A refusal is recorded against that session and the rest go on.
   */
  async publish(actor: Actor, id: string, now = new Date()): Promise<ScheduleDraft> {
    const { draft, result } = await this.takeForPublishing(id);
    const publications: SessionPublication[] = [];
    for (const planned of result.sessions) {
      // A session created but refused publication stays a draft in the calendar, for the lead to fix.
      let sessionId: string | null = null;
      try {
        sessionId = (await this.sessions.create(this.sessionInput(planned, draft.onlineUrlOf(planned)))).id;
        const published = sessionId;
        // Publishing and its invitations commit together: nobody is invited to a session that did not open.
        await this.em.transactional(async (tx) => {
          const session = await this.sessions.publish(actor, published, now);
          await this.invitations.invite(tx, draft, planned, session);
        });
        publications.push({ key: planned.key, sessionId, refusal: null });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        publications.push({ key: planned.key, sessionId, refusal: error.message });
      }
    }
    const done = await this.em.transactional(async (tx) => {
      const taken = await this.locked(tx, id);
      taken.published(publications);
      return taken;
    });
    await this.invitations.nudge();
    return done;
  }

  /**
   * Locks the draft's row and marks it PUBLISHING in one transaction: a concurrent publish waits
   * for the lock, then finds the draft taken and is refused before creating anything.
   */
  private takeForPublishing(id: string): Promise<{ draft: ScheduleDraft; result: DraftResult }> {
    return this.em.transactional(async (tx) => {
      const draft = await this.locked(tx, id);
      return { draft, result: draft.startPublishing() };
    });
  }

  private async locked(tx: EntityManager, id: string): Promise<ScheduleDraft> {
    const draft = await tx.findOne(ScheduleDraft, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!draft) throw new NotFoundError('Schedule draft', id);
    return draft;
  }

  /** The draft's own online link, or a proposed online session's. */
  async setOnlineLink(id: string, key: string | null, url: string | null): Promise<ScheduleDraft> {
    return this.edit(id, (draft) => draft.setOnlineLink(key, url));
  }

  /** Registration closes a day before the first part and cancellation two days before. */
  private sessionInput(planned: PlannedSession, onlineUrl: string | null): CreateSessionInput {
    const times = SLOT_TIMES[planned.slot];
    const parts = planned.days.map((day) => ({
      startsAt: londonTime(day, times.starts),
      endsAt: londonTime(day, times.ends),
    }));
    const first = parts[0].startsAt.getTime();
    return {
      courseId: planned.courseId,
      parts,
      siteId: planned.siteId,
      roomId: planned.roomId,
      onlineUrl,
      capacity: planned.capacity,
      registrationClosesAt: new Date(first - DAY_MS),
      cancellationCutoffAt: new Date(first - 2 * DAY_MS),
      offerHours: 48,
      trainerIds: [planned.trainerId],
    };
  }

  private async edit(id: string, change: (draft: ScheduleDraft) => void): Promise<ScheduleDraft> {
    const draft = await this.found(id);
    change(draft);
    await this.em.flush();
    return draft;
  }

  private async found(id: string): Promise<ScheduleDraft> {
    const draft = await this.get(id);
    if (!draft) throw new NotFoundError('Schedule draft', id);
    return draft;
  }

  private enqueue(draft: ScheduleDraft, now: Date): Promise<string> {
    return this.queue.add(buildScheduleJob, {
      draftId: draft.id,
      partnershipId: draft.partnership.id,
      today: now.toISOString().slice(0, 10),
    });
  }
}
