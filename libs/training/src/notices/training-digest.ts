import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig } from '@kindred/config';
import { type DigestEntry, type DigestItem, digestEntries, WeeklyDigestSection } from '@kindred/notify';
import { currentLineManagers, type Person } from '@kindred/org';
import { Booking, BookingStatus } from '../booking/booking.entity';
import { isoDay } from '../record/days';
import { RecordValidation, TrainingRecord } from '../record/training-record.entity';

/** How far ahead a manager's digest looks for their team's training expiring. */
const EXPIRY_WINDOW_DAYS = 30;

/** What training puts in managers' weekly digests. */
@Injectable()
export class TrainingDigest {
  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  /** Booking requests that name the manager as approver and are still waiting. */
  @WeeklyDigestSection(10)
  async pendingApprovals(tx: EntityManager): Promise<DigestEntry[]> {
    const bookings = await tx.find(
      Booking,
      { status: BookingStatus.PENDING_APPROVAL, approver: { $ne: null } },
      { populate: ['approver', 'person', 'session.course'], filters: false, orderBy: { createdAt: 'ASC' } },
    );
    return digestEntries(
      bookings.map((b) => [
        b.approver!.getEntity(),
        {
          who: b.person.getEntity().fullName,
          what: b.session.getEntity().course.getEntity().title,
          on: b.session.getEntity().startsAt.toISOString(),
        },
      ]),
      'Booking requests waiting for your decision',
      `${this.config.http.publicUrl}/training-approvals`,
    );
  }

  /** Training that counts and expires within 30 days, to the line managers of whoever holds it. */
  @WeeklyDigestSection(20)
  async teamTrainingExpiring(tx: EntityManager, now: Date): Promise<DigestEntry[]> {
    const today = isoDay(now);
    const until = isoDay(new Date(now.getTime() + EXPIRY_WINDOW_DAYS * 86_400_000));
    const records = await tx.find(
      TrainingRecord,
      { validation: RecordValidation.VALIDATED, revokedAt: null, expiresOn: { $gte: today, $lte: until } },
      { populate: ['person'], filters: false, orderBy: { expiresOn: 'ASC' } },
    );
    const managers = await currentLineManagers(tx, [...new Set(records.map((r) => r.person.id))], today);
    return digestEntries(
      records.flatMap((record) => {
        const item = { who: record.person.getEntity().fullName, what: record.title, on: record.expiresOn as string };
        return (managers.get(record.person.id) ?? []).map((m) => [m, item] as [Person, DigestItem]);
      }),
      `Training expiring in the next ${EXPIRY_WINDOW_DAYS} days`,
      `${this.config.http.publicUrl}/training-expiry`,
    );
  }
}
