import { Entity, Enum, Index, ManyToOne, Property, type Ref, ref } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { assertIsoDate, type EmploymentType, type OrganisationKind } from '@kindred/org';
import { WorkforcePlan } from './workforce-plan.entity';

/** Who an objective is about: people with a current job matching every filter given. */
export interface TargetPopulation {
  organisationIds: string[];
  organisationKinds: OrganisationKind[];
  roleProfileIds: string[];
  employmentTypes: EmploymentType[];
  siteIds: string[];
}

export enum MeasureKind {
  /** Holds a competency at a level (skills ledger). */
  COMPETENCY_LEVEL = 'COMPETENCY_LEVEL',
  /** Has a validated, unrevoked record of a course that has not expired. */
  COURSE_VALID = 'COURSE_VALID',
  /** Has a supervision agreement whose next session is not overdue. */
  SUPERVISION_IN_FREQUENCY = 'SUPERVISION_IN_FREQUENCY',
  /** Is on track with every CPD rule that applies to them. */
  CPD_ON_TRACK = 'CPD_ON_TRACK',
  /**
   * Agrees (4 or 5) with a pulse survey statement in the survey's latest wave. Counted over
   * anonymous responses, not people: the population is the respondents (decision 0065).
   */
  SURVEY_AGREEMENT = 'SURVEY_AGREEMENT',
}

export interface Measure {
  kind: MeasureKind;
  competencyId: string | null;
  level: number | null;
  courseId: string | null;
  statementId: string | null;
}

export interface ObjectiveDetails {
  title: string;
  population: TargetPopulation;
  measure: Measure;
  targetPercent: number;
  deadline: string;
}

/**
 * What the plan sets out to change: the share of a population that should meet a measure by a
 * deadline. Progress is never stored here; it is computed from the data (and snapshotted daily).
 */
@Entity()
@Index({ properties: ['plan'] })
export class PlanObjective extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => WorkforcePlan, ref: true, deleteRule: 'cascade' })
  plan: Ref<WorkforcePlan>;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'json' })
  population!: TargetPopulation;

  @Enum({ items: () => MeasureKind, nativeEnumName: 'objective_measure' })
  measureKind!: MeasureKind;

  @Property({ type: 'uuid', nullable: true })
  competencyId: string | null = null;

  @Property({ type: 'smallint', nullable: true })
  level: number | null = null;

  @Property({ type: 'uuid', nullable: true })
  courseId: string | null = null;

  /** The pulse survey statement, for a survey agreement measure. */
  @Property({ type: 'uuid', nullable: true })
  statementId: string | null = null;

  @Property({ type: 'smallint' })
  targetPercent!: number;

  @Property({ type: 'date' })
  deadline!: string;

  /** The share meeting the measure when the objective was set: where the trajectory starts. */
  @Property({ type: 'double', nullable: true })
  baselinePercent: number | null = null;

  constructor(plan: WorkforcePlan, details: ObjectiveDetails) {
    super(plan.partnership);
    this.plan = ref(plan);
    this.change(plan, details);
  }

  get measure(): Measure {
    return {
      kind: this.measureKind,
      competencyId: this.competencyId,
      level: this.level,
      courseId: this.courseId,
      statementId: this.statementId,
    };
  }

  change(plan: WorkforcePlan, details: ObjectiveDetails): void {
    const title = details.title.trim();
    if (!title || title.length > 200) throw new BadInputError('An objective needs a title of at most 200 characters.');
    if (!Number.isInteger(details.targetPercent) || details.targetPercent < 0 || details.targetPercent > 100) {
      throw new BadInputError('The target share is a whole percentage from 0 to 100.');
    }
    assertIsoDate(details.deadline, 'The deadline');
    if (details.deadline <= plan.startsOn) throw new BadInputError('The deadline must fall after the plan starts.');
    const { kind, competencyId, level, courseId, statementId } = details.measure;
    if (kind === MeasureKind.COMPETENCY_LEVEL) {
      if (!competencyId) throw new BadInputError('A competency measure names the competency.');
      if (level === null || !Number.isInteger(level) || level < 1 || level > 10) {
        throw new BadInputError('A competency measure names a level from 1 to 10.');
      }
    } else if (level !== null || competencyId !== null) {
      throw new BadInputError('Only a competency measure takes a competency and level.');
    }
    if (kind === MeasureKind.COURSE_VALID && !courseId) throw new BadInputError('A course measure names the course.');
    if (kind !== MeasureKind.COURSE_VALID && courseId !== null) {
      throw new BadInputError('Only a course measure takes a course.');
    }
    if (kind === MeasureKind.SURVEY_AGREEMENT) {
      if (!statementId) throw new BadInputError('A survey agreement measure names the survey statement.');
      // An anonymous response keeps its organisation, role profile and employment type, never a site.
      if (details.population.siteIds.length > 0) {
        throw new BadInputError('A survey agreement objective cannot filter by site: survey responses carry no site.');
      }
    } else if (statementId !== null) {
      throw new BadInputError('Only a survey agreement measure takes a survey statement.');
    }
    this.title = title;
    this.population = {
      organisationIds: [...new Set(details.population.organisationIds)],
      organisationKinds: [...new Set(details.population.organisationKinds)],
      roleProfileIds: [...new Set(details.population.roleProfileIds)],
      employmentTypes: [...new Set(details.population.employmentTypes)],
      siteIds: [...new Set(details.population.siteIds)],
    };
    this.measureKind = kind;
    this.competencyId = competencyId;
    this.level = level;
    this.courseId = courseId;
    this.statementId = statementId;
    this.targetPercent = details.targetPercent;
    this.deadline = details.deadline;
  }
}
