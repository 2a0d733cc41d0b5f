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
import { scopeToPartnership } from '@kindred/database';
import {
  BookingApproval,
  type JobAssignment,
  PartnershipSettingsService,
  type Person,
  PersonReach,
} from '@kindred/org';
import { SkillHolding } from '@kindred/skills';
import { Course } from '../course/course.entity';
import { ApprovalLinks } from '../notices/approval-links';
import { TrainingNotices } from '../notices/training-notices';
import { fulfilInterest } from '../interest/fulfil-interest';
import { BookingPushAction } from '../provider-push/booking-push.entity';
import { BookingPushes } from '../provider-push/booking-pushes';
import { isoDay } from '../record/days';
import { RecordValidation, TrainingRecord } from '../record/training-record.entity';
import { SessionQuota, SessionStatus, TrainingSession } from '../session/training-session.entity';
import { Booking, BookingStatus, HOLDS_PLACE, LIVE } from './booking.entity';
import { currentJobs, teamsAway, trainingLoad } from './booking-context';
import { guardsBroken, overlaps } from './guards';
import { Places } from './places';
import type { BookingListArgs } from './booking.types';

interface PlacesTaken {
  quota_id: string | null;
  taken: number;
}

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
    private readonly partnerships: PartnershipSettingsService,
    private readonly notices: TrainingNotices,
    private readonly links: ApprovalLinks,
    private readonly pushes: BookingPushes,
  ) {}

  async request(actor: Actor, input: BookingRequest, now = new Date()): Promise<BookingOutcome> {
    const { person, forSelf } = await this.learner(actor, input.personId);

    // Site and room too: the messages the booking causes name the place, and under the lock they
    // must cost no query.
    const session = await this.em.findOne(
      TrainingSession,
      { id: input.sessionId },
      { populate: ['course', 'parts', 'site', 'room'] },
    );
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
      { hoursCapPer28Days: (await this.partnerships.configOf(actor.partnershipId)).policies.trainingHoursCapPer28Days },
    );
    if (guards.length && !forSelf && !input.overrideReason?.trim()) {
      throw new BadInputError(
        `${person.fullName} would go over the ${guards.map((g) => g.toLowerCase()).join(' and ')} limit: give a reason to override it.`,
      );
    }
    const needsApproval = forSelf && (guards.length > 0 || this.approvalRequired(job));

    const outcome = await this.em.transactional(async (tx) => {
      // Before the lock, so it does not keep other bookers waiting; it rolls back with a refusal.
      await fulfilInterest(tx, { personId: person.id, courseId: course.id }, now);
      const locked = await this.lock(tx, session.id);
      // Checked again under the lock: the session may have been cancelled while this request waited.
      if (!locked.openForBooking(now)) throw new ConflictError(this.closedReason(locked, now));
      const { next, mine, taken } = await this.ledger(tx, locked, person);
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
      const approver = booking.approver?.getEntity() ?? null;
      if (needsApproval) {
        booking.holdForOverride(guards);
        if (approver) await this.notices.askApprover(tx, booking, locked, approver);
      } else {
        booking.approve(actor.userId, now, input.overrideReason ?? null);
        booking.holdForOverride(guards);
        await this.allocate(tx, locked, booking, now, taken);
        await this.tellPlaced(tx, booking, locked, 'booking-confirmed');
      }
      return { booking, warnings };
    });
    await this.afterCommit(session);
    return outcome;
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
    return this.approveWithin(this.em, booking.id, actor.userId, overrideReason, now);
  }

  async decline(actor: Actor, bookingId: string, reason: string, now = new Date()): Promise<Booking> {
    const booking = await this.decidable(actor, bookingId);
    return this.declineWithin(this.em, booking, actor.userId, reason, now);
  }

  /**
   * The approver's emailed link: the signed token names the booking, so no sign-in is needed. It
   * works once, because a decided request cannot be decided again, and says so.
   */
  async decideByLink(
    token: string,
    decision: { approve: boolean; reason?: string | null },
    now = new Date(),
  ): Promise<Booking> {
    const bookingId = this.links.read(token, now);
    const em = this.em.fork();
    const booking = await em.findOne(Booking, { id: bookingId }, { filters: false, populate: ['approver', 'person'] });
    if (!booking) throw new NotFoundError('Booking', bookingId);
    scopeToPartnership(em, booking.partnership.id);
    if (booking.status !== BookingStatus.PENDING_APPROVAL) {
      throw new ConflictError(`This request has already been decided: it is ${booking.status.toLowerCase()}.`);
    }
    const byUserId = booking.approver?.getEntity().user?.id ?? null;
    return decision.approve
      ? this.approveWithin(em, booking.id, byUserId, decision.reason ?? null, now)
      : this.declineWithin(em, booking, byUserId, decision.reason ?? '', now);
  }

  private async approveWithin(
    em: EntityManager,
    bookingId: string,
    byUserId: string | null,
    overrideReason: string | null,
    now: Date,
  ): Promise<Booking> {
    const booking = await em.findOneOrFail(Booking, bookingId);
    const { approved, session } = await em.transactional(async (tx) => {
      const session = await this.lock(tx, booking.session.id);
      const fresh = await tx.findOneOrFail(Booking, booking.id, { populate: ['organisation', 'person'] });
      if (!session.openForBooking(now)) throw new ConflictError(this.closedReason(session, now));
      fresh.approve(byUserId, now, overrideReason);
      await this.allocate(tx, session, fresh, now);
      await this.tellPlaced(tx, fresh, session, 'booking-approved');
      return { approved: fresh, session };
    });
    await this.afterCommit(session);
    return approved;
  }

  private async declineWithin(
    em: EntityManager,
    booking: Booking,
    byUserId: string | null,
    reason: string,
    now: Date,
  ): Promise<Booking> {
    const declined = await em.transactional(async (tx) => {
      const fresh = await tx.findOneOrFail(Booking, booking.id, { populate: ['person', 'session.course'] });
      fresh.decline(byUserId, now, reason);
      await this.notices.tell(tx, fresh, fresh.session.getEntity(), 'booking-declined', {
        data: { declineReason: fresh.declineReason },
      });
      return fresh;
    });
    await this.notices.nudge();
    return declined;
  }

  /** The learner, or whoever may book for them, cancels; a freed place is offered on. */
  async cancel(actor: Actor, bookingId: string, now = new Date()): Promise<Booking> {
    const booking = await this.own(actor, bookingId);
    const me = await this.reach.actorPerson(actor);
    const { cancelled, session } = await this.em.transactional(async (tx) => {
      const session = await this.lock(tx, booking.session.id);
      const fresh = await tx.findOneOrFail(Booking, booking.id, { populate: ['session', 'person'] });
      const freed = fresh.holdsPlace;
      const confirmed = fresh.status === BookingStatus.CONFIRMED;
      fresh.cancel(now);
      await this.notices.tell(tx, fresh, session, 'booking-cancelled', {
        invite: confirmed ? 'CANCEL' : undefined,
        data: { byOrganiser: me?.id !== fresh.person.id },
      });
      // Only a confirmed place was ever booked with the provider.
      if (confirmed) this.pushes.record(tx, fresh, session, BookingPushAction.CANCEL);
      if (freed) {
        for (const offered of await this.promote(tx, session, now)) {
          await this.notices.tell(tx, offered, session, 'booking-offered');
        }
      }
      return { cancelled: fresh, session };
    });
    await this.afterCommit(session);
    return cancelled;
  }

  async acceptOffer(actor: Actor, bookingId: string, now = new Date()): Promise<Booking> {
    const booking = await this.own(actor, bookingId);
    const { accepted, session } = await this.em.transactional(async (tx) => {
      const session = await this.lock(tx, booking.session.id);
      const fresh = await tx.findOneOrFail(Booking, booking.id, { populate: ['quota', 'person'] });
      if (fresh.status !== BookingStatus.OFFERED)
        throw new ConflictError('There is no place on offer for this booking.');
      if (fresh.offerExpiresAt && fresh.offerExpiresAt <= now) throw new ConflictError('The offer has expired.');
      fresh.confirm(fresh.quota?.getEntity() ?? null);
      await this.tellPlaced(tx, fresh, session, 'booking-confirmed');
      return { accepted: fresh, session };
    });
    await this.afterCommit(session);
    return accepted;
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
      // The person too: whoever is offered a place is told, with no query more per offer.
      { populate: ['organisation', 'person'], orderBy: { arrival: 'ASC' } },
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

  /** After the commit: the worker relays the messages, and a provider's session's pushes, now. */
  private async afterCommit(session: TrainingSession): Promise<void> {
    await Promise.all([this.notices.nudge(), session.externalProvider ? this.pushes.nudge() : undefined]);
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

  /**
   * A place confirmed comes with its calendar invite, and on a provider's own session is booked
   * with the provider too; a waitlist position comes with neither.
   */
  private async tellPlaced(
    tx: EntityManager,
    booking: Booking,
    session: TrainingSession,
    event: 'booking-confirmed' | 'booking-approved',
  ): Promise<void> {
    if (booking.status === BookingStatus.CONFIRMED) {
      await this.notices.tell(tx, booking, session, event, { invite: 'REQUEST' });
      this.pushes.record(tx, booking, session, BookingPushAction.BOOK);
    } else {
      await this.notices.tell(tx, booking, session, event === 'booking-approved' ? event : 'booking-waitlisted');
    }
  }

  private async allocate(
    tx: EntityManager,
    session: TrainingSession,
    booking: Booking,
    now: Date,
    taken?: PlacesTaken[],
  ): Promise<void> {
    const { places, quotas } = await this.places(tx, session, now, taken);
    const seat = places.seatFor([booking.organisation.getEntity()]);
    if (!seat) return booking.waitlist();
    booking.confirm(quotas.find((q) => q.id === seat.quotaId) ?? null);
  }

  /**
   * The session's pools and what is taken from each (counted here unless the caller has just
   * counted them). Under the lock every round trip is time other bookers wait.
   */
  private async places(
    tx: EntityManager,
    session: TrainingSession,
    now: Date,
    taken?: PlacesTaken[],
  ): Promise<{ places: Places; quotas: SessionQuota[] }> {
    const quotas = await tx.find(SessionQuota, { session });
    const counted = taken ?? (await this.ledger(tx, session, null)).taken;
    const places = new Places(
      session.capacity,
      quotas.map((q) => ({ id: q.id, seats: q.seats, released: q.released(now), serves: (e) => q.serves(e) })),
      counted.flatMap((t) => Array.from({ length: t.taken }, () => ({ quotaId: t.quota_id }))),
    );
    return { places, quotas };
  }

  /**
   * In one query on the locking transaction's own connection (a second connection could wait on
   * the pool forever): the next arrival number, whether the person already has a live booking,
   * and the places taken in each pool.
   */
  private async ledger(tx: EntityManager, session: TrainingSession, person: Person | null) {
    const [row] = await tx.execute<{ next: number; mine: number; taken: PlacesTaken[] | null }[]>(
      `select coalesce(max(arrival), 0) + 1 as next,
              count(*) filter (where person_id = ? and status in (?))::int as mine,
              (select json_agg(t) from (
                 select quota_id, count(*)::int as taken from booking
                 where session_id = ? and status in (?) group by quota_id) t) as taken
       from booking where session_id = ?`,
      [person?.id ?? null, [...LIVE], session.id, [...HOLDS_PLACE], session.id],
    );
    return { next: row.next, mine: row.mine, taken: row.taken ?? [] };
  }

  /**
   * Who the booking is for, and whether that is the actor. Someone else needs `booking.others`;
   * a partnership- or organisation-wide steward's target is looked up once, without the actor's
   * own record (a query per booking saved for workforce leads booking in bulk).
   */
  private async learner(actor: Actor, personId?: string | null): Promise<{ person: Person; forSelf: boolean }> {
    const scope = scopeFor('booking.others', actor.grants);
    if (personId && (scope === 'PARTNERSHIP' || scope === 'ORGANISATION')) {
      const person = await this.reach.person(actor, 'booking.others', personId);
      return { person, forSelf: person.user?.id === actor.userId };
    }
    const me = await this.reach.actorPerson(actor);
    if (personId && personId !== me?.id) return { person: await this.bookable(actor, personId), forSelf: false };
    if (!me)
      throw new ForbiddenError('Your sign-in is not linked to a person record, so you cannot book for yourself.');
    return { person: me, forSelf: true };
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
