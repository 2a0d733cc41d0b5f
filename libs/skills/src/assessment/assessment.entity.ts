import { Entity, Enum, Index, ManyToOne, Property, type Ref, ref } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { assertIsoDate, type IsoDate, type Person } from '@kindred/org';
import { Competency } from '../framework/competency.entity';
import type { ProficiencyScale } from '../scale/proficiency-scale.entity';
import { type Evidence, EvidenceSource, ReviewStatus } from './evidence';

export interface AssessmentDetails {
  level: number;
  source: EvidenceSource;
  assessedOn: IsoDate;
  validUntil: IsoDate | null;
  /** The learner's reflection, or the assessor's comment. */
  note: string | null;
  assessor: Person | null;
  recordedByUserId: string | null;
  /** The record outside skills the evidence comes from, e.g. a training record. */
  sourceRecordId?: string | null;
}

/**
 * One piece of evidence of a person's level in a competency. Never changed once written, except a
 * self-assessment's review status: the history is the record.
 */
@Entity()
@Index({ properties: ['person', 'competency', 'assessedOn'] })
@Index({ properties: ['partnership', 'review'] })
export class Assessment extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => 'Person', ref: true, deleteRule: 'cascade' })
  person: Ref<Person>;

  @ManyToOne({ entity: () => Competency, ref: true, index: true })
  competency: Ref<Competency>;

  @Property({ type: 'smallint' })
  level!: number;

  @Enum({ items: () => EvidenceSource, nativeEnumName: 'evidence_source' })
  source!: EvidenceSource;

  @Property({ type: 'date' })
  assessedOn!: IsoDate;

  @Property({ type: 'date', nullable: true })
  validUntil: IsoDate | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @ManyToOne({ entity: () => 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  assessor: Ref<Person> | null = null;

  @Property({ type: 'uuid', nullable: true })
  recordedByUserId: string | null = null;

  /** Set on self-assessments: waiting for the manager, or answered. */
  @Enum({ items: () => ReviewStatus, nativeEnumName: 'review_status', nullable: true })
  review: ReviewStatus | null = null;

  /** The self-assessment a manager's record answers, or the evidence an EXPIRED record lapses. */
  @ManyToOne({ entity: () => Assessment, ref: true, nullable: true, deleteRule: 'set null' })
  answers: Ref<Assessment> | null = null;

  /**
   * The record outside skills this evidence comes from (a training record), so withdrawing that
   * record withdraws the evidence. A plain id: skills sits below the libs that own such records.
   */
  @Property({ type: 'uuid', nullable: true, index: true })
  sourceRecordId: string | null = null;

  constructor(person: Person, competency: Competency, scale: ProficiencyScale, details: AssessmentDetails) {
    super(person.partnership);
    if (!competency.assessable)
      throw new BadInputError(`${competency.code} is a domain: assess the competencies inside it.`);
    scale.assertLevel(details.level, `The assessment of ${competency.code}`);
    const on = assertIsoDate(details.assessedOn, 'Assessed on');
    const until = details.validUntil ? assertIsoDate(details.validUntil, 'Valid until') : null;
    if (until && until < on)
      throw new BadInputError(`Evidence cannot expire (${until}) before it was assessed (${on}).`);
    if (details.source === EvidenceSource.SELF && !details.note?.trim()) {
      throw new BadInputError(`Add a short reflection to your rating of ${competency.code}.`);
    }
    this.person = ref(person);
    this.competency = ref(competency);
    this.level = details.level;
    this.source = details.source;
    this.assessedOn = on;
    this.validUntil = until;
    this.note = details.note?.trim() || null;
    this.assessor = details.assessor ? ref(details.assessor) : null;
    this.recordedByUserId = details.recordedByUserId;
    this.sourceRecordId = details.sourceRecordId ?? null;
    if (details.source === EvidenceSource.SELF) this.review = ReviewStatus.PENDING;
  }

  /** The manager's answer to this self-assessment: the same level validates it, another adjusts it. */
  reviewWith(answer: Assessment): void {
    if (this.source !== EvidenceSource.SELF) throw new BadInputError('Only self-assessments are validated.');
    if (this.review !== ReviewStatus.PENDING)
      throw new BadInputError('This self-assessment has already been reviewed.');
    if (answer.person.id !== this.person.id || answer.competency.id !== this.competency.id) {
      throw new BadInputError('A validation answers a self-assessment of the same person and competency.');
    }
    answer.answers = ref(this);
    this.review = answer.level === this.level ? ReviewStatus.VALIDATED : ReviewStatus.ADJUSTED;
  }

  /**
   * The record that this evidence stopped counting on `lapsedOn`: the day after its last valid day,
   * or the day the record behind it was withdrawn (with why, in `note`).
   */
  lapse(scale: ProficiencyScale, lapsedOn: IsoDate, note: string | null = null): Assessment {
    const record = new Assessment(this.person.getEntity(), this.competency.getEntity(), scale, {
      level: this.level,
      source: EvidenceSource.EXPIRED,
      assessedOn: lapsedOn,
      validUntil: null,
      note,
      assessor: null,
      recordedByUserId: null,
    });
    record.answers = ref(this);
    return record;
  }

  get evidence(): Evidence {
    return {
      level: this.level,
      source: this.source,
      assessedOn: this.assessedOn,
      recordedAt: this.createdAt,
      validUntil: this.validUntil,
      review: this.review,
    };
  }
}
