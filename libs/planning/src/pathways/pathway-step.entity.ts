import { Entity, Enum, Index, ManyToOne, Property, type Ref, ref } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import type { Competency } from '@kindred/skills';
import type { Course } from '@kindred/training';
import { type Measure, MeasureKind } from '../plan/plan-objective.entity';
import type { DevelopmentPathway } from './development-pathway.entity';

export enum StepKind {
  /** A course completed, validated and still in date. */
  COURSE = 'COURSE',
  /** A competency held at a level or above (skills ledger). */
  COMPETENCY = 'COMPETENCY',
  /** Supervision with the next session not overdue. */
  SUPERVISION = 'SUPERVISION',
  /** A named qualification, recorded as attained by a manager or lead. */
  QUALIFICATION = 'QUALIFICATION',
}

export interface StepDetails {
  kind: StepKind;
  course: Course | null;
  competency: Competency | null;
  level: number | null;
  qualification: string | null;
  note: string;
}

/** One step of a pathway, in order; what counts as done is read from the data, never ticked. */
@Entity()
@Index({ properties: ['pathway'] })
export class PathwayStep extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => 'DevelopmentPathway', ref: true, deleteRule: 'cascade' })
  pathway: Ref<DevelopmentPathway>;

  /** 1 for the first step; the pathway keeps the positions consecutive. */
  @Property({ type: 'smallint' })
  position: number;

  @Enum({ items: () => StepKind, nativeEnumName: 'pathway_step_kind' })
  kind!: StepKind;

  @ManyToOne({ entity: () => 'Course', ref: true, nullable: true, deleteRule: 'cascade' })
  course: Ref<Course> | null = null;

  @ManyToOne({ entity: () => 'Competency', ref: true, nullable: true, deleteRule: 'cascade' })
  competency: Ref<Competency> | null = null;

  @Property({ type: 'smallint', nullable: true })
  level: number | null = null;

  /** The qualification's name, e.g. "Level 4 Children, Young People and Families Practitioner". */
  @Property({ type: 'string', length: 200, nullable: true })
  qualification: string | null = null;

  /** Guidance for the person, e.g. how to get a place. */
  @Property({ type: 'string', length: 500 })
  note = '';

  constructor(pathway: DevelopmentPathway, position: number, details: StepDetails) {
    super(pathway.partnership);
    this.pathway = ref(pathway);
    this.position = position;
    const { kind, course, competency, level } = details;
    const qualification = details.qualification?.trim() || null;
    if ((kind === StepKind.COURSE) !== !!course)
      throw new BadInputError('A course step, and only a course step, names a course.');
    if (kind === StepKind.COMPETENCY) {
      if (!competency) throw new BadInputError('A competency step names the competency.');
      if (level === null || !Number.isInteger(level) || level < 1 || level > 10) {
        throw new BadInputError('A competency step names a level from 1 to 10.');
      }
    } else if (competency || level !== null) {
      throw new BadInputError('Only a competency step takes a competency and level.');
    }
    if (kind === StepKind.QUALIFICATION) {
      if (!qualification || qualification.length > 200) {
        throw new BadInputError('A qualification step names the qualification in at most 200 characters.');
      }
    } else if (qualification) {
      throw new BadInputError('Only a qualification step names a qualification.');
    }
    const note = details.note.trim();
    if (note.length > 500) throw new BadInputError('A step note is at most 500 characters.');
    this.kind = kind;
    this.course = course ? ref(course) : null;
    this.competency = competency ? ref(competency) : null;
    this.level = level;
    this.qualification = qualification;
    this.note = note;
  }

  /** The plan measure the step is done by; a qualification is read from its own records instead. */
  get measure(): Measure | null {
    const base = { competencyId: null, level: null, courseId: null, statementId: null };
    switch (this.kind) {
      case StepKind.COURSE:
        return { ...base, kind: MeasureKind.COURSE_VALID, courseId: this.course!.id };
      case StepKind.COMPETENCY:
        return { ...base, kind: MeasureKind.COMPETENCY_LEVEL, competencyId: this.competency!.id, level: this.level };
      case StepKind.SUPERVISION:
        return { ...base, kind: MeasureKind.SUPERVISION_IN_FREQUENCY };
      case StepKind.QUALIFICATION:
        return null;
    }
  }
}
