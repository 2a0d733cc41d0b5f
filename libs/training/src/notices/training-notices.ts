import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig } from '@kindred/config';
import { type CalendarInvite, type NotificationKind, Outbox } from '@kindred/notify';
import type { Person } from '@kindred/org';
import type { Booking } from '../booking/booking.entity';
import type { TrainingRecord } from '../record/training-record.entity';
import type { TrainingSession } from '../session/training-session.entity';
import { ApprovalLinks } from './approval-links';

/** What happened to a booking, and so which template tells the learner. */
export type BookingEvent =
  | 'booking-confirmed'
  | 'booking-waitlisted'
  | 'booking-offered'
  | 'offer-expired'
  | 'booking-approved'
  | 'booking-declined'
  | 'request-expired'
  | 'booking-cancelled'
  | 'session-changed'
  | 'session-cancelled'
  | 'session-reminder';

/**
 * The messages a booking's changes cause, written to the outbox in the caller's transaction. Every
 * value comes from entities the use case has already loaded (the session it locked, the person
 * it booked): under the session lock this adds one insert per message and no query.
 */
@Injectable()
export class TrainingNotices {
  constructor(
    private readonly outbox: Outbox,
    private readonly links: ApprovalLinks,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /**
   * Tells the learner. `invite` attaches the calendar entry (REQUEST to add or update it, CANCEL
   * to remove it); `data` adds what the event's template needs (a reason, say).
   */
  async tell(
    tx: EntityManager,
    booking: Booking,
    session: TrainingSession,
    event: BookingEvent,
    extra: {
      invite?: CalendarInvite['method'];
      data?: Record<string, unknown>;
      kind?: NotificationKind;
      /** Told once per booking and key: the event's name unless said otherwise. */
      key?: string;
    } = {},
  ): Promise<boolean> {
    const person = await booking.person.loadOrFail();
    // A change is told once per revision of the session; everything else once per booking.
    const key = extra.key ?? (event === 'session-changed' ? `${event}:${session.revision}` : event);
    return this.outbox.enqueue(tx, {
      partnership: booking.partnership,
      recipientEmail: person.email,
      recipientPersonId: person.id,
      type: event,
      kind: extra.kind,
      data: {
        ...(await this.describe(session, person)),
        status: booking.status,
        late: booking.late,
        offerExpiresAt: booking.offerExpiresAt?.toISOString() ?? null,
        ...extra.data,
      },
      invite: extra.invite ? await this.invite(booking, session, extra.invite) : null,
      dedupeKey: `booking:${booking.id}:${key}`,
    });
  }

  /** Asks the approver, with links that approve or decline this request once. */
  async askApprover(tx: EntityManager, booking: Booking, session: TrainingSession, approver: Person): Promise<void> {
    const learner = await booking.person.loadOrFail();
    const token = this.links.issue(booking.id, session.registrationClosesAt);
    await this.outbox.enqueue(tx, {
      partnership: booking.partnership,
      recipientEmail: approver.email,
      recipientPersonId: approver.id,
      type: 'approval-requested',
      data: {
        ...(await this.describe(session, approver)),
        learnerName: learner.fullName,
        guards: booking.guards,
        decideBy: session.registrationClosesAt.toISOString(),
        approveLink: `${this.config.http.publicUrl}/booking-decision#token=${token}&decision=approve`,
        declineLink: `${this.config.http.publicUrl}/booking-decision#token=${token}&decision=decline`,
      },
      dedupeKey: `booking:${booking.id}:approval-requested`,
    });
  }

  /** A record that counts has its certificate: tell its holder where to find it. */
  async certificateIssued(tx: EntityManager, record: TrainingRecord): Promise<void> {
    if (!record.certificateCode) return;
    const person = await record.person.loadOrFail();
    await this.outbox.enqueue(tx, {
      partnership: record.partnership,
      recipientEmail: person.email,
      recipientPersonId: person.id,
      type: 'certificate-issued',
      data: {
        recipientName: person.fullName,
        title: record.title,
        completedOn: record.completedOn,
        expiresOn: record.expiresOn,
        certificateCode: record.certificateCode,
        myTrainingLink: `${this.config.http.publicUrl}/my-training`,
      },
      dedupeKey: `record:${record.id}:certificate-issued`,
    });
  }

  /** Call after the commit: the worker relays the messages now rather than at its next tick. */
  nudge(): Promise<void> {
    return this.outbox.nudge();
  }

  /**
   * What every booking message says about the session, in the recipient's name. References the
   * use case has loaded cost nothing here (`load` answers from memory); others cost a query.
   */
  async describe(session: TrainingSession, recipient: Person): Promise<Record<string, unknown>> {
    const course = await session.course.loadOrFail();
    const location = await this.location(session);
    return {
      recipientName: recipient.fullName,
      givenName: recipient.givenName,
      courseTitle: course.title,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      parts: session.parts.isInitialized()
        ? session.parts.getItems().map((p) => ({ startsAt: p.startsAt.toISOString(), endsAt: p.endsAt.toISOString() }))
        : [],
      location,
      onlineUrl: session.onlineUrl,
      myTrainingLink: `${this.config.http.publicUrl}/my-training`,
      cancellationReason: session.cancellationReason,
    };
  }

  /** The booking's calendar entry: one uid per booking, its sequence the session's revision. */
  async invite(booking: Booking, session: TrainingSession, method: CalendarInvite['method']): Promise<CalendarInvite> {
    const course = await session.course.loadOrFail();
    return {
      uid: `booking-${booking.id}@kindred`,
      // A cancellation outranks every version of the entry it removes.
      sequence: method === 'CANCEL' ? session.revision + 1 : session.revision,
      method,
      summary: course.title,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      location: await this.location(session),
      description: `${course.title}. Your bookings: ${this.config.http.publicUrl}/my-training`,
      url: session.onlineUrl,
    };
  }

  private async location(session: TrainingSession): Promise<string | null> {
    const room = session.room ? await session.room.load() : null;
    const site = session.site ? await session.site.load() : null;
    const place = [room?.name, site?.name].filter(Boolean).join(', ');
    return place || (session.onlineUrl ? 'Online' : null);
  }
}
