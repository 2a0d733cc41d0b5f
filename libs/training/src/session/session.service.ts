import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Actor } from '@kindred/auth';
import { BadInputError, ConflictError, type ListPage, NotFoundError, pageOptions } from '@kindred/common';
import { Organisation, PartnershipSettingsService, Person, Room, Site } from '@kindred/org';
import { Booking, BookingStatus, LIVE } from '../booking/booking.entity';
import { BookingService } from '../booking/booking.service';
import { Course } from '../course/course.entity';
import { TrainingNotices } from '../notices/training-notices';
import { BookingPushAction } from '../provider-push/booking-push.entity';
import { BookingPushes } from '../provider-push/booking-pushes';
import { type SessionPlan, SessionQuota, SessionStatus, TrainingSession } from './training-session.entity';
import type {
  CancelSessionInput,
  CreateSessionInput,
  SessionPlanInput,
  SessionQuotasInput,
  TrainingSessionListArgs,
  UpdateSessionInput,
} from './session.types';

const SORTABLE = ['startsAt', 'createdAt'] as const;

/** Planning and running sessions; every change to places goes through the session's lock. */
@Injectable()
export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly bookings: BookingService,
    private readonly partnerships: PartnershipSettingsService,
    private readonly notices: TrainingNotices,
    private readonly pushes: BookingPushes,
  ) {}

  /** The calendar; drafts only for those who plan sessions; with `trainerId`, only theirs. */
  async list(
    args: TrainingSessionListArgs,
    withDrafts: boolean,
    trainerId?: string,
  ): Promise<ListPage<TrainingSession>> {
    const where: FilterQuery<TrainingSession> = {};
    const f = args.filter;
    if (f?.ids) where.id = { $in: f.ids };
    const course: FilterQuery<Course>[] = [];
    if (f?.courseIds) course.push({ id: { $in: f.courseIds } });
    if (f?.providerIds) course.push({ provider: { $in: f.providerIds } });
    if (course.length) where.course = { $and: course };
    if (f?.siteIds) where.site = { $in: f.siteIds };
    if (f?.trainerIds || trainerId) {
      const trainers = f?.trainerIds ?? [trainerId!];
      where.trainers = { $in: trainerId ? trainers.filter((id) => id === trainerId) : trainers };
    }
    const statuses = f?.statuses ?? Object.values(SessionStatus);
    where.status = { $in: withDrafts ? statuses : statuses.filter((s) => s !== SessionStatus.DRAFT) };
    if (f?.from) where.endsAt = { $gt: f.from };
    if (f?.to) where.startsAt = { $lt: f.to };
    const [nodes, totalCount] = await this.em.findAndCount(TrainingSession, where, {
      ...pageOptions(args, SORTABLE, 'startsAt'),
      populate: ['course'],
    });
    return { nodes, totalCount };
  }

  /**
   * The next published sessions of each course, nearest the sites the person works at (their
   * teams' bases) first: the same site, then the same family hub's sites (the hub and its spokes),
   * then online, then elsewhere; soonest first within each.
   */
  async nearPerson(
    personId: string | null,
    courseIds: string[],
    perCourse: number,
    now = new Date(),
  ): Promise<TrainingSession[]> {
    if (courseIds.length === 0) return [];
    const bases = personId
      ? await this.em.getConnection().execute<{ site_id: string; hub_id: string }[]>(
          `select distinct s.id as site_id, coalesce(s.hub_id, s.id) as hub_id
           from job_assignment ja join team t on t.id = ja.team_id join site s on s.id = t.site_id
           where ja.person_id = ? and ja.start_date <= ? and (ja.end_date is null or ja.end_date >= ?)`,
          [personId, now, now],
        )
      : [];
    const sites = new Set(bases.map((b) => b.site_id));
    const hubs = new Set(bases.map((b) => b.hub_id));
    const sessions = await this.em.find(
      TrainingSession,
      { course: { id: { $in: courseIds } }, status: SessionStatus.PUBLISHED, startsAt: { $gt: now } },
      { populate: ['course', 'site'], orderBy: { startsAt: 'ASC', id: 'ASC' } },
    );
    const distance = (session: TrainingSession) => {
      const site = session.site?.getEntity();
      if (!site) return 2;
      if (sites.has(site.id)) return 0;
      return hubs.has(site.hub?.id ?? site.id) ? 1 : 3;
    };
    return courseIds.flatMap((courseId) =>
      sessions
        .filter((session) => session.course.id === courseId)
        .map((session) => ({ session, distance: distance(session) }))
        // Sorting is stable: within a distance, the soonest stays first.
        .sort((a, b) => a.distance - b.distance)
        .slice(0, perCourse)
        .map(({ session }) => session),
    );
  }

  get(id: string): Promise<TrainingSession | null> {
    return this.em.findOne(TrainingSession, { id }, { populate: ['course', 'parts'] });
  }

  async create(input: CreateSessionInput): Promise<TrainingSession> {
    const course = await this.em.findOne(Course, { id: input.courseId });
    if (!course) throw new NotFoundError('Course', input.courseId);
    if (!course.active) throw new ConflictError(`${course.title} is archived: no new sessions.`);
    const session = new TrainingSession(course, await this.plan(input));
    await this.staff(session, input.trainerIds);
    await this.assertNoClash(session);
    await this.em.persistAndFlush(session);
    return session;
  }

  /** Changes the plan; more capacity offers places to the waitlist, less is refused below what is taken. */
  async update(input: UpdateSessionInput, now = new Date()): Promise<TrainingSession> {
    const session = await this.em.transactional(async (tx) => {
      const session = await this.bookings.lock(tx, input.id);
      await tx.populate(session, ['parts', 'trainers', 'course']);
      const taken = await tx.count(Booking, {
        session,
        status: { $in: [BookingStatus.CONFIRMED, BookingStatus.OFFERED] },
      });
      if (input.capacity < taken) {
        throw new ConflictError(
          `${taken} places are taken; cancel bookings before lowering the capacity to ${input.capacity}.`,
        );
      }
      const moved = session.plan(await this.plan(input, tx));
      await this.staff(session, input.trainerIds, tx);
      await this.assertNoClash(session, tx);
      if (moved) {
        const placed = await tx.find(Booking, { session, status: BookingStatus.CONFIRMED }, { populate: ['person'] });
        for (const booking of placed)
          await this.notices.tell(tx, booking, session, 'session-changed', { invite: 'REQUEST' });
      }
      await this.tellOffered(tx, session, await this.bookings.promote(tx, session, now));
      return session;
    });
    await this.notices.nudge();
    return session;
  }

  /** Refused fewer than the partnership's notice days before the start, so partner staff hear in time. */
  async publish(actor: Actor, id: string, now = new Date()): Promise<TrainingSession> {
    const session = await this.get(id);
    if (!session) throw new NotFoundError('Session', id);
    await this.em.populate(session, ['trainers']);
    await this.assertNoClash(session);
    session.publish((await this.partnerships.configOf(actor.partnershipId)).policies.minimumNoticeDays, now);
    await this.em.flush();
    return session;
  }

  async cancel(input: CancelSessionInput, now = new Date()): Promise<TrainingSession> {
    const session = await this.em.transactional(async (tx) => {
      const session = await this.bookings.lock(tx, input.id);
      session.cancel(input.reason);
      await tx.populate(session, ['course', 'site', 'room']);
      const live = await tx.find(Booking, { session, status: { $in: [...LIVE] } }, { populate: ['person'] });
      for (const booking of live) {
        const hadPlace = booking.status === BookingStatus.CONFIRMED;
        booking.sessionCancelled(now);
        await this.notices.tell(tx, booking, session, 'session-cancelled', { invite: hadPlace ? 'CANCEL' : undefined });
        // Called off in Kindred: the places booked with the provider are given back to it.
        if (hadPlace) this.pushes.record(tx, booking, session, BookingPushAction.CANCEL);
      }
      return session;
    });
    await Promise.all([this.notices.nudge(), session.externalProvider ? this.pushes.nudge() : undefined]);
    return session;
  }

  async complete(id: string, now = new Date()): Promise<TrainingSession> {
    const session = await this.get(id);
    if (!session) throw new NotFoundError('Session', id);
    session.complete(now);
    await this.em.flush();
    return session;
  }

  /** Replaces the reserved pools; seats already taken from a pool must still fit. */
  async setQuotas(input: SessionQuotasInput, now = new Date()): Promise<TrainingSession> {
    const session = await this.em.transactional(async (tx) => {
      const session = await this.bookings.lock(tx, input.sessionId);
      const reserved = input.quotas.reduce((sum, q) => sum + q.seats, 0);
      if (reserved > session.capacity) {
        throw new BadInputError(`${reserved} reserved places is more than the session's ${session.capacity}.`);
      }
      const existing = await tx.find(SessionQuota, { session });
      const inUse = await tx.count(Booking, { session, quota: { $in: existing.map((q) => q.id) } });
      if (inUse > 0) throw new ConflictError(`${inUse} bookings hold reserved places; quotas can no longer change.`);
      existing.forEach((q) => tx.remove(q));
      for (const quota of input.quotas) {
        const organisation = quota.organisationId ? await tx.findOne(Organisation, { id: quota.organisationId }) : null;
        if (quota.organisationId && !organisation) throw new NotFoundError('Organisation', quota.organisationId);
        tx.persist(
          new SessionQuota(session, {
            organisation,
            organisationKind: quota.organisationKind ?? null,
            seats: quota.seats,
            releaseAt: quota.releaseAt,
          }),
        );
      }
      await tx.flush();
      await this.tellOffered(tx, session, await this.bookings.promote(tx, session, now));
      return session;
    });
    await this.notices.nudge();
    return session;
  }

  private async tellOffered(tx: EntityManager, session: TrainingSession, offered: Booking[]): Promise<void> {
    for (const booking of offered) await this.notices.tell(tx, booking, session, 'booking-offered');
  }

  private async plan(input: SessionPlanInput, em: EntityManager = this.em): Promise<SessionPlan> {
    const site = input.siteId ? await em.findOne(Site, { id: input.siteId }) : null;
    if (input.siteId && !site) throw new NotFoundError('Site', input.siteId);
    const room = input.roomId ? await em.findOne(Room, { id: input.roomId }, { populate: ['site'] }) : null;
    if (input.roomId && !room) throw new NotFoundError('Room', input.roomId);
    return {
      parts: input.parts,
      site,
      room,
      onlineUrl: input.onlineUrl ?? null,
      capacity: input.capacity,
      minimumNumbers: input.minimumNumbers ?? null,
      minimumCutoffAt: input.minimumCutoffAt ?? null,
      registrationOpensAt: input.registrationOpensAt ?? null,
      registrationClosesAt: input.registrationClosesAt,
      cancellationCutoffAt: input.cancellationCutoffAt,
      offerHours: input.offerHours,
    };
  }

  private async staff(session: TrainingSession, trainerIds: string[], em: EntityManager = this.em): Promise<void> {
    const trainers = trainerIds.length ? await em.find(Person, { id: { $in: trainerIds } }) : [];
    const missing = trainerIds.find((id) => !trainers.some((t) => t.id === id));
    if (missing) throw new NotFoundError('Trainer', missing);
    session.trainers.set(trainers);
  }

  /** The room, or a trainer, already busy in another live session at an overlapping time. */
  private async assertNoClash(session: TrainingSession, em: EntityManager = this.em): Promise<void> {
    const parts = session.parts.getItems();
    const overlap = parts.map(() => '(p.starts_at < ? and p.ends_at > ?)').join(' or ');
    const times = parts.flatMap((p) => [p.endsAt, p.startsAt]);
    const trainerIds = session.trainers.getItems().map((t) => t.id);
    const [clash] = await em.execute<{ title: string; room: boolean }[]>(
      `select c.title, (s.room_id = ?) as room
       from training_session s join course c on c.id = s.course_id join session_part p on p.session_id = s.id
       where s.partnership_id = ? and s.id <> ? and s.status in ('DRAFT', 'PUBLISHED') and (${overlap})
         and (s.room_id = ? or exists (
           select 1 from training_session_trainer st where st.training_session_id = s.id and st.person_id = any(?::uuid[])))
       limit 1`,
      [
        session.room?.id ?? null,
        session.partnership.id,
        session.id,
        ...times,
        session.room?.id ?? null,
        `{${trainerIds.join(',')}}`,
      ],
    );
    if (clash) {
      throw new ConflictError(
        clash.room
          ? `The room is already booked then, for ${clash.title}.`
          : `A trainer is already running ${clash.title} then.`,
      );
    }
  }
}
