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
} from '@mikro-orm/core';
import { BadInputError, ConflictError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { assertIsoDate, type IsoDate, Person } from '@kindred/org';
import { Competency } from '@kindred/skills';
import { SupervisionAgreement, SupervisionType } from '../agreement/supervision-agreement.entity';
import type { Sealed } from '../sealing/content-cipher';
import { SessionAddendum } from './session-addendum.entity';

export enum SessionKind {
  ONE_TO_ONE = 'ONE_TO_ONE',
  GROUP = 'GROUP',
  REFLECTIVE_PRACTICE = 'REFLECTIVE_PRACTICE',
}

export enum SessionStatus {
  SCHEDULED = 'SCHEDULED',
  /** Held and written up; the supervisor may still edit it. */
  RECORDED = 'RECORDED',
  /** Locked: later changes are addenda. */
  SIGNED_OFF = 'SIGNED_OFF',
  CANCELLED = 'CANCELLED',
  MISSED = 'MISSED',
}

/** Morrison's four functions of supervision. */
export enum SupervisionFunction {
  MANAGEMENT = 'MANAGEMENT',
  DEVELOPMENT = 'DEVELOPMENT',
  SUPPORT = 'SUPPORT',
  MEDIATION = 'MEDIATION',
}

export enum WellbeingRating {
  RED = 'RED',
  AMBER = 'AMBER',
  GREEN = 'GREEN',
}

export interface SessionRecord {
  durationMinutes: number;
  functions: SupervisionFunction[];
  wellbeingRating: WellbeingRating | null;
  contentSealed: Sealed | null;
  learningNeeds: Competency[];
  nextDate: IsoDate | null;
}

export const checkDuration = (minutes: number) => {
  if (!(Number.isInteger(minutes) && minutes >= 5 && minutes <= 600))
    throw new BadInputError('A session lasts between 5 and 600 minutes.');
  return minutes;
};

/**
 * One supervision meeting: 1:1 under an agreement, or a group supervision or reflective practice
 * group with a facilitator and attendees from any organisation. Sign-off time, duration, type,
 * supervisee, attendees and facilitator are plain columns: CPD counts them without opening content.
 */
@Entity()
@Index({ properties: ['agreement', 'startsAt'] })
@Index({ properties: ['supervisee', 'startsAt'] })
@Index({ properties: ['facilitator', 'startsAt'] })
@Index({ properties: ['partnership', 'signedOffAt'] })
export class SupervisionSession extends PartnershipOwnedEntity {
  @Enum({ items: () => SessionKind, nativeEnumName: 'supervision_session_kind' })
  kind: SessionKind;

  @Enum({ items: () => SupervisionType, nativeEnumName: 'supervision_type' })
  type: SupervisionType;

  @ManyToOne({ entity: () => SupervisionAgreement, ref: true, nullable: true, deleteRule: 'cascade' })
  agreement: Ref<SupervisionAgreement> | null = null;

  /** The supervisor of a 1:1; whoever runs a group. */
  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'cascade' })
  facilitator: Ref<Person>;

  /** The supervisee of a 1:1; empty for groups. */
  @ManyToOne({ entity: () => Person, ref: true, nullable: true, deleteRule: 'cascade' })
  supervisee: Ref<Person> | null = null;

  /** Who took part in a group. */
  @ManyToMany({ entity: () => Person, pivotTable: 'supervision_session_attendee' })
  attendees = new Collection<Person>(this);

  @Property({ type: 'datetime' })
  startsAt: Date;

  @Property({ type: 'integer' })
  durationMinutes: number;

  @Enum({ items: () => SessionStatus, nativeEnumName: 'supervision_session_status' })
  status: SessionStatus = SessionStatus.SCHEDULED;

  /** Why it was cancelled, rescheduled or missed (sealed). */
  @Property({ type: 'text', nullable: true })
  statusReasonSealed: Sealed | null = null;

  @Property({ type: 'datetime', nullable: true })
  rescheduledFrom: Date | null = null;

  @Enum({ items: () => SupervisionFunction, array: true, default: [] })
  functions: SupervisionFunction[] = [];

  @Enum({ items: () => WellbeingRating, nativeEnumName: 'wellbeing_rating', nullable: true })
  wellbeingRating: WellbeingRating | null = null;

  /** Agenda, discussion notes, reflections and the wellbeing note, as one sealed JSON document. */
  @Property({ type: 'text', nullable: true })
  contentSealed: Sealed | null = null;

  /** Competencies to develop: they feed the skills gap and the training plan. */
  @ManyToMany({ entity: () => Competency, pivotTable: 'supervision_learning_need' })
  learningNeeds = new Collection<Competency>(this);

  @Property({ type: 'date', nullable: true })
  nextDate: IsoDate | null = null;

  @Property({ type: 'datetime', nullable: true })
  recordedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  signedOffAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  acknowledgedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  superviseeCommentSealed: Sealed | null = null;

  /** Set when the retention policy erased the content. */
  @Property({ type: 'datetime', nullable: true })
  contentErasedAt: Date | null = null;

  @OneToMany({ entity: () => SessionAddendum, mappedBy: 'session', orderBy: { createdAt: 'ASC' } })
  addenda = new Collection<SessionAddendum>(this);

  private constructor(
    facilitator: Person,
    details: { kind: SessionKind; type: SupervisionType; startsAt: Date; durationMinutes: number },
  ) {
    super(facilitator.partnership);
    this.kind = details.kind;
    this.type = details.type;
    this.facilitator = ref(facilitator);
    if (Number.isNaN(details.startsAt.getTime())) throw new BadInputError('The session needs a date and time.');
    this.startsAt = details.startsAt;
    this.durationMinutes = checkDuration(details.durationMinutes);
  }

  static oneToOne(agreement: SupervisionAgreement, startsAt: Date, durationMinutes: number): SupervisionSession {
    const session = new SupervisionSession(agreement.supervisor.getEntity(), {
      kind: SessionKind.ONE_TO_ONE,
      type: agreement.type,
      startsAt,
      durationMinutes,
    });
    session.agreement = ref(agreement);
    session.supervisee = ref(agreement.supervisee.getEntity());
    return session;
  }

  static group(
    facilitator: Person,
    details: { kind: SessionKind; type: SupervisionType; startsAt: Date; durationMinutes: number },
    attendees: Person[],
  ): SupervisionSession {
    if (details.kind === SessionKind.ONE_TO_ONE) throw new BadInputError('A 1:1 session belongs to an agreement.');
    if (attendees.length === 0) throw new BadInputError('A group session needs at least one attendee.');
    if (attendees.some((a) => a.id === facilitator.id))
      throw new BadInputError('The facilitator is not one of the attendees.');
    const session = new SupervisionSession(facilitator, details);
    session.attendees.set(attendees);
    return session;
  }

  get locked(): boolean {
    return this.status === SessionStatus.SIGNED_OFF;
  }

  get heldOn(): IsoDate {
    return this.startsAt.toISOString().slice(0, 10);
  }

  /** The people whose supervision this is: the supervisee, or a group's attendees. */
  participantIds(): string[] {
    return this.supervisee ? [this.supervisee.id] : this.attendees.getItems().map((a) => a.id);
  }

  record(details: SessionRecord, at: Date): void {
    if (this.locked) throw new ConflictError('This session is signed off: add an addendum instead.');
    if (this.status === SessionStatus.CANCELLED || this.status === SessionStatus.MISSED)
      throw new ConflictError(`This session was ${this.status.toLowerCase()}: schedule another to record it.`);
    if (this.startsAt > at) throw new ConflictError('A session is recorded once it has taken place.');
    if (details.nextDate) assertIsoDate(details.nextDate, 'Next date');
    if (details.nextDate && details.nextDate <= this.heldOn)
      throw new BadInputError('The next date must be after this session.');
    this.durationMinutes = checkDuration(details.durationMinutes);
    this.functions = [...new Set(details.functions)];
    this.wellbeingRating = details.wellbeingRating;
    this.contentSealed = details.contentSealed;
    this.learningNeeds.set(details.learningNeeds);
    this.nextDate = details.nextDate;
    this.status = SessionStatus.RECORDED;
    this.recordedAt = at;
  }

  signOff(at: Date): void {
    if (this.status !== SessionStatus.RECORDED) throw new ConflictError('Only a recorded session can be signed off.');
    this.status = SessionStatus.SIGNED_OFF;
    this.signedOffAt = at;
  }

  acknowledge(commentSealed: Sealed | null, at: Date): void {
    if (!this.locked) throw new ConflictError('The supervisee acknowledges a session once it is signed off.');
    if (this.acknowledgedAt) throw new ConflictError('You have already acknowledged this session.');
    this.acknowledgedAt = at;
    this.superviseeCommentSealed = commentSealed;
  }

  cancel(reasonSealed: Sealed): void {
    this.assertScheduled('cancelled');
    this.status = SessionStatus.CANCELLED;
    this.statusReasonSealed = reasonSealed;
  }

  reschedule(startsAt: Date, reasonSealed: Sealed): void {
    this.assertScheduled('rescheduled');
    if (Number.isNaN(startsAt.getTime())) throw new BadInputError('The new date and time is not valid.');
    this.rescheduledFrom ??= this.startsAt;
    this.startsAt = startsAt;
    this.statusReasonSealed = reasonSealed;
  }

  markMissed(reasonSealed: Sealed | null, at: Date): void {
    this.assertScheduled('marked missed');
    if (this.startsAt > at) throw new ConflictError('A session is missed only once its time has passed.');
    this.status = SessionStatus.MISSED;
    this.statusReasonSealed = reasonSealed;
  }

  private assertScheduled(what: string): void {
    if (this.status !== SessionStatus.SCHEDULED)
      throw new ConflictError(`Only a scheduled session can be ${what}; this one is ${this.status.toLowerCase()}.`);
  }
}
