import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Partnership, scopeToPartnership } from '@kindred/database';
import { JobHandler, type JobRun, nominalTickTime } from '@kindred/jobs';
import { ProviderError, type PullCapability } from '@kindred/plugin-sdk';
import type { PluginInstance } from '../instances/plugin-instances';
import { PluginRegistry } from '../instances/plugin-registry';
import { type AnyPage, PageRefused, PageWriter } from './page-writer';
import { SyncLauncher } from './sync-launcher';
import { type RunSyncData, runSync, syncTick, type SyncTickData } from './sync-jobs';
import { LogLevel, SyncCursor, SyncLogLine, SyncRun, SyncTrigger } from './sync-run.entity';

/** A schedule tick older than this is not caught up on: the next one will bring the records in. */
const TICK_GRACE_MS = 120_000;

/**
 * Runs the syncs in the worker: pulls page after page from the adapter from the stored cursor,
 * writes each with the cursor after it, logs the run, and on failure either leaves it to the
 * queue's retry (the provider was down or slow) or fails it for good (bad credentials, garbage).
 */
@Injectable()
export class SyncRunner {
  private readonly logger = new Logger(SyncRunner.name);

  constructor(
    private readonly em: EntityManager,
    private readonly registry: PluginRegistry,
    private readonly writer: PageWriter,
    private readonly launcher: SyncLauncher,
  ) {}

  @JobHandler(runSync)
  async run(data: RunSyncData, job: JobRun): Promise<void> {
    const em = this.em.fork();
    scopeToPartnership(em, data.partnershipId);
    const run = await em.findOne(SyncRun, data.runId);
    if (!run?.active) return;
    const partnership = await em.findOneOrFail(Partnership, data.partnershipId);
    const log = (level: LogLevel, message: string, record: string | null = null) =>
      em.persist(new SyncLogLine(run, level, message, record));
    const instance = this.registry.of(partnership.slug).find((i) => i.context.instance === run.instance);
    if (!instance) {
      run.fail(`${run.instance} is no longer enabled for this partnership.`, 1, false, new Date());
      log(LogLevel.ERROR, run.message!);
      return em.flush();
    }
    run.start(new Date());
    log(LogLevel.INFO, `Attempt ${run.attempts} started.`);
    await em.flush();
    try {
      await this.pull(em, partnership, instance, run, log);
      run.succeed(new Date());
      log(
        LogLevel.INFO,
        `Finished: ${run.created} created, ${run.updated} updated, ${run.unchanged} unchanged, ${run.unmatched} unmatched.`,
      );
      await em.flush();
    } catch (error) {
      const refused = error instanceof PageRefused ? error.problems : [];
      for (const problem of refused) log(LogLevel.ERROR, problem.message, problem.record);
      const retryable = error instanceof ProviderError ? error.retryable : !(error instanceof PageRefused);
      const retry = retryable && job.attemptsMade + 1 < (runSync.options.attempts ?? 1);
      const message = (error as Error).message;
      log(LogLevel.ERROR, retry ? `${message} Trying again shortly.` : message);
      run.fail(message, Math.max(refused.length, 1), retry, new Date());
      await em.flush();
      if (!(error instanceof ProviderError || error instanceof PageRefused)) {
        this.logger.error(`Sync run ${run.id} failed: ${(error as Error).stack}`);
      }
      if (retry) throw error;
    }
  }

  private async pull(
    em: EntityManager,
    partnership: Partnership,
    instance: PluginInstance,
    run: SyncRun,
    log: (level: LogLevel, message: string, record?: string | null) => void,
  ): Promise<void> {
    const capability = run.capability as PullCapability;
    const adapter = this.registry.adapter(instance);
    const pull = adapter[capability]?.bind(adapter) as
      ((request: { cursor: string | null }) => Promise<AnyPage>) | undefined;
    if (!pull) throw new ProviderError('CONFIG', `${instance.plugin.displayName} does not pull ${capability}.`);
    for (let more = true; more;) {
      const stored = await em.findOne(SyncCursor, { instance: run.instance, capability }, { refresh: true });
      const page = await pull({ cursor: stored?.cursor ?? null });
      const counts = await this.writer.write(em, partnership, instance, capability, page, new Date());
      run.count(counts);
      for (const skipped of page.skipped ?? []) log(LogLevel.WARN, skipped.message, skipped.record);
      log(
        LogLevel.INFO,
        `Page ${run.pages}: ${page.records.length} record(s): ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.unmatched} unmatched.`,
      );
      await em.flush();
      more = page.more;
    }
  }

  /** Queues the runs whose schedule has a tick in this minute. */
  @JobHandler(syncTick)
  async tick(data: SyncTickData | null): Promise<void> {
    const now = data?.now ? new Date(data.now) : new Date();
    const em = this.em.fork({ disableContextResolution: true });
    const partnerships = await em.find(Partnership, {}, { filters: false });
    for (const partnership of partnerships) {
      for (const instance of this.registry.of(partnership.slug)) {
        for (const [capability, cron] of Object.entries(instance.schedules) as [PullCapability, string][]) {
          const tick = nominalTickTime(cron, now);
          if (now.getTime() - tick.getTime() > TICK_GRACE_MS) continue;
          await this.launcher.launch(partnership, instance, capability, {
            kind: SyncTrigger.SCHEDULE,
            requestedBy: null,
            tick,
          });
        }
      }
    }
  }
}
