import { Collection, Entity, Index, OneToMany, OneToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';
import { User } from '@kindred/auth';
import { DbsCheck } from './dbs-check.entity';
import { JobAssignment } from './job-assignment.entity';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * One person across agencies: a health visitor seconded into a hub, or a volunteer who is also
 * staff elsewhere, is one record with several job assignments. Leavers are ended, not deleted.
 */
@Entity()
@Unique({ properties: ['partnership', 'email'] })
@Unique({ properties: ['partnership', 'employeeNumber'] })
@Index({ properties: ['partnership', 'familyName', 'givenName'] })
export class Person extends PartnershipOwnedEntity {
  @Property({ type: 'string', length: 100 })
  givenName!: string;

  @Property({ type: 'string', length: 100 })
  familyName!: string;

  @Property({ type: 'string', length: 320 })
  email!: string;

  /** The HR system's number; imports match on it first, then on email. */
  @Property({ type: 'string', length: 40, nullable: true })
  employeeNumber: string | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  phone: string | null = null;

  /** The account this person signs in with, once invited. */
  @OneToOne({ entity: () => User, ref: true, nullable: true, owner: true, unique: true, deleteRule: 'set null' })
  user: Ref<User> | null = null;

  @OneToMany({ entity: () => JobAssignment, mappedBy: 'person', orphanRemoval: true })
  assignments = new Collection<JobAssignment>(this);

  @OneToMany({ entity: () => DbsCheck, mappedBy: 'person', orphanRemoval: true })
  dbsChecks = new Collection<DbsCheck>(this);

  constructor(partnership: Ref<Partnership>, details: PersonDetails) {
    super(partnership);
    this.update(details);
  }

  get fullName(): string {
    return `${this.givenName} ${this.familyName}`;
  }

  update(details: PersonDetails): void {
    const email = details.email.trim().toLowerCase();
    if (!details.givenName.trim() || !details.familyName.trim())
      throw new BadInputError('A person needs a given name and a family name.');
    if (!EMAIL.test(email)) throw new BadInputError(`"${details.email}" is not an email address.`);
    this.givenName = details.givenName.trim();
    this.familyName = details.familyName.trim();
    this.email = email;
    this.employeeNumber = details.employeeNumber?.trim() || null;
    this.phone = details.phone?.trim() || null;
  }

  linkUser(user: User): void {
    this.user = ref(user);
  }
}

export interface PersonDetails {
  givenName: string;
  familyName: string;
  email: string;
  employeeNumber?: string | null;
  phone?: string | null;
}
