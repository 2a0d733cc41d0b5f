import { Injectable } from '@nestjs/common';
import { ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Partnership, scopeToPartnership } from '@kindred/database';
import { JobQueue } from '@kindred/jobs';
import type { PullCapability } from '@kindred/plugin-sdk';
import type { PluginInstance } from '../instances/plugin-instances';
import { runSync } from './sync-jobs';
import { LogLevel, SyncLogLine, SyncRun, SyncTrigger } from './sync-run.entity';

/** Queues runs: from the console's "sync now" and from the schedule's ticks. */
@Injectable()
export class SyncLauncher {
  constructor(
    private readonly em: EntityManager,
    private readonly queue: JobQueue,
  ) {}

  /**
   * Records a queued run and adds its job. Resolves to null when a run of the same instance and
   * capability is already queued or running: that one will bring the records in.
   *
   * @param tick the schedule tick it belongs to; the job id then depends only on the tick
   */
  async launch(
    partnership: Partnership,
    instance: PluginInstance,
    capability: PullCapability,
    trigger: { kind: SyncTrigger; requestedBy: string | null; tick?: Date },
  ): Promise<SyncRun | null> {
    const em = this.em.fork();
    scopeToPartnership(em, partnership.id);
    const run = new SyncRun(ref(em.getReference(Partnership, partnership.id)), {
      instance: instance.context.instance,
      pluginId: instance.plugin.id,
      capability,
      trigger: trigger.kind,
      requestedBy: trigger.requestedBy,
      tick: trigger.tick,
    });
    try {
      await em.persistAndFlush(run);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return null;
      throw error;
    }
    const key = trigger.tick ? trigger.tick.toISOString() : run.id;
    try {
      await this.queue.add(
        runSync,
        { runId: run.id, partnershipId: partnership.id },
        { jobId: `provider-sync:${partnership.slug}:${instance.context.instance}:${capability}:${key}` },
      );
    } catch (error) {
      // Without its job the run would hold the instance's slot for ever.
      run.fail(`Could not queue the run: ${(error as Error).message}`, 1, false, new Date());
      em.persist(new SyncLogLine(run, LogLevel.ERROR, run.message!));
      await em.flush();
      throw error;
    }
    return run;
  }
}
