import { Entity, Enum, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import type { EmploymentType } from '@kindred/org';
import type { Competency, ProficiencyScale } from '@kindred/skills';
import { TrainingProvider } from '../provider/training-provider.entity';

export enum CourseMode {
  IN_PERSON = 'IN_PERSON',
  VIRTUAL = 'VIRTUAL',
  E_LEARNING = 'E_LEARNING',
  BLENDED = 'BLENDED',
}

export enum CourseStatus {
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}

/** Who a course is for; an empty list means no restriction on that count. */
export interface Audience {
  roleProfileIds: string[];
  employmentTypes: EmploymentType[];
  organisationIds: string[];
}

/** What a learner needs first: another course, or a level in a competency. */
export type Prerequisite = { courseId: string } | { competencyId: string; level: number };

/** A level a completion grants, through the skills rules. */
export interface Grant {
  competencyId: string;
  level: number;
}

export interface CourseDetails {
  title: string;
  summary: string;
  outcomes: string[];
  mode: CourseMode;
  durationMinutes: number;
  cpdMinutes: number;
  audience: Audience;
  validityMonths: number | null;
  /** Months before expiry that holders are reminded to refresh (MHFA: 6 and 3). */
  reminderMonths: number[];
  costPerPlacePence: number | null;
}

/**
 * A course in the partnership's catalogue: relational practice, trauma-informed practice, Solihull
 * foundation, safeguarding levels, MHFA. Sessions run it; completing it can grant competency levels
 * and expires after its validity.
 */
@Entity()
@Unique({ properties: ['partnership', 'title'] })
@Unique({ properties: ['provider', 'externalId'] })
export class Course extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => TrainingProvider, ref: true })
  provider: Ref<TrainingProvider>;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'json' })
  outcomes!: string[];

  @Enum({ items: () => CourseMode, nativeEnumName: 'course_mode' })
  mode!: CourseMode;

  @Property({ type: 'integer' })
  durationMinutes!: number;

  @Property({ type: 'integer' })
  cpdMinutes!: number;

  @Property({ type: 'json' })
  audience!: Audience;

  @Property({ type: 'json' })
  prerequisites: Prerequisite[] = [];

  @Property({ type: 'json' })
  grants: Grant[] = [];

  @Property({ type: 'smallint', nullable: true })
  validityMonths: number | null = null;

  @Property({ type: 'json' })
  reminderMonths: number[] = [];

  @Property({ type: 'integer', nullable: true })
  costPerPlacePence: number | null = null;

  @Enum({ items: () => CourseStatus, nativeEnumName: 'course_status' })
  status: CourseStatus = CourseStatus.ACTIVE;

  /** The provider's id for a course its plugin brought in; syncs upsert on it. */
  @Property({ type: 'string', length: 200, nullable: true })
  externalId: string | null = null;

  constructor(provider: TrainingProvider, details: CourseDetails) {
    super(provider.partnership);
    this.provider = ref(provider);
    this.describe(details);
  }

  describe(details: CourseDetails): void {
    if (!details.title.trim()) throw new BadInputError('A course needs a title.');
    if (!Number.isInteger(details.durationMinutes) || details.durationMinutes < 15) {
      throw new BadInputError('A course lasts at least 15 minutes.');
    }
    if (!Number.isInteger(details.cpdMinutes) || details.cpdMinutes < 0) {
      throw new BadInputError('CPD time is zero or more minutes.');
    }
    const validity = details.validityMonths;
    if (validity !== null && (!Number.isInteger(validity) || validity < 1 || validity > 120)) {
      throw new BadInputError('A course stays valid for 1 to 120 months, or leave it empty for no expiry.');
    }
    if (details.reminderMonths.length && validity === null) {
      throw new BadInputError('Refresher reminders need a validity period to count back from.');
    }
    if (details.reminderMonths.some((m) => !Number.isInteger(m) || m < 1 || (validity !== null && m >= validity))) {
      throw new BadInputError('Reminders are whole months before expiry, shorter than the validity.');
    }
    if (
      details.costPerPlacePence !== null &&
      (!Number.isInteger(details.costPerPlacePence) || details.costPerPlacePence < 0)
    ) {
      throw new BadInputError('The cost per place is zero or more pence.');
    }
    this.title = details.title.trim();
    this.summary = details.summary.trim();
    this.outcomes = details.outcomes.map((o) => o.trim()).filter(Boolean);
    this.mode = details.mode;
    this.durationMinutes = details.durationMinutes;
    this.cpdMinutes = details.cpdMinutes;
    this.audience = details.audience;
    this.validityMonths = validity;
    this.reminderMonths = [...new Set(details.reminderMonths)].sort((a, b) => b - a);
    this.costPerPlacePence = details.costPerPlacePence;
  }

  /** Levels granted on completion, each checked against its competency's scale. */
  grantLevels(grants: { competency: Competency; scale: ProficiencyScale; level: number }[]): void {
    for (const { competency, scale, level } of grants) {
      if (!competency.assessable) throw new BadInputError(`${competency.code} is a domain: grant its competencies.`);
      scale.assertLevel(level, `The level ${this.title} grants in ${competency.code}`);
    }
    this.grants = grants.map(({ competency, level }) => ({ competencyId: competency.id, level }));
  }

  /** Courses and levels needed first; a course cannot require itself. */
  require(prerequisites: Prerequisite[]): void {
    if (prerequisites.some((p) => 'courseId' in p && p.courseId === this.id)) {
      throw new BadInputError(`${this.title} cannot be its own prerequisite.`);
    }
    this.prerequisites = prerequisites;
  }

  archive(): void {
    this.status = CourseStatus.ARCHIVED;
  }

  get active(): boolean {
    return this.status === CourseStatus.ACTIVE;
  }
}
