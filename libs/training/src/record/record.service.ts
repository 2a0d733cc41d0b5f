import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type FilterQuery, LockMode } from '@mikro-orm/core';
import type { Actor } from '@kindred/auth';
import { BadInputError, ForbiddenError, type ListPage, NotFoundError, pageOptions } from '@kindred/common';
import { type IsoDate, PersonReach } from '@kindred/org';
import { lastValidDay } from '@kindred/skills';
import { Course } from '../course/course.entity';
import { TrainingNotices } from '../notices/training-notices';
import { CourseGrants } from './course-grants';
import { dayAfter, isoDay } from './days';
import { RecordSource, TrainingRecord } from './training-record.entity';
import type {
  ExternalTrainingInput,
  ReviewExternalTrainingInput,
  RevokeTrainingRecordInput,
  TrainingRecordListArgs,
} from './record.types';

const SORTABLE = ['completedOn', 'expiresOn', 'createdAt'] as const;

/** What `/certificates/<code>` tells anyone who asks: whether it is genuine, and nothing more. */
export type Verification =
  | { genuine: true; name: string; course: string; completedOn: IsoDate; expiresOn: IsoDate | null }
  | { genuine: false; reason: 'REVOKED' };

/** Training records: reading them, training done elsewhere and its validation, revocation, certificates. */
@Injectable()
export class RecordService {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
    private readonly notices: TrainingNotices,
  ) {}

  /** The records of the people the actor reaches, newest first unless sorted. */
  async list(actor: Actor, args: TrainingRecordListArgs, now = new Date()): Promise<ListPage<TrainingRecord>> {
    const today = isoDay(now);
    const where: FilterQuery<TrainingRecord>[] = [await this.reach.filter(actor, 'record.read')];
    const f = args.filter;
    if (f?.personIds) where.push({ person: { $in: f.personIds } });
    if (f?.courseIds) where.push({ course: { $in: f.courseIds } });
    if (f?.sources) where.push({ source: { $in: f.sources } });
    if (f?.validation) where.push({ validation: f.validation });
    if (f?.expiringWithinDays != null) {
      where.push({ expiresOn: { $gte: today, $lte: dayAfter(now, f.expiringWithinDays) } });
    }
    if (f?.expired === true) where.push({ expiresOn: { $lt: today } });
    if (f?.expired === false) where.push({ $or: [{ expiresOn: null }, { expiresOn: { $gte: today } }] });
    const [nodes, totalCount] = await this.em.findAndCount(
      TrainingRecord,
      { $and: where },
      {
        ...pageOptions(args, SORTABLE, 'completedOn'),
        ...(args.sort ? {} : { orderBy: { completedOn: 'DESC', id: 'ASC' } }),
      },
    );
    return { nodes, totalCount };
  }

  /** Everything on the signed-in person's record, pending and revoked included, newest first. */
  async mine(actor: Actor): Promise<TrainingRecord[]> {
    const me = await this.reach.actorPerson(actor);
    if (!me) return [];
    return this.em.find(TrainingRecord, { person: me }, { orderBy: { completedOn: 'DESC', id: 'ASC' } });
  }

  /** A learner's training done elsewhere, with evidence; it counts once their manager validates it. */
  async recordExternal(actor: Actor, input: ExternalTrainingInput, now = new Date()): Promise<TrainingRecord> {
    const me = await this.reach.actorPerson(actor);
    if (!me)
      throw new ForbiddenError('Your sign-in is not linked to a person record, so there is no record to add to.');
    const course = input.courseId ? await this.em.findOne(Course, { id: input.courseId }) : null;
    if (input.courseId && !course) throw new NotFoundError('Course', input.courseId);
    if (input.completedOn > isoDay(now)) {
      throw new BadInputError(`Record training once it is done: ${input.completedOn} is in the future.`);
    }
    const record = new TrainingRecord(me, {
      course,
      title: input.title,
      completedOn: input.completedOn,
      expiresOn:
        input.expiresOn ?? (course?.validityMonths ? lastValidDay(input.completedOn, course.validityMonths) : null),
      source: RecordSource.EXTERNAL,
      cpdMinutes: input.cpdMinutes,
      evidence: input.evidence,
      booking: null,
    });
    await this.em.persistAndFlush(record);
    return record;
  }

  /** The learner's manager (or a steward) validates or rejects it; validated, it grants the course's levels. */
  async review(actor: Actor, input: ReviewExternalTrainingInput, now = new Date()): Promise<TrainingRecord> {
    const record = await this.em.findOne(TrainingRecord, { id: input.recordId, source: RecordSource.EXTERNAL });
    if (!record) throw new NotFoundError('Training record', input.recordId);
    const me = await this.reach.actorPerson(actor);
    if (me?.id === record.person.id)
      throw new ForbiddenError('You cannot validate your own training: your manager does.');
    await this.reach.person(actor, 'record.validate', record.person.id).catch(() => {
      throw new NotFoundError('Training record', input.recordId);
    });
    const reviewed = await this.em.transactional(async (tx) => {
      // Locked, so two reviewers at once cannot both grant the levels.
      const fresh = await tx.findOneOrFail(TrainingRecord, record.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      await tx.populate(fresh, ['person', 'course']);
      fresh.validate(input.accept, { byUserId: actor.userId, comment: input.comment ?? null, at: now });
      const course = fresh.course?.getEntity();
      if (fresh.counts && course) {
        const grants = await CourseGrants.of(tx, course);
        await grants.grant(tx, fresh, { userId: actor.userId, assessor: me, comment: input.comment }, isoDay(now));
      }
      if (fresh.counts) await this.notices.certificateIssued(tx, fresh);
      return fresh;
    });
    await this.notices.nudge();
    return reviewed;
  }

  /** The record stops counting, its certificate reads as revoked, and the levels it granted go. */
  async revoke(actor: Actor, input: RevokeTrainingRecordInput, now = new Date()): Promise<TrainingRecord> {
    const record = await this.em.findOne(TrainingRecord, { id: input.recordId });
    if (!record) throw new NotFoundError('Training record', input.recordId);
    return this.em.transactional(async (tx) => {
      const fresh = await tx.findOneOrFail(TrainingRecord, record.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      await tx.populate(fresh, ['person', 'course']);
      const counted = fresh.counts;
      fresh.revoke(input.reason, now);
      const course = fresh.course?.getEntity();
      if (counted && course) {
        const grants = await CourseGrants.of(tx, course);
        await grants.withdraw(tx, fresh, isoDay(now), `Training record revoked: ${input.reason.trim()}`);
      }
      return fresh;
    });
  }

  /** A counted record behind a certificate code, for its person or someone who reads their records. */
  async certified(actor: Actor, code: string): Promise<TrainingRecord> {
    const record = await this.em.findOne(
      TrainingRecord,
      { certificateCode: code.toUpperCase() },
      { populate: ['person'] },
    );
    if (!record?.counts) throw new NotFoundError('Certificate', code);
    await this.reach.person(actor, 'record.read', record.person.id).catch(() => {
      throw new NotFoundError('Certificate', code);
    });
    return record;
  }

  /** Anyone may check a code: answered across partnerships, as the code alone identifies the record. */
  async verify(code: string): Promise<Verification | null> {
    const record = await this.em.findOne(
      TrainingRecord,
      { certificateCode: code.toUpperCase() },
      { filters: false, populate: ['person'] },
    );
    if (!record) return null;
    if (record.revokedAt) return { genuine: false, reason: 'REVOKED' };
    if (!record.counts) return null;
    return {
      genuine: true,
      name: record.person.getEntity().fullName,
      course: record.title,
      completedOn: record.completedOn,
      expiresOn: record.expiresOn,
    };
  }
}
