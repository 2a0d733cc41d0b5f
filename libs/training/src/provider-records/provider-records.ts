import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '@kindred/common';
import type { Partnership } from '@kindred/database';
import { Person } from '@kindred/org';
import type { CompletionRecord, CourseRecord, LearnerRef, SessionRecord } from '@kindred/plugin-sdk';
import { lastValidDay } from '@kindred/skills';
import { Course, CourseMode } from '../course/course.entity';
import { ProviderKind, TrainingProvider } from '../provider/training-provider.entity';
import { CourseGrants } from '../record/course-grants';
import { isoDay } from '../record/days';
import { RecordSource, TrainingRecord } from '../record/training-record.entity';
import { SessionStatus, TrainingSession } from '../session/training-session.entity';

/** What writing one record did; the sync run log counts them. */
export type Upsert = 'created' | 'updated' | 'unchanged';

/** Imported sessions without a stated capacity take this many places. */
const DEFAULT_CAPACITY = 20;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes what provider plugins bring in, inside the caller's transaction, upserting on
 * (provider, externalId) so pulling the same record again changes nothing. Completions become
 * training records the same way a session's register does: the course's competency levels are
 * granted through the skills ledger.
 */
export class ProviderRecords {
  constructor(private readonly tx: EntityManager) {}

  /** The partnership's provider of this name; an external one is made the first time a plugin names it. */
  async provider(partnership: Partnership, name: string): Promise<TrainingProvider> {
    const found = await this.tx.findOne(TrainingProvider, { partnership, name });
    if (found) return found;
    const provider = new TrainingProvider(ref(partnership), {
      name,
      kind: ProviderKind.EXTERNAL,
      organisation: null,
      contactEmail: null,
      website: null,
    });
    this.tx.persist(provider);
    return provider;
  }

  async course(provider: TrainingProvider, record: CourseRecord): Promise<Upsert> {
    const existing = await this.tx.findOne(Course, { provider, externalId: record.externalId });
    const clash = await this.tx.findOne(Course, {
      partnership: provider.partnership,
      title: record.title.trim(),
      ...(existing ? { id: { $ne: existing.id } } : {}),
    });
    if (clash) {
      throw new BadInputError(`The catalogue already has a course called "${record.title}" from another source.`);
    }
    const details = {
      title: record.title,
      summary: record.summary ?? existing?.summary ?? '',
      outcomes: existing?.outcomes ?? [],
      mode: (record.mode as CourseMode | undefined) ?? existing?.mode ?? CourseMode.IN_PERSON,
      durationMinutes: record.durationMinutes ?? existing?.durationMinutes ?? 60,
      cpdMinutes: existing?.cpdMinutes ?? record.durationMinutes ?? 60,
      audience: existing?.audience ?? { roleProfileIds: [], employmentTypes: [], organisationIds: [] },
      validityMonths: existing?.validityMonths ?? null,
      reminderMonths: existing?.reminderMonths ?? [],
      costPerPlacePence: existing?.costPerPlacePence ?? null,
    };
    if (!existing) {
      const course = new Course(provider, details);
      course.externalId = record.externalId;
      this.tx.persist(course);
      return 'created';
    }
    const before = [existing.title, existing.summary, existing.mode, existing.durationMinutes];
    existing.describe(details);
    return same(before, [existing.title, existing.summary, existing.mode, existing.durationMinutes])
      ? 'unchanged'
      : 'updated';
  }

  async session(provider: TrainingProvider, record: SessionRecord, now: Date): Promise<Upsert> {
    if (Number.isNaN(record.startsAt.getTime()) || Number.isNaN(record.endsAt.getTime())) {
      throw new BadInputError('The session has no readable start and end.');
    }
    const course = await this.tx.findOne(Course, { partnership: provider.partnership, title: record.courseTitle });
    if (!course) {
      throw new BadInputError(`No course called "${record.courseTitle}" in the catalogue: add it or fix the mapping.`);
    }
    const existing = await this.tx.findOne(
      TrainingSession,
      { externalProvider: provider, externalId: record.externalId },
      { populate: ['parts'] },
    );
    if (existing ? existing.status !== SessionStatus.PUBLISHED : record.cancelled) {
      // A cancelled or completed session is history, and one called off before we saw it is no news.
      return 'unchanged';
    }
    const wanted = {
      courseId: course.id,
      startsAt: record.startsAt.toISOString(),
      endsAt: record.endsAt.toISOString(),
      venue: record.venue?.trim() || null,
      onlineUrl: record.onlineUrl?.trim() || null,
      capacity: record.capacity ?? existing?.capacity ?? DEFAULT_CAPACITY,
      cancelled: Boolean(record.cancelled),
    };
    if (existing && same(wanted, this.snapshot(existing))) return 'unchanged';
    const plan = {
      parts: [{ startsAt: record.startsAt, endsAt: record.endsAt }],
      site: null,
      room: null,
      onlineUrl: wanted.onlineUrl,
      venue: wanted.venue,
      capacity: wanted.capacity,
      minimumNumbers: null,
      minimumCutoffAt: null,
      registrationOpensAt: null,
      registrationClosesAt: record.startsAt,
      cancellationCutoffAt: record.startsAt,
      offerHours: existing?.offerHours ?? 48,
    };
    const session = existing ?? new TrainingSession(course, plan);
    if (existing) {
      existing.course = ref(course);
      existing.plan(plan);
    } else {
      this.tx.persist(session);
    }
    session.publishForProvider(provider, record.externalId, now);
    if (record.cancelled) session.cancel(`Cancelled by ${provider.name}.`);
    return existing ? 'updated' : 'created';
  }

  /** The person a provider means: by employee number first (it never changes), then by email. */
  async learner(learner: LearnerRef): Promise<Person | null> {
    if (learner.employeeNumber?.trim()) {
      const person = await this.tx.findOne(Person, { employeeNumber: learner.employeeNumber.trim() });
      if (person) return person;
    }
    const email = learner.email?.trim().toLowerCase();
    return email ? this.tx.findOne(Person, { email }) : null;
  }

  /**
   * A completion for a matched person: a training record (once per provider and externalId) with
   * the course's levels granted, as a register would.
   */
  async completion(
    provider: TrainingProvider,
    person: Person,
    record: CompletionRecord,
    by: { userId: string | null },
    now: Date,
  ): Promise<Upsert> {
    const existing = await this.tx.findOne(TrainingRecord, {
      externalProvider: provider,
      externalId: record.externalId,
    });
    if (existing) return 'unchanged';
    if (record.completedOn > isoDay(now)) {
      throw new BadInputError(`Completed on ${record.completedOn} is in the future.`);
    }
    const course = await this.tx.findOne(Course, { partnership: provider.partnership, title: record.courseTitle });
    const training = new TrainingRecord(person, {
      course,
      title: course?.title ?? record.courseTitle,
      completedOn: record.completedOn,
      expiresOn: course?.validityMonths ? lastValidDay(record.completedOn, course.validityMonths) : null,
      source: RecordSource.PLUGIN,
      cpdMinutes: course?.cpdMinutes ?? 0,
      evidence: `Reported by ${provider.name} (${record.externalId})`,
      booking: null,
    });
    training.externalProvider = ref(provider);
    training.externalId = record.externalId;
    this.tx.persist(training);
    if (course) {
      const grants = await CourseGrants.of(this.tx, course);
      await grants.grant(this.tx, training, { userId: by.userId, assessor: null }, isoDay(now));
    }
    return 'created';
  }

  private snapshot(session: TrainingSession) {
    return {
      courseId: session.course.id,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      venue: session.venue,
      onlineUrl: session.onlineUrl,
      capacity: session.capacity,
      cancelled: session.status === SessionStatus.CANCELLED,
    };
  }
}
