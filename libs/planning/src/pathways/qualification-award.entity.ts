import { Entity, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { assertIsoDate, type Person } from '@kindred/org';

/**
 * A qualification a person has attained, such as the Level 4 Children, Young People and Families
 * Practitioner, recorded by their manager or a lead from the certificate. A pathway's
 * qualification step is done when the person holds an award of the same name.
 */
@Entity()
@Unique({ properties: ['person', 'qualification'] })
export class QualificationAward extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => 'Person', ref: true, deleteRule: 'cascade' })
  person: Ref<Person>;

  @Property({ type: 'string', length: 200 })
  qualification: string;

  @Property({ type: 'date' })
  attainedOn!: string;

  @Property({ type: 'uuid' })
  recordedByUserId!: string;

  constructor(person: Person, qualification: string) {
    super(person.partnership);
    this.person = ref(person);
    this.qualification = qualification.trim();
    if (!this.qualification || this.qualification.length > 200) {
      throw new BadInputError('Name the qualification in at most 200 characters.');
    }
  }

  /** Records (or corrects) the day it was attained; never a day still to come. */
  attained(on: string, today: string, recordedByUserId: string): void {
    assertIsoDate(on, 'The date attained');
    if (on > today) throw new BadInputError('The date attained cannot be in the future.');
    this.attainedOn = on;
    this.recordedByUserId = recordedByUserId;
  }
}
