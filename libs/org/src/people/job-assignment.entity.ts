import { Entity, Enum, Index, ManyToOne, Property, type Ref, ref } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { Organisation } from '../organisation/organisation.entity';
import { Team } from '../team/team.entity';
import type { Person } from './person.entity';

export enum EmploymentType {
  STAFF = 'STAFF',
  VOLUNTEER = 'VOLUNTEER',
  STUDENT = 'STUDENT',
  AGENCY = 'AGENCY',
  SECONDED = 'SECONDED',
}

/** A calendar date with no time: stored as `date`, handled as `YYYY-MM-DD`. */
export type IsoDate = string;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function assertIsoDate(value: string, what: string): IsoDate {
  const date = new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new BadInputError(`${what} must be a date like 2026-09-01.`);
  }
  return value;
}

/**
 * A job a person holds in one organisation. For volunteers the line manager is their volunteer
 * coordinator: the person who approves their requests.
 */
@Entity()
@Index({ properties: ['organisation', 'endDate'] })
@Index({ properties: ['person'] })
@Index({ properties: ['team'] })
export class JobAssignment extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => 'Person', ref: true, deleteRule: 'cascade' })
  person: Ref<Person>;

  @ManyToOne({ entity: () => Organisation, ref: true })
  organisation!: Ref<Organisation>;

  @ManyToOne({ entity: () => Team, ref: true, nullable: true, deleteRule: 'set null' })
  team: Ref<Team> | null = null;

  @Property({ type: 'string', length: 200 })
  jobTitle!: string;

  /**
   * The skills lib's role profile this job is measured against. An id, not a relation: org sits
   * below skills, and skills' `setJobRoleProfile` checks the profile exists (decision 0004).
   */
  @Property({ type: 'uuid', nullable: true })
  roleProfileId: string | null = null;

  @Enum({ items: () => EmploymentType, nativeEnumName: 'employment_type' })
  employmentType!: EmploymentType;

  @Property({ type: 'decimal', precision: 4, scale: 1, nullable: true })
  hoursPerWeek: string | null = null;

  @Property({ type: 'date' })
  startDate!: IsoDate;

  @Property({ type: 'date', nullable: true })
  endDate: IsoDate | null = null;

  @ManyToOne({ entity: () => 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  lineManager: Ref<Person> | null = null;

  constructor(person: Person, details: AssignmentDetails) {
    super(person.partnership);
    this.person = ref(person);
    this.update(details);
  }

  update(details: AssignmentDetails): void {
    if (!details.jobTitle.trim()) throw new BadInputError('A job assignment needs a job title.');
    if (details.team && details.team.organisation.id !== details.organisation.id) {
      throw new BadInputError(`Team ${details.team.name} is not part of ${details.organisation.name}.`);
    }
    if (details.lineManager && details.lineManager.id === this.person.id) {
      throw new BadInputError('A person cannot be their own line manager.');
    }
    const hours = details.hoursPerWeek ?? null;
    if (hours !== null && (!(hours > 0) || hours > 80))
      throw new BadInputError('Hours per week must be more than 0 and at most 80.');
    const start = assertIsoDate(details.startDate, 'Start date');
    const end = details.endDate ? assertIsoDate(details.endDate, 'End date') : null;
    if (end && end < start) throw new BadInputError(`The end date ${end} is before the start date ${start}.`);

    this.organisation = ref(details.organisation);
    this.team = details.team ? ref(details.team) : null;
    this.jobTitle = details.jobTitle.trim();
    this.employmentType = details.employmentType;
    this.hoursPerWeek = hours === null ? null : hours.toFixed(1);
    this.startDate = start;
    this.endDate = end;
    this.lineManager = details.lineManager ? ref(details.lineManager) : null;
  }

  /** A leaver's assignment ends; the history stays. */
  end(on: IsoDate): void {
    assertIsoDate(on, 'End date');
    if (on < this.startDate) throw new BadInputError(`The end date ${on} is before the start date ${this.startDate}.`);
    this.endDate = on;
  }

  isActiveOn(day: IsoDate): boolean {
    return this.startDate <= day && (this.endDate === null || this.endDate >= day);
  }
}

export interface AssignmentDetails {
  organisation: Organisation;
  team?: Team | null;
  jobTitle: string;
  employmentType: EmploymentType;
  hoursPerWeek?: number | null;
  startDate: IsoDate;
  endDate?: IsoDate | null;
  lineManager?: Person | null;
}
