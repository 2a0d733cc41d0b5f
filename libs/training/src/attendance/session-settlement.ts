import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { ConflictError } from '@kindred/common';
import { PersonReach } from '@kindred/org';
import { lastValidDay } from '@kindred/skills';
import { Booking, BookingStatus } from '../booking/booking.entity';
import { BookingService } from '../booking/booking.service';
import { TrainingNotices } from '../notices/training-notices';
import { CourseGrants } from '../record/course-grants';
import { isoDay } from '../record/days';
import { RecordSource, TrainingRecord } from '../record/training-record.entity';
import { SessionStatus, type TrainingSession } from '../session/training-session.entity';
import { AttendanceMark, AttendanceStatus } from './attendance-mark.entity';
import { ON_REGISTER } from './attendance.service';
import { assertTakesRegister } from './register-access';

/**
 * Closes a session once its last part has ended: each confirmed booking gets its outcome from the
 * register (unmarked parts count as absent), everyone who attended every part gets a training
 * record with the course's levels, and the session is completed, all in one transaction. Settling
 * again after a register correction only adds what is missing: a record once issued stays until
 * revoked.
 */
@Injectable()
export class SessionSettlement {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
    private readonly bookings: BookingService,
    private readonly notices: TrainingNotices,
  ) {}

  async settle(actor: Actor, sessionId: string, now = new Date()): Promise<TrainingSession> {
    const me = await this.reach.actorPerson(actor);
    const settled = await this.em.transactional(async (tx) => {
      const session = await this.bookings.lock(tx, sessionId);
      await tx.populate(session, ['parts', 'trainers', 'course']);
      assertTakesRegister(actor, session, me);
      if (session.status !== SessionStatus.PUBLISHED && session.status !== SessionStatus.COMPLETED) {
        throw new ConflictError(`This session is ${session.status.toLowerCase()}: there is no attendance to settle.`);
      }
      if (now < session.endsAt) throw new ConflictError('Attendance is settled once the last part has ended.');

      const parts = session.parts.getItems();
      const course = session.course.getEntity();
      const booked = await tx.find(Booking, { session, status: { $in: [...ON_REGISTER] } }, { populate: ['person'] });
      const [marks, issued] = await Promise.all([
        tx.find(AttendanceMark, { booking: { $in: booked } }),
        tx.find(TrainingRecord, { booking: { $in: booked } }),
      ]);
      const grants = await CourseGrants.of(tx, course);
      const completedOn = isoDay(parts[parts.length - 1].endsAt);
      for (const booking of booked) {
        const own = marks.filter((m) => m.booking.id === booking.id);
        const count = (status: AttendanceStatus) => own.filter((m) => m.status === status).length;
        booking.settleAttendance(count(AttendanceStatus.ATTENDED), count(AttendanceStatus.PARTIAL), parts.length);
        if (booking.status !== BookingStatus.ATTENDED || issued.some((r) => r.booking?.id === booking.id)) continue;
        const record = new TrainingRecord(booking.person.getEntity(), {
          course,
          title: course.title,
          completedOn,
          expiresOn: course.validityMonths ? lastValidDay(completedOn, course.validityMonths) : null,
          source: RecordSource.SESSION,
          cpdMinutes: course.cpdMinutes,
          evidence: null,
          booking,
        });
        tx.persist(record);
        await grants.grant(tx, record, { userId: actor.userId, assessor: null }, isoDay(now));
        await this.notices.certificateIssued(tx, record);
      }
      if (session.status === SessionStatus.PUBLISHED) session.complete(now);
      return session;
    });
    await this.notices.nudge();
    return settled;
  }
}
