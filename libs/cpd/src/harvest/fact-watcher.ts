import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { EventArgs, EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import { JobQueue } from '@kindred/jobs';
import { SupervisionSession } from '@kindred/supervision';
import { TrainingRecord } from '@kindred/training';
import { harvestCpd } from './cpd-harvest';

type Fact = TrainingRecord | SupervisionSession;

/** Whose CPD a fact may change; null when it cannot tell without loading (then everyone's is harvested). */
function peopleOf(fact: Fact): string[] | null {
  if (fact instanceof TrainingRecord) return [fact.person.id];
  if (fact.supervisee) return [fact.supervisee.id];
  return fact.attendees.isInitialized() ? fact.attendees.getItems().map((a) => a.id) : null;
}

/**
 * Enqueues a harvest once a training record or a supervision session is written and its
 * transaction has committed, so the person's CPD entry follows within moments, without training or
 * supervision knowing CPD exists (CPD depends on them, never the reverse). Keyed by transaction: a
 * rolled-back change enqueues nothing. The schedule is the safety net if enqueueing fails.
 */
@Injectable()
export class FactWatcher implements EventSubscriber<Fact>, OnModuleInit {
  private readonly logger = new Logger(FactWatcher.name);
  private readonly pending = new WeakMap<object, { people: Set<string>; everyone: boolean }>();

  constructor(
    private readonly orm: MikroORM,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    this.orm.em.getEventManager().registerSubscriber(this);
  }

  getSubscribedEntities() {
    return [TrainingRecord, SupervisionSession];
  }

  afterCreate(args: EventArgs<Fact>): void {
    this.note(args);
  }

  // Training done elsewhere counts once validated, and a session once signed off: updates.
  afterUpdate(args: EventArgs<Fact>): void {
    this.note(args);
  }

  async afterTransactionCommit(args: TransactionEventArgs): Promise<void> {
    const noted = args.transaction ? this.pending.get(args.transaction) : undefined;
    if (!noted) return;
    this.pending.delete(args.transaction!);
    const data = noted.everyone ? null : { personIds: [...noted.people] };
    await this.queue.add(harvestCpd, data).catch((error: unknown) => {
      this.logger.warn(`CPD harvest not enqueued; the schedule will catch up: ${String(error)}`);
    });
  }

  private note(args: EventArgs<Fact>): void {
    const transaction = args.em.getTransactionContext();
    if (!transaction) return;
    const noted = this.pending.get(transaction) ?? { people: new Set<string>(), everyone: false };
    const people = peopleOf(args.entity);
    if (people) people.forEach((id) => noted.people.add(id));
    else noted.everyone = true;
    this.pending.set(transaction, noted);
  }
}
