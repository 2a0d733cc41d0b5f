import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Partnership, scopeToPartnership } from '@kindred/database';
import { JobHandler, type JobRun } from '@kindred/jobs';
import { ProviderError, type ProviderAdapter } from '@kindred/plugin-sdk';
import {
  BookingPush,
  BookingPushAction,
  BookingPushStatus,
  BookingStatus,
  pushBooking,
  type PushBookingData,
} from '@kindred/training';
import { PluginRegistry } from '../instances/plugin-registry';

/** A cancellation that came before its booking reached the provider: it waits for that to finish. */
class BookingNotYetPushed extends Error {
  constructor(provider: string) {
    super(`The booking has not reached ${provider} yet; its cancellation waits for it.`);
    this.name = 'BookingNotYetPushed';
  }
}

/** A booking that is no longer a place in Kindred is not booked with the provider. */
const GONE = [BookingStatus.CANCELLED, BookingStatus.DECLINED, BookingStatus.EXPIRED];

/**
 * Pushes bookings on a provider's own sessions to the plugin instance that brings that provider's
 * records in, when it takes bookings. Whatever the provider answers, the booking in Kindred stays
 * as it is: a refusal or a timeout fails the push (retried by the queue while retrying can help),
 * which the console lists with its error for a lead to retry.
 */
@Injectable()
export class BookingPusher {
  private readonly logger = new Logger(BookingPusher.name);

  constructor(
    private readonly em: EntityManager,
    private readonly registry: PluginRegistry,
  ) {}

  @JobHandler(pushBooking)
  async push(data: PushBookingData, job: JobRun): Promise<void> {
    const em = this.em.fork();
    scopeToPartnership(em, data.partnershipId);
    const push = await em.findOne(BookingPush, data.pushId, { populate: ['booking.person', 'provider'] });
    // Done already (a job run twice) or a round a lead has since replaced: nothing to do.
    if (!push || (push.status !== BookingPushStatus.PENDING && push.status !== BookingPushStatus.QUEUED)) return;
    const partnership = await em.findOneOrFail(Partnership, data.partnershipId);
    const provider = push.provider.getEntity().name;
    const now = new Date();
    const instance = this.registry
      .of(partnership.slug)
      .find((i) => i.context.provider === provider && i.capabilities.includes('bookings'));
    if (!instance) {
      push.skip(`${provider} takes no bookings from Kindred: no plugin enabled for it pushes them.`, now);
      return em.flush();
    }
    push.attempt();
    try {
      const adapter = this.registry.adapter(instance);
      if (push.action === BookingPushAction.BOOK) await this.book(push, adapter, provider, now);
      else await this.cancel(em, push, adapter, provider, now);
      await em.flush();
    } catch (error) {
      const retryable = error instanceof ProviderError ? error.retryable : true;
      const retry = retryable && job.attemptsMade + 1 < (pushBooking.options.attempts ?? 1);
      const message = (error as Error).message;
      push.fail(retry ? `${message} Trying again shortly.` : message, retry, new Date());
      await em.flush();
      if (!(error instanceof ProviderError || error instanceof BookingNotYetPushed)) {
        this.logger.error(`Booking push ${push.id} failed: ${(error as Error).stack}`);
      }
      if (retry) throw error;
    }
  }

  private async book(push: BookingPush, adapter: ProviderAdapter, provider: string, now: Date): Promise<void> {
    const booking = push.booking.getEntity();
    if (GONE.includes(booking.status)) {
      return push.skip(`The booking was ${booking.status.toLowerCase()} before it reached ${provider}.`, now);
    }
    const person = booking.person.getEntity();
    const { externalId } = await adapter.pushBooking!({
      bookingId: booking.id,
      sessionExternalId: push.sessionExternalId,
      learner: { name: person.fullName, email: person.email, employeeNumber: person.employeeNumber ?? null },
    });
    if (typeof externalId !== 'string' || !externalId.trim()) {
      throw new ProviderError('MALFORMED', `${provider} took the booking but gave no reference for it.`);
    }
    push.succeed(externalId.trim(), now);
  }

  /** Names the reference the booking got; a place that never reached the provider has nothing to cancel. */
  private async cancel(
    em: EntityManager,
    push: BookingPush,
    adapter: ProviderAdapter,
    provider: string,
    now: Date,
  ): Promise<void> {
    const booked = await em.findOne(BookingPush, { booking: push.booking, action: BookingPushAction.BOOK });
    if (booked?.status === BookingPushStatus.PENDING || booked?.status === BookingPushStatus.QUEUED) {
      throw new BookingNotYetPushed(provider);
    }
    if (booked?.status !== BookingPushStatus.SUCCEEDED || !booked.reference) {
      // A failed booking push is no longer worth retrying: the place is gone.
      if (booked?.status === BookingPushStatus.FAILED) {
        booked.skip(`Cancelled in Kindred before it reached ${provider}.`, now);
      }
      return push.skip(`The booking never reached ${provider}: there is nothing to cancel there.`, now);
    }
    await adapter.cancelBooking!({
      externalId: booked.reference,
      bookingId: push.booking.id,
      sessionExternalId: push.sessionExternalId,
    });
    push.succeed(booked.reference, now);
  }
}
