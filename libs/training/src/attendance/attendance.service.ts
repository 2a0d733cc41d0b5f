import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@kindred/auth';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '@kindred/common';
import { PersonReach } from '@kindred/org';
import { Booking, BookingStatus } from '../booking/booking.entity';
import { BookingService } from '../booking/booking.service';
import { type SessionPart, SessionStatus, TrainingSession } from '../session/training-session.entity';
import { AttendanceMark, AttendanceSource, AttendanceStatus } from './attendance-mark.entity';
import { assertTakesRegister } from './register-access';
import type { MarkAttendanceInput } from './attendance.types';

/** Bookings that belong on a register: a confirmed place, or one whose attendance is already settled. */
export const ON_REGISTER: readonly BookingStatus[] = [
  BookingStatus.CONFIRMED,
  BookingStatus.ATTENDED,
  BookingStatus.PARTIALLY_ATTENDED,
  BookingStatus.NO_SHOW,
];

/** Learners may check in from this long before a part starts until it ends. */
const CHECK_IN_EARLY_MS = 15 * 60_000;

const londonTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

export interface Register {
  session: TrainingSession;
  parts: SessionPart[];
  entries: { booking: Booking; marks: AttendanceMark[] }[];
}

/**
 * The register of each session part: the trainer's marks, and learners checking themselves in with
 * the session's code. Marks are written under the session's lock, so a trainer saving the register
 * and a learner checking in never race for the same line.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
    private readonly bookings: BookingService,
  ) {}

  async register(actor: Actor, sessionId: string): Promise<Register> {
    const session = await this.em.findOne(TrainingSession, { id: sessionId }, { populate: ['parts', 'trainers'] });
    if (!session) throw new NotFoundError('Session', sessionId);
    assertTakesRegister(actor, session, await this.reach.actorPerson(actor));
    return this.registerOf(this.em, session);
  }

  /** The trainer's marks for one part; they replace any check-in. */
  async mark(actor: Actor, input: MarkAttendanceInput, now = new Date()): Promise<Register> {
    const ids = input.marks.map((m) => m.bookingId);
    if (new Set(ids).size !== ids.length) throw new BadInputError('Mark each booking once.');
    const me = await this.reach.actorPerson(actor);
    return this.em.transactional(async (tx) => {
      const session = await this.bookings.lock(tx, input.sessionId);
      await tx.populate(session, ['parts', 'trainers']);
      assertTakesRegister(actor, session, me);
      if (session.status !== SessionStatus.PUBLISHED && session.status !== SessionStatus.COMPLETED) {
        throw new ConflictError(`This session is ${session.status.toLowerCase()}: it has no register.`);
      }
      const part = session.parts.getItems().find((p) => p.id === input.partId);
      if (!part) throw new NotFoundError('Session part', input.partId);
      if (now < part.startsAt) {
        throw new ConflictError(
          `The register for part ${part.position + 1} opens when it starts, on ${londonTime.format(part.startsAt)}.`,
        );
      }
      const bookings = await tx.find(Booking, { id: { $in: ids }, session }, { populate: ['person'] });
      const marks = await tx.find(AttendanceMark, { part, booking: { $in: bookings } });
      for (const entry of input.marks) {
        const booking = bookings.find((b) => b.id === entry.bookingId);
        if (!booking) throw new NotFoundError('Booking on this session', entry.bookingId);
        if (!ON_REGISTER.includes(booking.status)) {
          throw new ConflictError(
            `${booking.person.getEntity().fullName} has no confirmed place (the booking is ${booking.status.toLowerCase()}), so is not on the register.`,
          );
        }
        const mark = marks.find((m) => m.booking.id === booking.id);
        if (mark) mark.mark(entry.status, AttendanceSource.REGISTER, actor.userId);
        else tx.persist(new AttendanceMark(booking, part, entry.status, AttendanceSource.REGISTER, actor.userId));
      }
      await tx.flush();
      return this.registerOf(tx, session);
    });
  }

  /** The learner marks themself present for the part running now; a trainer's mark stands. */
  async checkIn(actor: Actor, code: string, now = new Date()): Promise<AttendanceMark> {
    const me = await this.reach.actorPerson(actor);
    if (!me) {
      throw new ForbiddenError('Your sign-in is not linked to a person record, so there is no booking to check in to.');
    }
    return this.em.transactional(async (tx) => {
      const found = await tx.findOne(TrainingSession, { checkInCode: code.trim().toUpperCase() });
      if (!found || found.status !== SessionStatus.PUBLISHED) {
        throw new BadInputError('That check-in code is not right: check it with your trainer.');
      }
      const session = await this.bookings.lock(tx, found.id);
      await tx.populate(session, ['parts']);
      const parts = session.parts.getItems();
      const part = parts.find((p) => p.startsAt.getTime() - CHECK_IN_EARLY_MS <= now.getTime() && now <= p.endsAt);
      if (!part) throw new ConflictError(this.closedReason(parts, now));
      const booking = await tx.findOne(Booking, { session, person: me, status: BookingStatus.CONFIRMED });
      if (!booking) {
        throw new ForbiddenError(
          'You have no confirmed place on this session, so you cannot check in: see the trainer.',
        );
      }
      // Checking in twice changes nothing, and the trainer's mark, once made, stands.
      const mark = await tx.findOne(AttendanceMark, { booking, part });
      if (mark) return mark;
      const made = new AttendanceMark(
        booking,
        part,
        AttendanceStatus.ATTENDED,
        AttendanceSource.CHECK_IN,
        actor.userId,
      );
      tx.persist(made);
      return made;
    });
  }

  private async registerOf(em: EntityManager, session: TrainingSession): Promise<Register> {
    const bookings = await em.find(
      Booking,
      { session, status: { $in: [...ON_REGISTER] } },
      { populate: ['person'], orderBy: { person: { familyName: 'ASC', givenName: 'ASC' }, id: 'ASC' } },
    );
    const marks = await em.find(AttendanceMark, { booking: { $in: bookings } });
    return {
      session,
      parts: session.parts.getItems(),
      entries: bookings.map((booking) => ({ booking, marks: marks.filter((m) => m.booking.id === booking.id) })),
    };
  }

  private closedReason(parts: SessionPart[], now: Date): string {
    const next = parts.find((p) => p.startsAt.getTime() - CHECK_IN_EARLY_MS > now.getTime());
    if (!next) return 'This session has ended, so check-in is closed: ask the trainer to mark the register.';
    const opens = new Date(next.startsAt.getTime() - CHECK_IN_EARLY_MS);
    return `Check-in opens 15 minutes before ${parts.length > 1 ? `part ${next.position + 1}` : 'the session'} starts, on ${londonTime.format(opens)}.`;
  }
}
