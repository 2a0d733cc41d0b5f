import { Entity, Enum, ManyToOne, Property, type Ref, ref } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { assertIsoDate, type IsoDate } from './job-assignment.entity';
import type { Person } from './person.entity';

export enum DbsLevel {
  BASIC = 'BASIC',
  STANDARD = 'STANDARD',
  ENHANCED = 'ENHANCED',
  ENHANCED_WITH_BARRED_LISTS = 'ENHANCED_WITH_BARRED_LISTS',
}

/**
 * A Disclosure and Barring Service check. Certificates never expire; the partnership rechecks on
 * its own cycle, unless the person subscribes to the DBS Update Service, which is checked online
 * instead of being redone.
 */
@Entity()
export class DbsCheck extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => 'Person', ref: true, deleteRule: 'cascade' })
  person: Ref<Person>;

  @Enum({ items: () => DbsLevel, nativeEnumName: 'dbs_level' })
  level: DbsLevel;

  @Property({ type: 'string', length: 20, nullable: true })
  certificateNumber: string | null;

  @Property({ type: 'date' })
  certificateDate: IsoDate;

  @Property({ type: 'boolean' })
  updateService: boolean;

  /** certificateDate + the partnership's recheck cycle; null while on the Update Service. */
  @Property({ type: 'date', nullable: true })
  recheckDue: IsoDate | null;

  constructor(
    person: Person,
    details: { level: DbsLevel; certificateNumber?: string | null; certificateDate: IsoDate; updateService: boolean },
    recheckYears: number,
  ) {
    super(person.partnership);
    this.person = ref(person);
    this.level = details.level;
    const number = details.certificateNumber?.trim() || null;
    if (number !== null && !/^\d{12}$/.test(number)) throw new BadInputError('A DBS certificate number has 12 digits.');
    this.certificateNumber = number;
    this.certificateDate = assertIsoDate(details.certificateDate, 'Certificate date');
    if (this.certificateDate > new Date().toISOString().slice(0, 10))
      throw new BadInputError('The certificate date is in the future.');
    this.updateService = details.updateService;
    this.recheckDue = details.updateService ? null : DbsCheck.addYears(this.certificateDate, recheckYears);
  }

  static addYears(date: IsoDate, years: number): IsoDate {
    const [y, m, d] = date.split('-').map(Number);
    // 29 February rolls to 1 March in a year without it, as the DBS counts anniversaries.
    return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
  }
}
