import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type FilterQuery, LockMode } from '@mikro-orm/core';
import { type Actor, scopeFor } from '@kindred/auth';
import {
  BadInputError,
  ConflictError,
  DomainError,
  ForbiddenError,
  type ListPage,
  NotFoundError,
  pageOptions,
} from '@kindred/common';
import { BookingApproval, type JobAssignment, type Person, PersonReach } from '@kindred/org';
import { SkillHolding } from '@kindred/skills';
import { Course } from '../course/course.entity';
import { fulfilInterest } from '../interest/fulfil-interest';
import { isoDay } from '../record/days';
import { RecordValidation, TrainingRecord } from '../record/training-record.entity';
import { SessionQuota, SessionStatus, TrainingSession } from '../session/training-session.entity';
import { TrainingPolicies } from '../training-policies';
import { Booking, BookingStatus, HOLDS_PLACE, LIVE } from './booking.entity';
import { currentJobs, teamsAway, trainingLoad } from './booking-context';
import { guardsBroken, overlaps } from './guards';
import { Places } from './places';
import type { BookingListArgs } from './booking.types';

const SORTABLE = ['arrival', 'createdAt'] as const;

export interface BookingRequest {
  sessionId: string;
  /** Someone else: a manager books for their team, a workforce lead for anyone. */
  personId?: string | null;
  /** Which of the person's employers the place is for, when they have several. */
  organisationId?: string | null;
  /** Needed when a manager books past a guard. */
  overrideReason?: string | null;
}

export interface BookingOutcome {
  booking: Booking;
  /** Things the learner should know but that do not stop the booking. */
  warnings: string[];
}

/**
 * Booking use cases. Every change to who holds a place happens in one transaction that first locks
 * the session row, so places are counted and taken by one request at a time: a session never holds
 * more confirmed places than seats, in any pool, however many people book at once.
 */
@Injectable()
export class BookingService {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
    private readonly policies: TrainingPolicies,
  ) {}

  async request(actor: Actor, input: BookingRequest, now = new Date()): Promise<BookingOutcome> {
    const me = await this.reach.actorPerson(actor);
    const person = input.personId && input.personId !== me?.id ? await this.bookable(actor, input.personId) : me;
    if (!person)
      throw new ForbiddenError('Your sign-in is not linked to a person record, so you cannot book for yourself.');
    const forSelf = person.id === me?.id;

    const session = await this.em.findOne(TrainingSession, { id: input.sessionId }, { populate: ['course', 'parts'] });
    if (!session) throw new NotFoundError('Session', input.sessionId);
    if (!session.openForBooking(now)) throw new ConflictError(this.closedReason(session, now));
    const course = session.course.getEntity();
    const jobs = await currentJobs(this.em, person, now);
    const job = this.jobFor(course, jobs, input.organisationId);
    const warnings = await this.warnings(person, session, course);

    const parts = session.parts.getItems();
    const guards = guardsBroken(
      { startsAt: session.startsAt, endsAt: session.endsAt, minutes: session.durationMinutes },
      await trainingLoad(this.em, person, session.startsAt),
      await teamsAway(this.em, person, jobs, parts),
      { hoursCapPer28Days: (await this.policies.of(actor.partnershipId)).trainingHoursCapPer28Days },
    );
    if (guards.length && !forSelf && !input.overrideReason?.trim()) {
      throw new BadInputError(
        `${person.fullName} would go over the ${guards.map((g) => g.toLowerCase()).join(' and ')} limit: give a reason to override it.`,
      );
    }
    const needsApproval = forSelf && (guards.length > 0 || this.approvalRequired(job));

    return this.em.transactional(async (tx) => {
      // Before the lock, so it does not keep other bookers waiting; it rolls back with a refusal.
      await fulfilInterest(tx, { personId: person.id, courseId: course.id }, now);
      const locked = await this.lock(tx, session.id);
      // Checked again under the lock: the session may have been cancelled while this request waited.
      if (!locked.openForBooking(now)) throw new ConflictError(this.closedReason(locked, now));
      const { next, mine } = await this.arrivalOf(tx, locked, person);
      if (mine > 0) {
        throw new ConflictError(`${forSelf ? 'You are' : `${person.fullName} is`} already booked on this session.`);
      }
      const booking = new Booking(locked, person, {
        organisation: job.organisation.getEntity(),
        arrival: next,
        requestedByUserId: actor.userId,
        approver: this.approverFor(job),
      });
      tx.persist(booking);
      if (needsApproval) {
        booking.holdForOverride(guards);
      } else {
        booking.approve(actor.userId, now, input.overrideReason ?? null);
        booking.holdForOverride(guards);
        await this.allocate(tx, locked, booking, now);
      }
      return { booking, warnings };
    });
  }

  /**
   * Bookings the actor may see: their own, their reports', or everyone's in reach. With
   * `booking.self`, only their own: a manager's reach for `booking.read` leaves them out.
   */
  async list(
    actor: Actor,
    args: BookingListArgs,
    action: 'booking.read' | 'booking.self' = 'booking.read',
  ): Promise<ListPage<Booking>> {
    const where: FilterQuery<Booking> = {};
    const f = args.filter;
    if (f?.sessionIds) where.session = { $in: f.sessionIds };
    if (f?.personIds) where.person = { $in: f.personIds };
    if (f?.statuses) where.status = { $in: f.statuses };
    const [nodes, totalCount] = await this.em.findAndCount(
      Booking,
      { ...where, ...(await this.reach.filter(actor, action)) },
      pageOptions(args, SORTABLE, 'arrival'),
    );
    return { nodes, totalCount };
  }

  /** Requests waiting for the actor: those naming them as approver, and for stewards all in reach. */
  async inbox(actor: Actor, page: { page: number; perPage: number }): Promise<ListPage<Booking>> {
    const me = await this.reach.actorPerson(actor);
    const steward = ['PARTNERSHIP', 'ORGANISATION'].includes(scopeFor('booking.approve', actor.grants) ?? '');
    const where: FilterQuery<Booking> = steward
      ? { status: BookingStatus.PENDING_APPROVAL, ...(await this.reach.filter(actor, 'booking.approve')) }
      : { status: BookingStatus.PENDING_APPROVAL, approver: me?.id ?? null };
    if (!steward && !me) return { nodes: [], totalCount: 0 };
    const [nodes, totalCount] = await this.em.findAndCount(Booking, where, {
      orderBy: { createdAt: 'ASC', id: 'ASC' },
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    });
    return { nodes, totalCount };
  }

  /** A workforce lead books a group: each person separately, so one refusal does not stop the rest. */
  async requestMany(
    actor: Actor,
    input: { sessionId: string; personIds: string[]; overrideReason?: string | null },
  ): Promise<{ personId: string; outcome: BookingOutcome | null; error: string | null }[]> {
    const results = [];
    for (const personId of input.personIds) {
      try {
        const outcome = await this.request(actor, {
          sessionId: input.sessionId,
          personId,
          overrideReason: input.overrideReason,
        });
        results.push({ personId, outcome, error: null });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results.push({ personId, outcome: null, error: error.message });
      }
    }
    return results;
  }

  /** Lets a late cancellation or no-show off its charge, with the reason kept. */
  async waive(actor: Actor, bookingId: string, reason: string): Promise<Booking> {
    const booking = await this.decidableAny(actor, bookingId);
    booking.waive(reason);
    await this.em.flush();
    return booking;
  }

  /** The approver (or a steward) agrees; the booking then gets a place or a waitlist position. */
  async approve(actor: Actor, bookingId: string, overrideReason: string | null, now = new Date()): Promise<Booking> {
    const booking = await this.decidable(actor, bookingId);
    return this.em.transactional(async (tx) => {
      const session = await this.lock(tx, booking.session.id);
      const fresh = await tx.findOneOrFail(Booking, booking.id, { populate: ['organisation'] });
      if (!session.openForBooking(now)) throw new ConflictError(this.closedReason(session, now));
      fresh.approve(actor.userId, now, overrideReason);
      await this.allocate(tx, session, fresh, now);
      return fresh;
    });
  }

  async decline(actor: Actor, bookingId: string, reason: string, now = new Date()): Promise<Booking> {
    const booking = await this.decidable(actor, bookingId);
    booking.decline(actor.userId, now, reason);
    await this.em.flush();
    return booking;
  }

  /** The learner, or whoever may book for them, cancels; a freed place is offered on. */
  async cancel(actor: Actor, bookingId: string, now = new Date()): Promise<Booking> {
    const booking = await this.own(actor, bookingId);
    return this.em.transactional(async (tx) => {
      const session = await this.lock(tx, booking.session.id);
      const fresh = await tx.findOneOrFail(Booking, booking.id, { populate: ['session'] });
      const freed = fresh.holdsPlace;
      fresh.cancel(now);
      if (freed) await this.promote(tx, session, now);
      return fresh;
    });
  }

  async acceptOffer(actor: Actor, bookingId: string, now = new Date()): Promise<Booking> {
    const booking = await this.own(actor, bookingId);
    return this.em.transactional(async (tx) => {
      await this.lock(tx, booking.session.id);
      const fresh = await tx.findOneOrFail(Booking, booking.id, { populate: ['quota'] });
      if (fresh.status !== BookingStatus.OFFERED)
        throw new ConflictError('There is no place on offer for this booking.');
      if (fresh.offerExpiresAt && fresh.offerExpiresAt <= now) throw new ConflictError('The offer has expired.');
      fresh.confirm(fresh.quota?.getEntity() ?? null);
      return fresh;
    });
  }

  /**
   * Offers freed places to the waitlist in arrival order, each in the pool the person may use. The
   * session must be locked by the caller's transaction. No offers once the session has started.
   */
  async promote(tx: EntityManager, session: TrainingSession, now: Date): Promise<Booking[]> {
    if (session.status !== SessionStatus.PUBLISHED || now >= session.startsAt) return [];
    // Places are counted in SQL: the caller's changes (a cancellation, say) must be written first.
    await tx.flush();
    const { places, quotas } = await this.places(tx, session, now);
    const waiting = await tx.find(
      Booking,
      { session, status: BookingStatus.WAITLISTED },
      { populate: ['organisation'], orderBy: { arrival: 'ASC' } },
    );
    const offered: Booking[] = [];
    const expiresAt = new Date(Math.min(now.getTime() + session.offerHours * 3_600_000, session.startsAt.getTime()));
    for (const booking of waiting) {
      const seat = places.seatFor([booking.organisation.getEntity()]);
      if (!seat) continue;
      places.take(seat);
      booking.offer(quotas.find((q) => q.id === seat.quotaId) ?? null, expiresAt);
      offered.push(booking);
    }
    return offered;
  }

  /** Locks the session row for the rest of the transaction. */
  async lock(tx: EntityManager, sessionId: string): Promise<TrainingSession> {
    // Only the session's own row ("t0"): the tenancy filter joins the partnership (and the course),
    // and locking those too would queue every booking and every new row of the partnership.
    const session = await tx.findOne(
      TrainingSession,
      { id: sessionId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, lockTableAliases: ['t0'] },
    );
    if (!session) throw new NotFoundError('Session', sessionId);
    return session;
  }

  private async allocate(tx: EntityManager, session: TrainingSession, booking: Booking, now: Date): Promise<void> {
    const { places, quotas } = await this.places(tx, session, now);
    const seat = places.seatFor([booking.organisation.getEntity()]);
    if (!seat) return booking.waitlist();
    booking.confirm(quotas.find((q) => q.id === seat.quotaId) ?? null);
  }

  /**
   * The session's pools and what is taken from each. Counted in SQL: under the lock, every round
   * trip is time other bookers wait.
   */
  private async places(
    tx: EntityManager,
    session: TrainingSession,
    now: Date,
  ): Promise<{ places: Places; quotas: SessionQuota[] }> {
    const quotas = await tx.find(SessionQuota, { session });
    const taken = await tx.execute<{ quota_id: string | null; taken: number }[]>(
      'select quota_id, count(*)::int as taken from booking where session_id = ? and status in (?) group by quota_id',
      [session.id, [...HOLDS_PLACE]],
    );
    const places = new Places(
      session.capacity,
      quotas.map((q) => ({ id: q.id, seats: q.seats, released: q.released(now), serves: (e) => q.serves(e) })),
      taken.flatMap((t) => Array.from({ length: t.taken }, () => ({ quotaId: t.quota_id }))),
    );
    return { places, quotas };
  }

  /**
   * The next arrival number, and whether the person already has a live booking, in one query on
   * the locking transaction's own connection (a second connection could wait on the pool forever).
   */
  private async arrivalOf(tx: EntityManager, session: TrainingSession, person: Person) {
    const [row] = await tx.execute<{ next: number; mine: number }[]>(
      `select coalesce(max(arrival), 0) + 1 as next,
              count(*) filter (where person_id = ? and status in (?))::int as mine
       from booking where session_id = ?`,
      [person.id, [...LIVE], session.id],
    );
    return row;
  }

  /** Someone the actor may book for: their reports (managers) or anyone in reach (stewards). */
  private async bookable(actor: Actor, personId: string): Promise<Person> {
    if (scopeFor('booking.others', actor.grants) === null) {
      throw new ForbiddenError('You can book only for yourself.');
    }
    return this.reach.person(actor, 'booking.others', personId);
  }

  /** The job the place is for: the one named, or the person's first current job the course is open to. */
  private jobFor(course: Course, jobs: JobAssignment[], organisationId?: string | null): JobAssignment {
    const candidates = organisationId ? jobs.filter((j) => j.organisation.id === organisationId) : jobs;
    if (candidates.length === 0) {
      throw new BadInputError(
        organisationId ? 'They have no current job in that organisation.' : 'Only people with a current job can book.',
      );
    }
    const { roleProfileIds, employmentTypes, organisationIds } = course.audience;
    const open = candidates.find(
      (j) =>
        (roleProfileIds.length === 0 || (j.roleProfileId !== null && roleProfileIds.includes(j.roleProfileId))) &&
        (employmentTypes.length === 0 || employmentTypes.includes(j.employmentType)) &&
        (organisationIds.length === 0 || organisationIds.includes(j.organisation.id)),
    );
    if (!open)
      throw new BadInputError(`${course.title} is not open to ${candidates.length > 1 ? 'these jobs' : 'this job'}.`);
    return open;
  }

  private approvalRequired(job: JobAssignment): boolean {
    return job.organisation.getEntity().bookingApproval === BookingApproval.LINE_MANAGER;
  }

  /** The line manager (a volunteer's coordinator), else the team's manager. */
  private approverFor(job: JobAssignment): Person | null {
    return job.lineManager?.getEntity() ?? job.team?.getEntity().manager?.getEntity() ?? null;
  }

  private async warnings(person: Person, session: TrainingSession, course: Course): Promise<string[]> {
    const warnings: string[] = [];
    const others = await this.em.find(
      Booking,
      {
        person,
        status: { $in: [...LIVE] },
        session: { id: { $ne: session.id }, status: { $ne: SessionStatus.CANCELLED } },
      },
      { populate: ['session.parts', 'session.course'] },
    );
    const parts = session.parts.getItems();
    const clash = others.find((b) =>
      b.session
        .getEntity()
        .parts.getItems()
        .some((p) => parts.some((q) => overlaps(p, q))),
    );
    if (clash)
      warnings.push(
        `This clashes with ${clash.session.getEntity().course.getEntity().title}, which you are booked on.`,
      );

    const start = isoDay(session.startsAt);
    const records = await this.em.find(TrainingRecord, {
      person,
      revokedAt: null,
      validation: RecordValidation.VALIDATED,
    });
    const current = (courseId: string) =>
      records.some((r) => r.course?.id === courseId && (r.expiresOn === null || r.expiresOn > start));
    if (current(course.id)) warnings.push(`You have already completed ${course.title} and it is still valid.`);
    for (const prerequisite of course.prerequisites) {
      if ('courseId' in prerequisite) {
        if (!current(prerequisite.courseId)) {
          const needed = await this.em.findOne(Course, { id: prerequisite.courseId });
          warnings.push(`${course.title} expects ${needed?.title ?? 'another course'} first.`);
        }
      } else {
        const holding = await this.em.findOne(SkillHolding, { person, competency: prerequisite.competencyId });
        if (!holding?.holds(prerequisite.level)) {
          warnings.push(`${course.title} expects level ${prerequisite.level} in a competency you do not yet hold.`);
        }
      }
    }
    return warnings;
  }

  private async decidableAny(actor: Actor, bookingId: string): Promise<Booking> {
    const booking = await this.em.findOne(Booking, { id: bookingId }, { populate: ['person'] });
    if (!booking) throw new NotFoundError('Booking', bookingId);
    await this.reach.person(actor, 'booking.approve', booking.person.id).catch(() => {
      throw new NotFoundError('Booking', bookingId);
    });
    return booking;
  }

  /** A booking the actor may approve or decline: theirs to approve, or a steward's. */
  private async decidable(actor: Actor, bookingId: string): Promise<Booking> {
    const booking = await this.em.findOne(Booking, { id: bookingId }, { populate: ['person'] });
    if (!booking) throw new NotFoundError('Booking', bookingId);
    const me = await this.reach.actorPerson(actor);
    const isApprover = me !== null && booking.approver?.id === me.id;
    if (!isApprover)
      await this.reach.person(actor, 'booking.approve', booking.person.id).catch(() => {
        throw new NotFoundError('Booking', bookingId);
      });
    if (me?.id === booking.person.id) throw new ForbiddenError('You cannot approve your own booking.');
    return booking;
  }

  /** A booking of the actor's own, or of someone they may book for. */
  private async own(actor: Actor, bookingId: string): Promise<Booking> {
    const booking = await this.em.findOne(Booking, { id: bookingId }, { populate: ['person'] });
    if (!booking) throw new NotFoundError('Booking', bookingId);
    const me = await this.reach.actorPerson(actor);
    if (me?.id !== booking.person.id) {
      await this.reach.person(actor, 'booking.others', booking.person.id).catch(() => {
        throw new NotFoundError('Booking', bookingId);
      });
    }
    return booking;
  }

  private closedReason(session: TrainingSession, now: Date): string {
    if (session.status !== SessionStatus.PUBLISHED)
      return `This session is ${session.status.toLowerCase()}, not taking bookings.`;
    if (session.registrationOpensAt && now < session.registrationOpensAt) {
      return `Registration opens on ${isoDay(session.registrationOpensAt)}.`;
    }
    return 'Registration for this session has closed.';
  }
}
