import { Injectable } from '@nestjs/common';
import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@kindred/common';
import type { Partnership } from '@kindred/database';
import type { Person } from '@kindred/org';
import type {
  CompletionRecord,
  CourseRecord,
  Page,
  PullCapability,
  RecordProblem,
  SessionRecord,
} from '@kindred/plugin-sdk';
import { ProviderRecords, type TrainingProvider } from '@kindred/training';
import type { PluginInstance } from '../instances/plugin-instances';
import { UnmatchedCompletion, UnmatchedStatus } from '../unmatched/unmatched-completion.entity';
import { SyncCursor, type SyncCounts } from './sync-run.entity';

/** A page with records that could not be read or written: nothing of it was written. */
export class PageRefused extends Error {
  constructor(readonly problems: RecordProblem[]) {
    super(
      `${problems.length} record(s) could not be brought in, so nothing of this page was written: ${problems
        .slice(0, 3)
        .map((p) => `${p.record}: ${p.message}`)
        .join('; ')}${problems.length > 3 ? '; …' : ''}`,
    );
    this.name = 'PageRefused';
  }
}

export type AnyPage = Page<CourseRecord> | Page<SessionRecord> | Page<CompletionRecord>;

/**
 * Writes one page and the cursor after it in one transaction: a page is written whole or not at
 * all, and a run that fails later resumes after the last page written.
 */
@Injectable()
export class PageWriter {
  async write(
    em: EntityManager,
    partnership: Partnership,
    instance: PluginInstance,
    capability: PullCapability,
    page: AnyPage,
    now: Date,
    /** False for a webhook delivery, which is not part of the pulls the cursor follows. */
    advanceCursor = true,
  ): Promise<SyncCounts> {
    if (page.problems?.length) throw new PageRefused(page.problems);
    return em.transactional(async (tx) => {
      const records = new ProviderRecords(tx);
      const provider = await records.provider(partnership, instance.context.provider);
      const counts: SyncCounts = { created: 0, updated: 0, unchanged: 0, unmatched: 0 };
      const problems: RecordProblem[] = [];
      for (const record of page.records) {
        try {
          const outcome =
            capability === 'catalogue'
              ? await records.course(provider, record as CourseRecord)
              : capability === 'sessions'
                ? await records.session(provider, record as SessionRecord, now)
                : await this.completion(tx, records, provider, instance, record as CompletionRecord, now);
          counts[outcome] += 1;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          problems.push({ record: record.externalId, message: error.message });
        }
      }
      if (problems.length) throw new PageRefused(problems);
      if (!advanceCursor) return counts;
      const key = { partnership, instance: instance.context.instance, capability };
      const cursor =
        (await tx.findOne(SyncCursor, key)) ??
        tx.create(SyncCursor, new SyncCursor(ref(partnership), key.instance, capability));
      cursor.cursor = page.cursor;
      return counts;
    });
  }

  /** A matched completion becomes a record; an unmatched one waits for review, once. */
  private async completion(
    tx: EntityManager,
    records: ProviderRecords,
    provider: TrainingProvider,
    instance: PluginInstance,
    completion: CompletionRecord,
    now: Date,
  ): Promise<keyof SyncCounts> {
    const person = await records.learner(completion.learner);
    const waiting = await tx.findOne(UnmatchedCompletion, {
      instance: instance.context.instance,
      externalId: completion.externalId,
    });
    if (!person) {
      if (waiting) return 'unchanged';
      tx.persist(new UnmatchedCompletion(provider.partnership, instance.context.instance, provider.name, completion));
      return 'unmatched';
    }
    if (waiting?.status === UnmatchedStatus.OPEN) waiting.resolve(person, null, now);
    return records.completion(provider, person, completion, { userId: null }, now);
  }

  /** Records a waiting completion for the person a lead matched it to. */
  async resolve(
    tx: EntityManager,
    partnership: Partnership,
    waiting: UnmatchedCompletion,
    person: Person,
    userId: string,
    now: Date,
  ): Promise<void> {
    const records = new ProviderRecords(tx);
    const provider = await records.provider(partnership, waiting.provider);
    waiting.resolve(person, userId, now);
    await records.completion(provider, person, waiting.completion, { userId }, now);
  }
}
