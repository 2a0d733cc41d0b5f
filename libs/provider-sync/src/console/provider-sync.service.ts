import { Injectable } from '@nestjs/common';
import { type FilterQuery, LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { ConflictError, type ListPage, NotFoundError, pageOptions } from '@kindred/common';
import { Partnership } from '@kindred/database';
import { Person } from '@kindred/org';
import { JobQueue } from '@kindred/jobs';
import { PULL_CAPABILITIES, type PullCapability } from '@kindred/plugin-sdk';
import { BookingPush, relayBookingPushes } from '@kindred/training';
import type { PluginInstance } from '../instances/plugin-instances';
import { PluginRegistry } from '../instances/plugin-registry';
import { PageWriter } from '../run/page-writer';
import { SyncLauncher } from '../run/sync-launcher';
import { SyncLogLine, SyncRun, SyncTrigger } from '../run/sync-run.entity';
import { UnmatchedCompletion } from '../unmatched/unmatched-completion.entity';
import type {
  BookingPushListArgs,
  BookingPushView,
  DismissUnmatchedCompletionInput,
  ProviderPluginListArgs,
  ProviderPluginView,
  ResolveUnmatchedCompletionInput,
  RetryBookingPushInput,
  SyncLogLineListArgs,
  SyncNowInput,
  SyncRunListArgs,
  UnmatchedCompletionListArgs,
} from './sync.types';

/** What the console shows and does about provider plugins: instances, runs, logs, unmatched completions. */
@Injectable()
export class ProviderSyncService {
  constructor(
    private readonly em: EntityManager,
    private readonly registry: PluginRegistry,
    private readonly launcher: SyncLauncher,
    private readonly writer: PageWriter,
    private readonly queue: JobQueue,
  ) {}

  async plugins(actor: Actor, args: ProviderPluginListArgs): Promise<ListPage<ProviderPluginView>> {
    const instances = this.registry.of((await this.partnership(actor)).slug);
    const page = instances.slice((args.page - 1) * args.perPage, args.page * args.perPage);
    const nodes = await Promise.all(page.map((i) => this.view(i)));
    return { nodes, totalCount: instances.length };
  }

  async plugin(actor: Actor, id: string): Promise<ProviderPluginView | null> {
    const instance = this.registry.of((await this.partnership(actor)).slug).find((i) => i.context.instance === id);
    return instance ? this.view(instance) : null;
  }

  async runs(args: SyncRunListArgs): Promise<ListPage<SyncRun>> {
    const where: FilterQuery<SyncRun> = {};
    if (args.filter?.instance) where.instance = args.filter.instance;
    if (args.filter?.statuses) where.status = { $in: args.filter.statuses };
    if (args.filter?.ids) where.id = { $in: args.filter.ids };
    const [nodes, totalCount] = await this.em.findAndCount(SyncRun, where, {
      ...pageOptions(args, ['createdAt', 'finishedAt', 'instance'] as const, 'createdAt'),
      ...(args.sort ? {} : { orderBy: { createdAt: 'DESC', id: 'ASC' } }),
    });
    return { nodes, totalCount };
  }

  run(id: string): Promise<SyncRun | null> {
    return this.em.findOne(SyncRun, id);
  }

  async lines(args: SyncLogLineListArgs): Promise<ListPage<SyncLogLine>> {
    const [nodes, totalCount] = await this.em.findAndCount(SyncLogLine, args.filter ? { run: args.filter.runId } : {}, {
      ...pageOptions(args, ['position'] as const, 'position'),
      orderBy: { position: args.sort?.order ?? 'ASC' },
    });
    return { nodes, totalCount };
  }

  async unmatched(args: UnmatchedCompletionListArgs): Promise<ListPage<UnmatchedCompletion>> {
    const where: FilterQuery<UnmatchedCompletion> = {};
    if (args.filter?.statuses) where.status = { $in: args.filter.statuses };
    if (args.filter?.ids) where.id = { $in: args.filter.ids };
    const [nodes, totalCount] = await this.em.findAndCount(UnmatchedCompletion, where, {
      ...pageOptions(args, ['createdAt', 'completedOn'] as const, 'createdAt'),
      ...(args.sort ? {} : { orderBy: { createdAt: 'DESC', id: 'ASC' } }),
    });
    return { nodes, totalCount };
  }

  unmatchedOne(id: string): Promise<UnmatchedCompletion | null> {
    return this.em.findOne(UnmatchedCompletion, id);
  }

  /** Queues a run of each capability asked for; refuses when one is already queued or running. */
  async syncNow(actor: Actor, input: SyncNowInput): Promise<SyncRun[]> {
    const partnership = await this.partnership(actor);
    const instance = this.registry.get(partnership.slug, input.instance);
    const pulled = PULL_CAPABILITIES.filter((c) => instance.capabilities.includes(c));
    if (input.capability && !pulled.includes(input.capability as PullCapability)) {
      throw new ConflictError(`${instance.plugin.displayName} does not bring in ${input.capability}.`);
    }
    if (!pulled.length) throw new ConflictError(`${instance.plugin.displayName} has nothing to pull.`);
    const runs: SyncRun[] = [];
    for (const capability of input.capability ? [input.capability as PullCapability] : pulled) {
      const run = await this.launcher.launch(partnership, instance, capability, {
        kind: SyncTrigger.MANUAL,
        requestedBy: actor.userId,
      });
      if (run) runs.push(run);
    }
    if (!runs.length) {
      throw new ConflictError(`A sync of ${input.instance} is already queued or running: wait for it to finish.`);
    }
    return runs;
  }

  /** A lead matches a waiting completion to a person: the record is made as a sync would have. */
  async resolve(actor: Actor, input: ResolveUnmatchedCompletionInput, now = new Date()): Promise<UnmatchedCompletion> {
    const partnership = await this.partnership(actor);
    return this.em.transactional(async (tx) => {
      const waiting = await tx.findOne(UnmatchedCompletion, input.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!waiting) throw new NotFoundError('Unmatched completion', input.id);
      const person = await tx.findOne(Person, input.personId);
      if (!person) throw new NotFoundError('Person', input.personId);
      await this.writer.resolve(tx, partnership, waiting, person, actor.userId, now);
      return waiting;
    });
  }

  async dismiss(actor: Actor, input: DismissUnmatchedCompletionInput, now = new Date()): Promise<UnmatchedCompletion> {
    const waiting = await this.em.findOne(UnmatchedCompletion, input.id);
    if (!waiting) throw new NotFoundError('Unmatched completion', input.id);
    waiting.dismiss(input.reason, actor.userId, now);
    await this.em.flush();
    return waiting;
  }

  async pushes(args: BookingPushListArgs): Promise<ListPage<BookingPushView>> {
    const where: FilterQuery<BookingPush> = {};
    if (args.filter?.statuses) where.status = { $in: args.filter.statuses };
    if (args.filter?.bookingIds) where.booking = { $in: args.filter.bookingIds };
    const [pushes, totalCount] = await this.em.findAndCount(BookingPush, where, {
      ...pageOptions(args, ['createdAt', 'finishedAt'] as const, 'createdAt'),
      ...(args.sort ? {} : { orderBy: { createdAt: 'DESC', id: 'ASC' } }),
      populate: ['provider', 'booking.person'],
    });
    return { nodes: pushes.map((push) => this.pushView(push)), totalCount };
  }

  /**
   * A lead asks again after a push failed (the provider was down, or its key has been fixed). The
   * booking is named, so another partnership's, or one with no failed push, changes nothing.
   */
  async retryPush(input: RetryBookingPushInput): Promise<BookingPushView> {
    const push = await this.em.transactional(async (tx) => {
      const push = await tx.findOne(
        BookingPush,
        { booking: input.bookingId, action: input.action },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!push) throw new NotFoundError('Booking push', `${input.bookingId} (${input.action.toLowerCase()})`);
      push.retry();
      await tx.populate(push, ['provider', 'booking.person']);
      return push;
    });
    // After the commit, as a booking does; should Redis be away, the relay's schedule queues it.
    await this.queue.add(relayBookingPushes, null).catch(() => undefined);
    return this.pushView(push);
  }

  private pushView(push: BookingPush): BookingPushView {
    return {
      id: push.id,
      bookingId: push.booking.id,
      action: push.action,
      status: push.status,
      provider: push.provider.getEntity().name,
      sessionExternalId: push.sessionExternalId,
      learnerName: push.booking.getEntity().person.getEntity().fullName,
      attempts: push.attempts,
      reference: push.reference,
      message: push.message,
      createdAt: push.createdAt,
      finishedAt: push.finishedAt,
    };
  }

  private partnership(actor: Actor): Promise<Partnership> {
    return this.em.findOneOrFail(Partnership, actor.partnershipId);
  }

  private async view(instance: PluginInstance): Promise<ProviderPluginView> {
    const lastRun = await this.em.findOne(
      SyncRun,
      { instance: instance.context.instance },
      { orderBy: { createdAt: 'DESC', id: 'ASC' } },
    );
    return {
      id: instance.context.instance,
      pluginId: instance.plugin.id,
      displayName: instance.plugin.displayName,
      provider: instance.context.provider,
      capabilities: [...instance.capabilities],
      schedules: Object.entries(instance.schedules).map(([capability, cron]) => ({ capability, cron })),
      lastRun,
    };
  }
}
