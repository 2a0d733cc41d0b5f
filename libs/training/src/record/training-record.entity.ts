import { Entity, Enum, Index, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { randomBytes } from 'node:crypto';
import { BadInputError, ConflictError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { assertIsoDate, type IsoDate, Person } from '@kindred/org';
import { Booking } from '../booking/booking.entity';
import { Course } from '../course/course.entity';
import { TrainingProvider } from '../provider/training-provider.entity';

export enum RecordSource {
  SESSION = 'SESSION',
  EXTERNAL = 'EXTERNAL',
  IMPORTED = 'IMPORTED',
  PLUGIN = 'PLUGIN',
}

/** Training done elsewhere counts once a manager has validated it. */
export enum RecordValidation {
  PENDING = 'PENDING',
  VALIDATED = 'VALIDATED',
  REJECTED = 'REJECTED',
}

export interface RecordDetails {
  course: Course | null;
  title: string;
  completedOn: IsoDate;
  expiresOn: IsoDate | null;
  source: RecordSource;
  cpdMinutes: number;
  evidence: string | null;
  booking: Booking | null;
}

/**
 * That a person completed some training: from a session's register, from outside (with
 * evidence, validated by a manager), imported, or from a provider plugin. A certificate with a
 * verification code is issued for counted records.
 */
@Entity()
@Index({ properties: ['person', 'completedOn'] })
@Index({ properties: ['partnership', 'expiresOn'] })
@Unique({ properties: ['certificateCode'] })
@Unique({ properties: ['externalProvider', 'externalId'] })
export class TrainingRecord extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'cascade' })
  person: Ref<Person>;

  @ManyToOne({ entity: () => Course, ref: true, nullable: true })
  course: Ref<Course> | null = null;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'date' })
  completedOn!: IsoDate;

  @Property({ type: 'date', nullable: true })
  expiresOn: IsoDate | null = null;

  @Enum({ items: () => RecordSource, nativeEnumName: 'record_source' })
  source!: RecordSource;

  @Enum({ items: () => RecordValidation, nativeEnumName: 'record_validation' })
  validation!: RecordValidation;

  @Property({ type: 'integer' })
  cpdMinutes!: number;

  @Property({ type: 'text', nullable: true })
  evidence: string | null = null;

  @ManyToOne({ entity: () => Booking, ref: true, nullable: true, deleteRule: 'set null' })
  booking: Ref<Booking> | null = null;

  /** Printed on the certificate; `/certificates/<code>` says whether it is genuine. */
  @Property({ type: 'string', length: 16, nullable: true })
  certificateCode: string | null = null;

  /** Who reviewed training done elsewhere, when, and what they said (kept when it is rejected too). */
  @Property({ type: 'uuid', nullable: true })
  reviewedByUserId: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  reviewedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  reviewComment: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  revokeReason: string | null = null;

  /** The provider whose plugin reported the completion, and its id there; syncs upsert on the pair. */
  @ManyToOne({ entity: () => TrainingProvider, ref: true, nullable: true })
  externalProvider: Ref<TrainingProvider> | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  externalId: string | null = null;

  constructor(person: Person, details: RecordDetails) {
    super(person.partnership);
    const completed = assertIsoDate(details.completedOn, 'Completed on');
    const expires = details.expiresOn ? assertIsoDate(details.expiresOn, 'Expires on') : null;
    if (expires && expires <= completed) throw new BadInputError('Training cannot expire before it was completed.');
    if (!details.title.trim()) throw new BadInputError('A training record needs a title.');
    if (details.source === RecordSource.EXTERNAL && !details.evidence?.trim()) {
      throw new BadInputError('Add evidence of training done elsewhere (a certificate reference or link).');
    }
    this.person = ref(person);
    this.course = details.course ? ref(details.course) : null;
    this.title = details.title.trim();
    this.completedOn = completed;
    this.expiresOn = expires;
    this.source = details.source;
    this.cpdMinutes = details.cpdMinutes;
    this.evidence = details.evidence?.trim() || null;
    this.booking = details.booking ? ref(details.booking) : null;
    this.validation = details.source === RecordSource.EXTERNAL ? RecordValidation.PENDING : RecordValidation.VALIDATED;
    if (this.counts) this.issueCertificate();
  }

  get counts(): boolean {
    return this.validation === RecordValidation.VALIDATED && this.revokedAt === null;
  }

  validate(accept: boolean, review: { byUserId: string; comment: string | null; at: Date }): void {
    if (this.validation !== RecordValidation.PENDING) throw new ConflictError('This record has already been reviewed.');
    if (!accept && !review.comment?.trim())
      throw new BadInputError('Say why the training is not accepted: the learner is told.');
    this.validation = accept ? RecordValidation.VALIDATED : RecordValidation.REJECTED;
    this.reviewedByUserId = review.byUserId;
    this.reviewedAt = review.at;
    this.reviewComment = review.comment?.trim() || null;
    if (accept) this.issueCertificate();
  }

  revoke(reason: string, now: Date): void {
    if (this.revokedAt) throw new ConflictError('This record is already revoked.');
    if (!reason.trim()) throw new BadInputError('Say why the record is revoked.');
    this.revokedAt = now;
    this.revokeReason = reason.trim();
  }

  private issueCertificate(): void {
    // 10 characters from 32: guessing a genuine code is out of reach.
    this.certificateCode ??= [...randomBytes(10)].map((b) => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[b % 32]).join('');
  }
}
