import { Injectable } from '@nestjs/common';
import { ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, NotFoundError, UnauthenticatedError } from '@kindred/common';
import { Partnership, scopeToPartnership } from '@kindred/database';
import { ProviderError, type WebhookContent } from '@kindred/plugin-sdk';
import { PluginRegistry } from '../instances/plugin-registry';
import { PageRefused, PageWriter } from '../run/page-writer';
import { LogLevel, SyncLogLine, SyncRun, SyncTrigger } from '../run/sync-run.entity';
import { WebhookDelivery } from './webhook-delivery.entity';

type Log = (level: LogLevel, message: string, record?: string | null) => void;

export interface WebhookReceipt {
  runId: string;
  /** The delivery had been applied before: nothing changed. */
  duplicate: boolean;
}

/**
 * Deliveries a provider pushes. Each is a run in the log: applied, refused (a bad signature is
 * answered 401 and logged), or recognised as one already applied, which changes nothing.
 */
@Injectable()
export class WebhookReceiver {
  constructor(
    private readonly em: EntityManager,
    private readonly registry: PluginRegistry,
    private readonly writer: PageWriter,
  ) {}

  async receive(
    slug: string,
    instanceName: string,
    delivery: { headers: Record<string, string | undefined>; rawBody: Buffer },
    now = new Date(),
  ): Promise<WebhookReceipt> {
    const instance = this.registry
      .of(slug)
      .find((i) => i.context.instance === instanceName && i.capabilities.includes('webhook'));
    const partnership = instance && (await this.em.fork().findOne(Partnership, { slug }, { filters: false }));
    if (!instance || !partnership) throw new NotFoundError('Webhook', `${slug}/${instanceName}`);
    const logged = (fill: (run: SyncRun, log: Log) => void) =>
      this.logged(partnership, instance.plugin.id, instanceName, now, fill);

    let content: WebhookContent;
    try {
      content = this.registry.adapter(instance).webhook!(delivery);
    } catch (error) {
      const message = (error as Error).message;
      await logged((run, log) => {
        run.fail(message, 1, false, now);
        log(LogLevel.ERROR, message);
      });
      if (error instanceof ProviderError && error.failure === 'SIGNATURE') throw new UnauthenticatedError(message);
      throw new BadInputError(message);
    }
    const em = this.em.fork();
    scopeToPartnership(em, partnership.id);
    try {
      const run = await em.transactional(async (tx) => {
        const run = this.run(partnership, instance.plugin.id, instanceName, now);
        tx.persist(run);
        // Flushed first: a delivery applied before stops here, on its unique key.
        tx.persist(new WebhookDelivery(ref(partnership), run, content.deliveryId));
        await tx.flush();
        const page = { records: content.completions, cursor: null, more: false };
        run.count(await this.writer.write(tx, partnership, instance, 'completions', page, now, false));
        run.succeed(now);
        tx.persist(
          new SyncLogLine(
            run,
            LogLevel.INFO,
            `Delivery ${content.deliveryId}: ${run.created} created, ${run.unchanged} unchanged, ${run.unmatched} unmatched.`,
            content.deliveryId,
            now,
          ),
        );
        return run;
      });
      return { runId: run.id, duplicate: false };
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        // Logged as a run of its own, so a provider's retries show in the console; nothing is applied.
        const run = await logged((run, log) => {
          run.succeed(now);
          log(LogLevel.INFO, `Delivery ${content.deliveryId} was applied before: nothing changed.`, content.deliveryId);
        });
        return { runId: run.id, duplicate: true };
      }
      if (!(error instanceof PageRefused)) throw error;
      await logged((run, log) => {
        for (const problem of error.problems) log(LogLevel.ERROR, problem.message, problem.record);
        run.fail(error.message, error.problems.length, false, now);
        log(LogLevel.ERROR, error.message, content.deliveryId);
      });
      throw new BadInputError(error.message);
    }
  }

  private run(partnership: Partnership, pluginId: string, instance: string, now: Date): SyncRun {
    const run = new SyncRun(ref(partnership), {
      instance,
      pluginId,
      capability: 'webhook',
      trigger: SyncTrigger.WEBHOOK,
      requestedBy: null,
    });
    run.start(now);
    return run;
  }

  /** A run recorded on its own, for deliveries that applied nothing. */
  private async logged(
    partnership: Partnership,
    pluginId: string,
    instance: string,
    now: Date,
    fill: (run: SyncRun, log: Log) => void,
  ): Promise<SyncRun> {
    const em = this.em.fork();
    scopeToPartnership(em, partnership.id);
    const run = this.run(partnership, pluginId, instance, now);
    fill(run, (level, message, record = null) => em.persist(new SyncLogLine(run, level, message, record, now)));
    await em.persist(run).flush();
    return run;
  }
}
