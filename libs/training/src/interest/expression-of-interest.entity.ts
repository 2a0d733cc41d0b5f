import { Entity, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { ConflictError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { type Organisation, Person, type Site } from '@kindred/org';
import { Course } from '../course/course.entity';

/**
 * "I would go if there were a session I could get to": demand counted per course, site and
 * organisation, which the term scheduler plans against.
 */
@Entity()
@Unique({ properties: ['course', 'person'] })
export class ExpressionOfInterest extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => Course, ref: true, deleteRule: 'cascade' })
  course: Ref<Course>;

  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'cascade' })
  person: Ref<Person>;

  @ManyToOne({ entity: () => 'Organisation', ref: true })
  organisation: Ref<Organisation>;

  /** Where the person would like to attend, if anywhere in particular. */
  @ManyToOne({ entity: () => 'Site', ref: true, nullable: true, deleteRule: 'set null' })
  site: Ref<Site> | null = null;

  @Property({ type: 'datetime', nullable: true })
  fulfilledAt: Date | null = null;

  constructor(course: Course, person: Person, organisation: Organisation, site: Site | null) {
    super(course.partnership);
    this.course = ref(course);
    this.person = ref(person);
    this.organisation = ref(organisation);
    this.site = site ? ref(site) : null;
  }

  /** Still waiting for a session: what the demand counts. */
  get open(): boolean {
    return this.fulfilledAt === null;
  }

  /** A booking on the course meets it. */
  fulfil(at: Date): void {
    if (this.open) this.fulfilledAt = at;
  }

  /** Interest again once an earlier one was met, counted where the person works now. */
  renew(organisation: Organisation, site: Site | null): void {
    if (this.open) throw new ConflictError('This interest is still open.');
    this.organisation = ref(organisation);
    this.site = site ? ref(site) : null;
    this.fulfilledAt = null;
  }
}
