import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { scopeToPartnership } from '@kindred/database';
import { scheduleAsync, SchedulingInputError } from '../scheduler';
import { ProblemGatherer } from './gather-problem';
import { DraftStatus, ScheduleDraft } from './schedule-draft.entity';

/** Share of the bar the gathering takes; the solver's own progress fills the rest. */
const GATHERED = 10;
/** How often the solver's progress is written for the console, which polls once a second. */
const PROGRESS_EVERY_MS = 500;

/** Gathers a draft's problem from the database, runs the solver and stores what it proposes. */
@Injectable()
export class DraftBuilder {
  constructor(
    private readonly em: EntityManager,
    private readonly gatherer: ProblemGatherer,
  ) {}

  /** A draft already built or published is left alone, so a job delivered twice builds once. */
  async build(draftId: string, partnershipId: string, today: string, timeLimitMs: number): Promise<void> {
    const em = this.scoped(partnershipId);
    const draft = await em.findOne(ScheduleDraft, { id: draftId });
    if (!draft || ![DraftStatus.DRAFT, DraftStatus.RUNNING, DraftStatus.FAILED].includes(draft.status)) return;
    draft.start();
    await em.flush();

    const term = { startsOn: draft.termStartsOn, endsOn: draft.termEndsOn };
    const { problem, unplaceable, notes, names } = await this.gatherer.gather(partnershipId, term, today, draft.pins);
    draft.progress = GATHERED;
    await em.flush();
    let written = { at: Date.now(), progress: GATHERED };
    const report = async (fraction: number) => {
      const progress = Math.min(99, GATHERED + Math.floor(fraction * (100 - GATHERED)));
      if (progress <= written.progress || Date.now() - written.at < PROGRESS_EVERY_MS) return;
      written = { at: Date.now(), progress };
      // Straight to the row: the draft entity is only written once, with its result.
      await em.nativeUpdate(ScheduleDraft, { id: draftId, status: DraftStatus.RUNNING }, { progress });
    };
    try {
      // The solver pauses between its steps so the progress reaches the console (decision 0054).
      const proposed = await scheduleAsync(problem, { timeLimitMs, onProgress: report });
      draft.complete({ ...proposed, unmet: [...proposed.unmet, ...unplaceable], notes, names });
    } catch (error) {
      // Input the solver refuses (a pin that no longer fits) is the lead's to fix, not a retry's.
      if (!(error instanceof SchedulingInputError)) throw error;
      draft.fail(error.message);
    }
    await em.flush();
  }

  /** Marks a draft whose job gave up, so the lead waiting sees it stopped. */
  async fail(draftId: string, partnershipId: string, error: string): Promise<void> {
    const em = this.scoped(partnershipId);
    const draft = await em.findOne(ScheduleDraft, { id: draftId });
    if (!draft || draft.status === DraftStatus.PUBLISHED) return;
    draft.fail(error);
    await em.flush();
  }

  private scoped(partnershipId: string): EntityManager {
    const em = this.em.fork();
    scopeToPartnership(em, partnershipId);
    return em;
  }
}
