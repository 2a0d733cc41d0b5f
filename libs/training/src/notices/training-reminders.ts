import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig } from '@kindred/config';
import { defineJob, defineSchedule, JobHandler } from '@kindred/jobs';
import { NotificationKind, Outbox } from '@kindred/notify';
import { currentLineManagers } from '@kindred/org';
import { Booking, BookingStatus } from '../booking/booking.entity';
import { isoDay } from '../record/days';
import { RecordValidation, TrainingRecord } from '../record/training-record.entity';
import { SessionStatus, TrainingSession } from '../session/training-session.entity';
import { TrainingNotices } from './training-notices';

export interface TrainingRemindersData {
  /** The moment to act as of (tests); now when left out. */
  now?: string;
}

export const sendTrainingReminders = defineJob<TrainingRemindersData | null>('training.reminders');

/** Hourly: a reminder is due within the hour of its day, and a missed tick is caught up by the next. */
export const trainingRemindersSchedule = defineSchedule({
  name: 'training.reminders',
  cron: '7 * * * *',
  job: sendTrainingReminders,
});

const DAY = 86_400_000;
/** Days before a session that its learners are reminded. */
const SESSION_REMINDER_DAYS = [7, 1];
/**
 * Days before training expires that the learner and their manager hear, unless its course names
 * its own months (Mental Health First Aid: 6 and 3).
 */
const EXPIRY_NOTICE_DAYS = [90, 60, 30];
const DAYS_PER_MONTH = 30.44;
/** The furthest ahead any course may remind: courses are valid for at most 120 months. */
const FURTHEST_NOTICE_DAYS = 120 * 31;
/** A register not taken this long after the session ends is chased once. */
const REGISTER_GRACE_MS = DAY;
/** …and sessions further back than this are left alone. */
const REGISTER_LOOKBACK_MS = 30 * DAY;

/**
 * The time-driven messages of training: session reminders, sessions short of their minimum at the
 * cut-off (to the organiser), registers not taken a day after the session (to the trainers), and
 * training about to expire (to the learner and their line managers). Each message has a dedupe key
 * naming what it is about and when, so running a tick twice, or catching up after a missed one,
 * sends nothing twice.
 */
@Injectable()
export class TrainingReminders {
  private readonly logger = new Logger(TrainingReminders.name);

  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly notices: TrainingNotices,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @JobHandler(sendTrainingReminders)
  async run(data: TrainingRemindersData | null): Promise<void> {
    const now = data?.now ? new Date(data.now) : new Date();
    const written = await this.em.fork().transactional(async (tx) => {
      const counts = [
        await this.sessionReminders(tx, now),
        await this.minimumsMissed(tx, now),
        await this.registersNotTaken(tx, now),
        await this.expiringTraining(tx, now),
      ];
      return counts.reduce((a, b) => a + b, 0);
    });
    if (written > 0) {
      this.logger.log(`Wrote ${written} reminder(s)`);
      await this.outbox.nudge();
    }
  }

  /** Confirmed learners, 7 days and 1 day before; only for reminders due after they booked. */
  private async sessionReminders(tx: EntityManager, now: Date): Promise<number> {
    const furthest = Math.max(...SESSION_REMINDER_DAYS);
    const bookings = await tx.find(
      Booking,
      {
        status: BookingStatus.CONFIRMED,
        session: {
          status: SessionStatus.PUBLISHED,
          startsAt: { $gt: now, $lte: new Date(now.getTime() + furthest * DAY) },
        },
      },
      { populate: ['person', 'session.course', 'session.parts', 'session.site', 'session.room'], filters: false },
    );
    let written = 0;
    for (const booking of bookings) {
      const session = booking.session.getEntity();
      const left = session.startsAt.getTime() - now.getTime();
      // The nearest reminder point already passed: at 3 days to go, the 7-day one.
      const days = [...SESSION_REMINDER_DAYS].sort((a, b) => a - b).find((d) => left <= d * DAY);
      if (days === undefined || booking.createdAt.getTime() > session.startsAt.getTime() - days * DAY) continue;
      const sent = await this.notices.tell(tx, booking, session, 'session-reminder', {
        kind: NotificationKind.REMINDER,
        key: `reminder-${days}`,
        data: { daysBefore: days },
      });
      if (sent) written += 1;
    }
    return written;
  }

  /** Published sessions past their minimum-numbers cut-off with fewer confirmed than the minimum. */
  private async minimumsMissed(tx: EntityManager, now: Date): Promise<number> {
    const rows = await tx.execute<{ id: string; confirmed: number }[]>(
      `select * from (
         select s.id, s.minimum_numbers,
                (select count(*) from booking b where b.session_id = s.id and b.status = 'CONFIRMED')::int as confirmed
         from training_session s
         where s.status = 'PUBLISHED' and s.minimum_numbers is not null and s.minimum_cutoff_at <= ? and s.starts_at > ?
       ) due where confirmed < minimum_numbers`,
      [now, now],
    );
    let written = 0;
    for (const row of rows) {
      const session = await tx.findOneOrFail(
        TrainingSession,
        { id: row.id },
        { populate: ['course.provider', 'partnership'], filters: false },
      );
      const course = session.course.getEntity();
      // The provider's contact organises the session; else the partnership's own address.
      const organiser =
        course.provider.getEntity().contactEmail ??
        this.config.partnership(session.partnership.getEntity().slug)?.senderEmail;
      if (!organiser) continue;
      const sent = await this.outbox.enqueue(tx, {
        partnership: session.partnership,
        recipientEmail: organiser,
        type: 'minimum-not-reached',
        data: {
          courseTitle: course.title,
          startsAt: session.startsAt.toISOString(),
          confirmed: row.confirmed,
          minimum: session.minimumNumbers,
          capacity: session.capacity,
          sessionLink: this.sessionLink(session),
        },
        dedupeKey: `session:${session.id}:minimum-not-reached`,
      });
      if (sent) written += 1;
    }
    return written;
  }

  /** Sessions that ended over a day ago with no attendance marked: each trainer is asked once. */
  private async registersNotTaken(tx: EntityManager, now: Date): Promise<number> {
    const rows = await tx.execute<{ id: string }[]>(
      `select s.id from training_session s
       where s.status = 'PUBLISHED' and s.ends_at <= ? and s.ends_at > ?
         and exists (select 1 from booking b where b.session_id = s.id and b.status = 'CONFIRMED')
         and not exists (select 1 from attendance_mark m join booking b on b.id = m.booking_id where b.session_id = s.id)`,
      [new Date(now.getTime() - REGISTER_GRACE_MS), new Date(now.getTime() - REGISTER_LOOKBACK_MS)],
    );
    let written = 0;
    for (const row of rows) {
      const session = await tx.findOneOrFail(
        TrainingSession,
        { id: row.id },
        { populate: ['course', 'trainers'], filters: false },
      );
      for (const trainer of session.trainers.getItems()) {
        const sent = await this.outbox.enqueue(tx, {
          partnership: session.partnership,
          recipientEmail: trainer.email,
          recipientPersonId: trainer.id,
          type: 'register-not-taken',
          data: {
            recipientName: trainer.fullName,
            courseTitle: session.course.getEntity().title,
            startsAt: session.startsAt.toISOString(),
            sessionLink: this.sessionLink(session),
          },
          dedupeKey: `session:${session.id}:register-not-taken:${trainer.id}`,
        });
        if (sent) written += 1;
      }
    }
    return written;
  }

  /** Training that counts and expires within the notice days: to the learner and their line managers. */
  private async expiringTraining(tx: EntityManager, now: Date): Promise<number> {
    const today = isoDay(now);
    const furthest = isoDay(new Date(now.getTime() + FURTHEST_NOTICE_DAYS * DAY));
    const records = await tx.find(
      TrainingRecord,
      { validation: RecordValidation.VALIDATED, revokedAt: null, expiresOn: { $gte: today, $lte: furthest } },
      { populate: ['person', 'course'], filters: false },
    );
    if (records.length === 0) return 0;
    const managersOf = await currentLineManagers(tx, [...new Set(records.map((r) => r.person.id))], today);
    let written = 0;
    for (const record of records) {
      const left = Math.round((Date.parse(record.expiresOn as string) - Date.parse(today)) / DAY);
      const months = record.course?.getEntity().reminderMonths ?? [];
      const points = months.length ? months.map((m) => Math.round(m * DAYS_PER_MONTH)) : EXPIRY_NOTICE_DAYS;
      const days = [...points].sort((a, b) => a - b).find((d) => left <= d);
      if (days === undefined) continue;
      const learner = record.person.getEntity();
      const recipients = [learner, ...(managersOf.get(learner.id) ?? [])];
      for (const recipient of recipients) {
        const sent = await this.outbox.enqueue(tx, {
          partnership: record.partnership,
          recipientEmail: recipient.email,
          recipientPersonId: recipient.id,
          type: 'training-expiring',
          kind: NotificationKind.REMINDER,
          data: {
            recipientName: recipient.fullName,
            learnerName: learner.fullName,
            forLearner: recipient.id === learner.id,
            title: record.title,
            expiresOn: record.expiresOn,
            daysLeft: left,
            findTrainingLink: `${this.config.http.publicUrl}/find-training`,
          },
          dedupeKey: `record:${record.id}:expiring-${days}:${recipient.id}`,
        });
        if (sent) written += 1;
      }
    }
    return written;
  }

  private sessionLink(session: TrainingSession): string {
    return `${this.config.http.publicUrl}/TrainingSession/${session.id}/show`;
  }
}
