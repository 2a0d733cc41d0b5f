import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OneToMany,
  Property,
  type Ref,
  ref,
  Unique,
} from '@mikro-orm/core';
import { randomInt } from 'node:crypto';
import { BadInputError, ConflictError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { type Organisation, OrganisationKind, Person, Room, Site } from '@kindred/org';
import { Course } from '../course/course.entity';
import { TrainingProvider } from '../provider/training-provider.entity';

export enum SessionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
}

const DAY_MS = 86_400_000;
/** Unambiguous characters for a code read out in a training room. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export interface SessionPlan {
  parts: { startsAt: Date; endsAt: Date }[];
  site: Site | null;
  room: Room | null;
  onlineUrl: string | null;
  /** Where a provider holds it, when it is not one of the partnership's rooms. */
  venue?: string | null;
  capacity: number;
  minimumNumbers: number | null;
  minimumCutoffAt: Date | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date;
  cancellationCutoffAt: Date;
  /** Hours a waitlisted person has to take up an offered place. */
  offerHours: number;
}

/**
 * One run of a course: one or more parts (Solihull foundation is two days about two weeks apart),
 * at a room or online, with trainers, capacity, reserved places and registration dates.
 */
@Entity()
@Index({ properties: ['partnership', 'startsAt'] })
@Unique({ properties: ['checkInCode'] })
@Unique({ properties: ['externalProvider', 'externalId'] })
export class TrainingSession extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => Course, ref: true })
  course: Ref<Course>;

  @Enum({ items: () => SessionStatus, nativeEnumName: 'session_status' })
  status: SessionStatus = SessionStatus.DRAFT;

  @OneToMany({ entity: () => SessionPart, mappedBy: 'session', orphanRemoval: true, orderBy: { startsAt: 'ASC' } })
  parts = new Collection<SessionPart>(this);

  @OneToMany({ entity: () => SessionQuota, mappedBy: 'session', orphanRemoval: true })
  quotas = new Collection<SessionQuota>(this);

  @ManyToMany({ entity: () => Person, pivotTable: 'training_session_trainer' })
  trainers = new Collection<Person>(this);

  /** First part's start and last part's end, kept for calendars and clash checks. */
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;

  @ManyToOne({ entity: () => Site, ref: true, nullable: true })
  site: Ref<Site> | null = null;

  @ManyToOne({ entity: () => Room, ref: true, nullable: true })
  room: Ref<Room> | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  onlineUrl: string | null = null;

  @Property({ type: 'integer' })
  capacity!: number;

  @Property({ type: 'integer', nullable: true })
  minimumNumbers: number | null = null;

  @Property({ type: 'datetime', nullable: true })
  minimumCutoffAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  registrationOpensAt: Date | null = null;

  @Property({ type: 'datetime' })
  registrationClosesAt!: Date;

  @Property({ type: 'datetime' })
  cancellationCutoffAt!: Date;

  @Property({ type: 'smallint' })
  offerHours = 48;

  /** Learners check themselves in with it during the session. */
  @Property({ type: 'string', length: 8 })
  checkInCode: string = Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  cancellationReason: string | null = null;

  /**
   * Counts changes to when and where the session runs once it is published: the SEQUENCE of the
   * calendar entries sent to learners, so calendars replace the entry rather than add another.
   */
  @Property({ type: 'integer', default: 0 })
  revision = 0;

  @Property({ type: 'string', length: 500, nullable: true })
  venue: string | null = null;

  /** The provider whose plugin published it, and its id there; syncs upsert on the pair. */
  @ManyToOne({ entity: () => TrainingProvider, ref: true, nullable: true })
  externalProvider: Ref<TrainingProvider> | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  externalId: string | null = null;

  constructor(course: Course, plan: SessionPlan) {
    super(course.partnership);
    this.course = ref(course);
    this.plan(plan);
  }

  /** Sets the plan; resolves to whether a published session moved in time or place (its revision grows). */
  plan(plan: SessionPlan): boolean {
    if (this.status === SessionStatus.CANCELLED || this.status === SessionStatus.COMPLETED) {
      throw new ConflictError(`This session is ${this.status.toLowerCase()}: it can no longer change.`);
    }
    const parts = [...plan.parts].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    if (parts.length === 0) throw new BadInputError('A session has at least one part.');
    for (const [i, part] of parts.entries()) {
      if (part.endsAt <= part.startsAt) throw new BadInputError(`Part ${i + 1} ends before it starts.`);
      if (i > 0 && part.startsAt < parts[i - 1].endsAt) throw new BadInputError(`Parts ${i} and ${i + 1} overlap.`);
    }
    if (!plan.room && !plan.onlineUrl && !plan.venue?.trim()) {
      throw new BadInputError('A session needs a room, a venue or an online link.');
    }
    if (plan.room && plan.site && plan.room.site.id !== plan.site.id) {
      throw new BadInputError(`${plan.room.name} is not at ${plan.site.name}.`);
    }
    if (!Number.isInteger(plan.capacity) || plan.capacity < 1) throw new BadInputError('Capacity is at least 1 place.');
    if (plan.room && plan.capacity > plan.room.capacity) {
      throw new BadInputError(
        `${plan.room.name} holds ${plan.room.capacity}; the session cannot take ${plan.capacity}.`,
      );
    }
    if (plan.minimumNumbers !== null && (plan.minimumNumbers < 1 || plan.minimumNumbers > plan.capacity)) {
      throw new BadInputError('Minimum numbers are between 1 and the capacity.');
    }
    const start = parts[0].startsAt;
    if (plan.registrationClosesAt > start) throw new BadInputError('Registration closes before the session starts.');
    if (plan.registrationOpensAt && plan.registrationOpensAt >= plan.registrationClosesAt) {
      throw new BadInputError('Registration opens before it closes.');
    }
    if (plan.cancellationCutoffAt > start)
      throw new BadInputError('The cancellation cut-off is before the session starts.');
    if (!Number.isInteger(plan.offerHours) || plan.offerHours < 1 || plan.offerHours > 336) {
      throw new BadInputError('An offered place is held for 1 to 336 hours.');
    }
    const when = (list: { startsAt: Date; endsAt: Date }[]) =>
      list.map((p) => `${p.startsAt.toISOString()}/${p.endsAt.toISOString()}`).join(',');
    const room = plan.room?.id ?? null;
    const moved =
      this.status === SessionStatus.PUBLISHED &&
      (when(this.parts.getItems()) !== when(parts) ||
        (this.room?.id ?? null) !== room ||
        this.onlineUrl !== (plan.onlineUrl?.trim() || null));
    if (moved) this.revision += 1;
    this.parts.removeAll();
    parts.forEach((part, position) => this.parts.add(new SessionPart(this, part.startsAt, part.endsAt, position)));
    this.startsAt = start;
    this.endsAt = parts[parts.length - 1].endsAt;
    this.site = plan.site ? ref(plan.site) : plan.room ? plan.room.site : null;
    this.room = plan.room ? ref(plan.room) : null;
    this.onlineUrl = plan.onlineUrl?.trim() || null;
    this.venue = plan.venue?.trim() || null;
    this.capacity = plan.capacity;
    this.minimumNumbers = plan.minimumNumbers;
    this.minimumCutoffAt = plan.minimumCutoffAt;
    this.registrationOpensAt = plan.registrationOpensAt;
    this.registrationClosesAt = plan.registrationClosesAt;
    this.cancellationCutoffAt = plan.cancellationCutoffAt;
    this.offerHours = plan.offerHours;
    return moved;
  }

  /** Partner staff must hear in time: no publishing fewer than the policy's days before the start. */
  publish(minimumNoticeDays: number, now: Date): void {
    if (this.status !== SessionStatus.DRAFT)
      throw new ConflictError(`Only a draft session is published; this one is ${this.status}.`);
    const notice = Math.floor((this.startsAt.getTime() - now.getTime()) / DAY_MS);
    if (notice < minimumNoticeDays) {
      throw new BadInputError(
        `Sessions are published at least ${minimumNoticeDays} days ahead so partner staff hear in time; this one starts in ${Math.max(notice, 0)}.`,
      );
    }
    this.status = SessionStatus.PUBLISHED;
    this.publishedAt = now;
  }

  /**
   * A provider's own session, published by the provider: the partnership's notice policy is for
   * sessions it plans itself, so it does not hold back one a provider has already announced.
   */
  publishForProvider(provider: TrainingProvider, externalId: string, now: Date): void {
    this.externalProvider = ref(provider);
    this.externalId = externalId;
    if (this.status !== SessionStatus.DRAFT) return;
    this.status = SessionStatus.PUBLISHED;
    this.publishedAt = now;
  }

  cancel(reason: string): void {
    if (this.status === SessionStatus.CANCELLED || this.status === SessionStatus.COMPLETED) {
      throw new ConflictError(`This session is already ${this.status.toLowerCase()}.`);
    }
    if (!reason.trim()) throw new BadInputError('Say why the session is cancelled: the people booked are told.');
    this.status = SessionStatus.CANCELLED;
    this.cancellationReason = reason.trim();
  }

  complete(now: Date): void {
    if (this.status !== SessionStatus.PUBLISHED) throw new ConflictError('Only a published session is completed.');
    if (now < this.endsAt) throw new ConflictError('A session is completed after its last part ends.');
    this.status = SessionStatus.COMPLETED;
  }

  /** Whether bookings are taken at this moment. */
  openForBooking(now: Date): boolean {
    return (
      this.status === SessionStatus.PUBLISHED &&
      (!this.registrationOpensAt || this.registrationOpensAt <= now) &&
      now <= this.registrationClosesAt
    );
  }

  get durationMinutes(): number {
    return this.parts.getItems().reduce((sum, p) => sum + (p.endsAt.getTime() - p.startsAt.getTime()) / 60_000, 0);
  }
}

/** One day (or half day) of a session. */
@Entity()
@Index({ properties: ['startsAt', 'endsAt'] })
export class SessionPart extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => TrainingSession, ref: true, deleteRule: 'cascade' })
  session: Ref<TrainingSession>;

  @Property({ type: 'datetime' })
  startsAt: Date;

  @Property({ type: 'datetime' })
  endsAt: Date;

  @Property({ type: 'smallint' })
  position: number;

  constructor(session: TrainingSession, startsAt: Date, endsAt: Date, position: number) {
    super(session.partnership);
    this.session = ref(session);
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.position = position;
  }
}

/**
 * Places held back for one organisation or one kind of organisation (20% for VCFSE) until a
 * release date; after it, places not taken join the open pool.
 */
@Entity()
export class SessionQuota extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => TrainingSession, ref: true, deleteRule: 'cascade' })
  session: Ref<TrainingSession>;

  @ManyToOne({ entity: () => 'Organisation', ref: true, nullable: true })
  organisation: Ref<Organisation> | null = null;

  @Enum({ items: () => OrganisationKind, nativeEnumName: 'organisation_kind', nullable: true })
  organisationKind: OrganisationKind | null = null;

  @Property({ type: 'integer' })
  seats: number;

  @Property({ type: 'datetime' })
  releaseAt: Date;

  constructor(
    session: TrainingSession,
    details: {
      organisation: Organisation | null;
      organisationKind: OrganisationKind | null;
      seats: number;
      releaseAt: Date;
    },
  ) {
    super(session.partnership);
    if (!details.organisation === !details.organisationKind) {
      throw new BadInputError('A quota reserves places for one organisation or one kind of organisation.');
    }
    if (!Number.isInteger(details.seats) || details.seats < 1)
      throw new BadInputError('A quota reserves at least 1 place.');
    if (details.releaseAt > session.startsAt)
      throw new BadInputError('Reserved places are released before the session starts.');
    this.session = ref(session);
    this.organisation = details.organisation ? ref(details.organisation) : null;
    this.organisationKind = details.organisationKind;
    this.seats = details.seats;
    this.releaseAt = details.releaseAt;
  }

  released(now: Date): boolean {
    return this.releaseAt <= now;
  }

  /** Whether a person working for these organisations may take a reserved place. */
  serves(organisations: readonly { id: string; kind: OrganisationKind }[]): boolean {
    return organisations.some((o) =>
      this.organisation ? o.id === this.organisation.id : o.kind === this.organisationKind,
    );
  }

  get label(): string {
    return this.organisation
      ? `reserved for ${this.organisation.getEntity().name}`
      : `reserved for ${this.organisationKind}`;
  }
}
