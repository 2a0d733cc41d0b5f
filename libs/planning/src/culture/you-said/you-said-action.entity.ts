import { Entity, Enum, ManyToOne, Property, type Ref, ref } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';
import type { Person } from '@kindred/org';
import type { Course } from '@kindred/training';
import type { SurveyStatement, SurveyWave } from '../survey/pulse-survey.entity';

export enum YouSaidStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}

export interface YouSaidDetails {
  youSaid: string;
  weDid: string;
  owner: Person;
  status: YouSaidStatus;
  /** What it answers: a course's feedback, or a survey wave (and one of its statements). */
  course: Course | null;
  wave: SurveyWave | null;
  statement: SurveyStatement | null;
}

/**
 * "You said, we did": what the partnership heard in feedback or the pulse survey and what it is
 * doing about it, with an owner and a status, shown back to every member of staff.
 */
@Entity()
export class YouSaidAction extends PartnershipOwnedEntity {
  @Property({ type: 'text' })
  youSaid!: string;

  @Property({ type: 'text' })
  weDid!: string;

  @ManyToOne({ entity: () => 'Person', ref: true, deleteRule: 'cascade' })
  owner!: Ref<Person>;

  @Enum({ items: () => YouSaidStatus, nativeEnumName: 'you_said_status' })
  status!: YouSaidStatus;

  @ManyToOne({ entity: () => 'Course', ref: true, nullable: true, deleteRule: 'set null' })
  course: Ref<Course> | null = null;

  @ManyToOne({ entity: () => 'SurveyWave', ref: true, nullable: true, deleteRule: 'set null' })
  wave: Ref<SurveyWave> | null = null;

  @ManyToOne({ entity: () => 'SurveyStatement', ref: true, nullable: true, deleteRule: 'set null' })
  statement: Ref<SurveyStatement> | null = null;

  constructor(partnership: Ref<Partnership>, details: YouSaidDetails) {
    super(partnership);
    this.update(details);
  }

  update(details: YouSaidDetails): void {
    const youSaid = details.youSaid.trim();
    const weDid = details.weDid.trim();
    if (!youSaid || youSaid.length > 1000) throw new BadInputError('Say what staff said, in up to 1000 characters.');
    if (!weDid || weDid.length > 2000) throw new BadInputError('Say what is being done, in up to 2000 characters.');
    if (!details.course && !details.wave) {
      throw new BadInputError('Link the action to the feedback on a course or to a survey wave it answers.');
    }
    if (details.statement && details.statement.survey.id !== details.wave?.survey.id) {
      throw new BadInputError("The statement is not one of the wave's survey.");
    }
    this.youSaid = youSaid;
    this.weDid = weDid;
    this.owner = ref(details.owner);
    this.status = details.status;
    this.course = details.course ? ref(details.course) : null;
    this.wave = details.wave ? ref(details.wave) : null;
    this.statement = details.statement ? ref(details.statement) : null;
  }
}
