import { Entity, Enum, Index, ManyToOne, Property, type Ref, ref } from '@mikro-orm/core';
import { BadInputError, ConflictError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { assertIsoDate, type IsoDate, Person } from '@kindred/org';
import type { Sealed } from '../sealing/content-cipher';
import { type Frequency, FrequencyPattern, nextDueDate } from './schedule';

export enum SupervisionType {
  LINE_MANAGEMENT = 'LINE_MANAGEMENT',
  CLINICAL = 'CLINICAL',
  RESTORATIVE = 'RESTORATIVE',
  PEER = 'PEER',
  PRACTICE_SUPERVISION = 'PRACTICE_SUPERVISION',
}

export enum SupervisionModel {
  /** Morrison's 4x4x4: management, development, support and mediation. */
  MORRISON_4X4X4 = 'MORRISON_4X4X4',
  /** Proctor: normative, formative, restorative. */
  PROCTOR = 'PROCTOR',
  /** A-EQUIP, for midwives and nurses (professional midwifery advocates). */
  A_EQUIP = 'A_EQUIP',
  OTHER = 'OTHER',
}

export interface AgreementTerms {
  type: SupervisionType;
  model: SupervisionModel;
  frequency: Frequency;
  expectedMinutes: number;
  startDate: IsoDate;
  reviewDate: IsoDate | null;
}

/**
 * The contract between a supervisee and their supervisor, who may work for another organisation
 * (clinical supervision from health for a council practitioner). Both sign it; what is shared with
 * whom is part of it, sealed like all supervision text.
 */
@Entity()
@Index({ properties: ['supervisee'] })
@Index({ properties: ['supervisor'] })
export class SupervisionAgreement extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'cascade' })
  supervisee: Ref<Person>;

  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'cascade' })
  supervisor: Ref<Person>;

  @Enum({ items: () => SupervisionType, nativeEnumName: 'supervision_type' })
  type!: SupervisionType;

  @Enum({ items: () => SupervisionModel, nativeEnumName: 'supervision_model' })
  model!: SupervisionModel;

  @Enum({ items: () => FrequencyPattern, nativeEnumName: 'supervision_frequency' })
  frequencyPattern!: FrequencyPattern;

  @Property({ type: 'integer', nullable: true })
  frequencyDays: number | null = null;

  @Property({ type: 'integer' })
  expectedMinutes!: number;

  @Property({ type: 'date' })
  startDate!: IsoDate;

  @Property({ type: 'date', nullable: true })
  reviewDate: IsoDate | null = null;

  /** What is shared with whom (sealed). */
  @Property({ type: 'text', nullable: true })
  sharingSealed: Sealed | null = null;

  @Property({ type: 'datetime', nullable: true })
  superviseeSignedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  supervisorSignedAt: Date | null = null;

  @Property({ type: 'date', nullable: true })
  endDate: IsoDate | null = null;

  constructor(supervisee: Person, supervisor: Person, terms: AgreementTerms) {
    super(supervisee.partnership);
    if (supervisee.id === supervisor.id) throw new BadInputError('A person cannot supervise themselves.');
    this.supervisee = ref(supervisee);
    this.supervisor = ref(supervisor);
    this.setTerms(terms);
  }

  setTerms(terms: AgreementTerms): void {
    if (this.signed)
      throw new ConflictError('The agreement is signed by both: end it and agree a new one to change it.');
    const { pattern, everyDays } = terms.frequency;
    if (
      pattern === FrequencyPattern.EVERY_N_DAYS &&
      !(Number.isInteger(everyDays) && everyDays! >= 1 && everyDays! <= 366)
    )
      throw new BadInputError('Supervision every N days needs N between 1 and 366.');
    if (!(Number.isInteger(terms.expectedMinutes) && terms.expectedMinutes >= 15 && terms.expectedMinutes <= 480))
      throw new BadInputError('The expected duration must be between 15 and 480 minutes.');
    const start = assertIsoDate(terms.startDate, 'Start date');
    const review = terms.reviewDate ? assertIsoDate(terms.reviewDate, 'Review date') : null;
    if (review && review <= start)
      throw new BadInputError(`The review date ${review} must be after the start ${start}.`);
    this.type = terms.type;
    this.model = terms.model;
    this.frequencyPattern = pattern;
    this.frequencyDays = pattern === FrequencyPattern.EVERY_N_DAYS ? everyDays : null;
    this.expectedMinutes = terms.expectedMinutes;
    this.startDate = start;
    this.reviewDate = review;
    this.superviseeSignedAt = null;
    this.supervisorSignedAt = null;
  }

  get frequency(): Frequency {
    return { pattern: this.frequencyPattern, everyDays: this.frequencyDays };
  }

  get signed(): boolean {
    return this.superviseeSignedAt !== null && this.supervisorSignedAt !== null;
  }

  isActiveOn(day: IsoDate): boolean {
    return this.startDate <= day && (this.endDate === null || this.endDate >= day);
  }

  nextDue(lastHeldOn: IsoDate | null): IsoDate {
    return nextDueDate(this.frequency, this.startDate, lastHeldOn);
  }

  /** Signs for whichever party the person is. */
  sign(person: Person, at: Date): void {
    if (person.id === this.supervisee.id) this.superviseeSignedAt ??= at;
    else if (person.id === this.supervisor.id) this.supervisorSignedAt ??= at;
    else throw new ConflictError('Only the supervisee and the supervisor sign an agreement.');
  }

  end(on: IsoDate): void {
    assertIsoDate(on, 'End date');
    if (this.endDate) throw new ConflictError(`The agreement already ended on ${this.endDate}.`);
    if (on < this.startDate) throw new BadInputError(`The end date ${on} is before the start ${this.startDate}.`);
    this.endDate = on;
  }

  isParty(personId: string): boolean {
    return this.supervisee.id === personId || this.supervisor.id === personId;
  }
}
