import { Entity, Enum, ManyToOne, Property, type Ref, ref, Unique } from '@mikro-orm/core';
import { BadInputError } from '@kindred/common';
import { PartnershipOwnedEntity } from '@kindred/database';
import { assertIsoDate, type IsoDate, Person } from '@kindred/org';
import { Regulator } from '../rules';

export interface RegistrationDetails {
  regulator: Regulator;
  number: string | null;
  renewalOn: IsoDate | null;
}

// The shapes each regulator prints on its register.
const NUMBER: Partial<Record<Regulator, [RegExp, string]>> = {
  [Regulator.SWE]: [/^SW\d{1,7}$/, 'A Social Work England registration number looks like SW123456.'],
  [Regulator.NMC]: [/^\d{2}[A-Z]\d{4}[A-Z]$/, 'An NMC PIN looks like 12A3456E.'],
  [Regulator.HCPC]: [
    /^[A-Z]{2,3}\d{4,6}$/,
    'An HCPC registration number looks like OT12345 or PYL12345 (profession letters, then digits).',
  ],
};

/**
 * A person's registration with a professional regulator, with the date their CPD is measured to:
 * the NMC revalidation date or the end of the HCPC cycle. Social Work England years are fixed
 * (1 December to 30 November), so no date is needed for them. One registration per regulator.
 */
@Entity()
@Unique({ properties: ['person', 'regulator'] })
export class ProfessionalRegistration extends PartnershipOwnedEntity {
  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'cascade' })
  person: Ref<Person>;

  @Enum({ items: () => Regulator, nativeEnumName: 'regulator' })
  regulator!: Regulator;

  @Property({ type: 'string', length: 20, nullable: true })
  number: string | null = null;

  @Property({ type: 'date', nullable: true })
  renewalOn: IsoDate | null = null;

  constructor(person: Person, details: RegistrationDetails) {
    super(person.partnership);
    this.person = ref(person);
    this.regulator = details.regulator;
    this.change(details);
  }

  change(details: Omit<RegistrationDetails, 'regulator'>): void {
    const number = details.number?.replace(/\s+/g, '').toUpperCase() || null;
    const shape = NUMBER[this.regulator];
    if (shape && !number) throw new BadInputError(`Give the ${this.regulator} registration number.`);
    if (shape && number && !shape[0].test(number)) throw new BadInputError(shape[1]);
    if (this.regulator === Regulator.NONE && number)
      throw new BadInputError('Without a regulator there is no registration number.');
    const renewal = details.renewalOn ? assertIsoDate(details.renewalOn, 'The renewal date') : null;
    if ((this.regulator === Regulator.NMC || this.regulator === Regulator.HCPC) && !renewal) {
      throw new BadInputError(
        this.regulator === Regulator.NMC
          ? 'Give your NMC revalidation date.'
          : 'Give the date your HCPC registration renews.',
      );
    }
    this.number = number;
    this.renewalOn = renewal;
  }
}
