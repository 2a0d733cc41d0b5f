import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { scopeToPartnership } from '@kindred/database';
import { defineJob, defineSchedule, JobHandler } from '@kindred/jobs';
import { Booking, BookingStatus } from './booking.entity';
import { BookingService } from './booking.service';
import { TrainingNotices } from '../notices/training-notices';

export interface KeepPlacesData {
  /** The moment to act as of (tests); now when left out. */
  now?: string;
}

export const keepPlaces = defineJob<KeepPlacesData | null>('training.keep-places');

/** Every five minutes: offers expire to the hour they promised, not a day late. */
export const keepPlacesSchedule = defineSchedule({
  name: 'training.keep-places',
  cron: '*/5 * * * *',
  job: keepPlaces,
});

/**
 * The time-driven side of places: offers not taken up in time pass on, requests nobody approved by
 * registration close expire, and reserved places past their release date join the open pool. Each
 * session is handled in its own transaction under its lock, as bookings are.
 */
@Injectable()
export class PlaceKeeper {
  private readonly logger = new Logger(PlaceKeeper.name);

  constructor(
    private readonly em: EntityManager,
    private readonly bookings: BookingService,
    private readonly notices: TrainingNotices,
  ) {}

  @JobHandler(keepPlaces)
  async run(data: KeepPlacesData | null): Promise<void> {
    const now = data?.now ? new Date(data.now) : new Date();
    const due = await this.em.getConnection().execute<{ id: string; partnership_id: string }[]>(
      `select s.id, s.partnership_id from training_session s
       where s.status = 'PUBLISHED' and s.starts_at > ? and (
         exists (select 1 from booking b where b.session_id = s.id and b.status = 'OFFERED' and b.offer_expires_at <= ?)
         or (s.registration_closes_at <= ? and exists (
           select 1 from booking b where b.session_id = s.id and b.status = 'PENDING_APPROVAL'))
         or (exists (select 1 from session_quota q where q.session_id = s.id and q.release_at <= ?)
             and exists (select 1 from booking b where b.session_id = s.id and b.status = 'WAITLISTED')))`,
      [now, now, now, now],
    );
    let offered = 0;
    for (const session of due) offered += await this.keep(session.partnership_id, session.id, now);
    if (due.length) await this.notices.nudge();
    if (due.length) this.logger.log(`Kept places on ${due.length} sessions; ${offered} places offered`);
  }

  private async keep(partnershipId: string, sessionId: string, now: Date): Promise<number> {
    const em = this.em.fork();
    scopeToPartnership(em, partnershipId);
    const offered = await em.transactional(async (tx) => {
      const session = await this.bookings.lock(tx, sessionId);
      const lapsing = await tx.find(
        Booking,
        {
          session,
          $or: [
            { status: BookingStatus.OFFERED, offerExpiresAt: { $lte: now } },
            ...(session.registrationClosesAt <= now ? [{ status: BookingStatus.PENDING_APPROVAL }] : []),
          ],
        },
        { populate: ['person'] },
      );
      for (const booking of lapsing) {
        const event = booking.status === BookingStatus.OFFERED ? 'offer-expired' : 'request-expired';
        booking.expire();
        await this.notices.tell(tx, booking, session, event);
      }
      await tx.flush();
      const offered = await this.bookings.promote(tx, session, now);
      for (const booking of offered) await this.notices.tell(tx, booking, session, 'booking-offered');
      return offered.length;
    });
    return offered;
  }
}
