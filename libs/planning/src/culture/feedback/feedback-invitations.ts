import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig } from '@kindred/config';
import { defineJob, defineSchedule, JobHandler } from '@kindred/jobs';
import { NotificationKind, Outbox } from '@kindred/notify';
import { Booking } from '@kindred/training';
import { FOLLOW_UP_MONTHS, followUpOpensOn } from './session-feedback.entity';

export interface FeedbackInvitationsData {
  /** The moment to act as of (tests); now when left out. */
  now?: string;
}

export const sendFeedbackInvitations = defineJob<FeedbackInvitationsData | null>('culture.feedback-invitations');

/** Daily, in the working morning: a day's wait after a register is taken does no harm. */
export const feedbackInvitationsSchedule = defineSchedule({
  name: 'culture.feedback-invitations',
  cron: '30 8 * * *',
  job: sendFeedbackInvitations,
});

const DAY = 86_400_000;
/**
 * Sessions completed longer ago than this are not asked about; nor follow-ups that opened longer
 * ago. It lets a missed tick (or a register settled late) catch up without mailing old sessions
 * when the feature first runs.
 */
const LOOKBACK_DAYS = 30;

/**
 * Asks attendees of completed sessions for feedback, and three months on whether they use the
 * learning in practice. Each message's dedupe key names the booking and which question it is, so
 * a repeated or catching-up tick sends nothing twice; nobody who has already answered is asked.
 */
@Injectable()
export class FeedbackInvitations {
  private readonly logger = new Logger(FeedbackInvitations.name);

  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @JobHandler(sendFeedbackInvitations)
  async run(data: FeedbackInvitationsData | null): Promise<void> {
    const now = data?.now ? new Date(data.now) : new Date();
    const written = await this.em.fork().transactional(async (tx) => {
      return (await this.requests(tx, now)) + (await this.followUps(tx, now));
    });
    if (written > 0) {
      this.logger.log(`Wrote ${written} feedback invitation(s)`);
      await this.outbox.nudge();
    }
  }

  private async requests(tx: EntityManager, now: Date): Promise<number> {
    const rows = await tx.execute<{ id: string }[]>(
      `select b.id from booking b join training_session s on s.id = b.session_id
       where s.status = 'COMPLETED' and b.status in ('ATTENDED', 'PARTIALLY_ATTENDED')
         and s.ends_at <= ? and s.ends_at > ?
         and not exists (select 1 from session_feedback f where f.booking_id = b.id)`,
      [now, new Date(now.getTime() - LOOKBACK_DAYS * DAY)],
    );
    return this.invite(tx, rows, 'feedback-request');
  }

  /** Coarsely by interval in SQL, then exactly by the day the follow-up opens. */
  private async followUps(tx: EntityManager, now: Date): Promise<number> {
    const rows = await tx.execute<{ id: string }[]>(
      `select b.id from booking b join training_session s on s.id = b.session_id
       where s.status = 'COMPLETED' and b.status in ('ATTENDED', 'PARTIALLY_ATTENDED')
         and s.ends_at <= ?::timestamptz - interval '${FOLLOW_UP_MONTHS} months' + interval '1 day'
         and s.ends_at > ?::timestamptz - interval '${FOLLOW_UP_MONTHS} months' - interval '${LOOKBACK_DAYS} days'
         and not exists (select 1 from feedback_follow_up f where f.booking_id = b.id)`,
      [now, now],
    );
    return this.invite(tx, rows, 'feedback-follow-up', now.toISOString().slice(0, 10));
  }

  private async invite(
    tx: EntityManager,
    rows: { id: string }[],
    type: 'feedback-request' | 'feedback-follow-up',
    today?: string,
  ): Promise<number> {
    if (rows.length === 0) return 0;
    const bookings = await tx.find(
      Booking,
      { id: { $in: rows.map((r) => r.id) } },
      { populate: ['person', 'session.course'], filters: false },
    );
    let written = 0;
    for (const booking of bookings) {
      const session = booking.session.getEntity();
      if (today && followUpOpensOn(session) > today) continue;
      const learner = booking.person.getEntity();
      const sent = await this.outbox.enqueue(tx, {
        partnership: booking.partnership,
        recipientEmail: learner.email,
        recipientPersonId: learner.id,
        type,
        // Questions, not news about their training: a learner may turn them off.
        kind: NotificationKind.REMINDER,
        data: {
          recipientName: learner.fullName,
          courseTitle: session.course.getEntity().title,
          startsAt: session.startsAt.toISOString(),
          feedbackLink: `${this.config.http.publicUrl}/training-feedback/${session.id}`,
        },
        dedupeKey: `booking:${booking.id}:${type}`,
      });
      if (sent) written += 1;
    }
    return written;
  }
}
